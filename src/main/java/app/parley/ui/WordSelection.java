package app.parley.ui;

import app.parley.model.Span;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.TextFlow;

/**
 * Selecting words of an article laid out in a {@link TextFlow} whose text is the article's: dragging selects from
 * where the press was to the pointer, a double click selects one word; the selection always takes whole words and
 * leaves out the spaces around them. Initials belong to their word, so that "U.S." is one word, not two letters.
 */
final class WordSelection {

    private final TextFlow flow;
    private final Runnable changed;
    private final ReadOnlyObjectWrapper<Span> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private String sourceId;
    private String text = "";
    private int anchor = -1;

    WordSelection(TextFlow flow, Runnable changed) {
        this.flow = flow;
        this.changed = changed;
        flow.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        flow.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        flow.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClicked);
        selected.addListener(o -> changed.run());
    }

    /** The selected words, or {@code null}. */
    ReadOnlyObjectProperty<Span> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The article now laid out in the flow. */
    void attach(String newSourceId, String newText) {
        sourceId = newSourceId;
        text = newText;
        changed.run();
    }

    /** Selects nothing. */
    void clear() {
        anchor = -1;
        selected.set(null);
    }

    /** Selects the words from {@code start} to {@code end}, widened to whole words and trimmed of spaces. */
    void select(String newSourceId, String newText, int start, int end) {
        sourceId = newSourceId;
        text = newText;
        selected.set(widen(text, sourceId, Math.min(start, end), Math.max(start, end)));
    }

    /** The span of whole words covering {@code start..end}, without surrounding spaces; {@code null} when blank. */
    static Span widen(String text, String sourceId, int start, int end) {
        int from = Math.max(0, Math.min(start, text.length()));
        int to = Math.max(from, Math.min(end, text.length()));
        while (from > 0 && from < text.length() && isWordChar(text, from - 1) && isWordChar(text, from)) {
            from--;
        }
        while (to < text.length() && to > 0 && isWordChar(text, to - 1) && isWordChar(text, to)) {
            to++;
        }
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from < to && Character.isLowSurrogate(text.charAt(from)) && from > 0) {
            from--;
        }
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to++;
        }
        return from == to ? null : new Span(sourceId, from, to);
    }

    private static boolean isWordChar(String text, int at) {
        char c = text.charAt(at);
        return Character.isLetterOrDigit(c) || c == '\u2019' && at + 1 < text.length()
                && Character.isLetter(text.charAt(at + 1)) || Character.getType(c) == Character.NON_SPACING_MARK
                || c == '.' && endsInitial(text, at);
    }

    /** Whether the full stop at {@code at} ends a one-letter initial, as in "U.S." or "Donald J. Trump". */
    private static boolean endsInitial(String text, int at) {
        if (at < 1 || !Character.isLetter(text.charAt(at - 1))) {
            return false;
        }
        return at < 2 || !Character.isLetter(text.charAt(at - 2)) && text.charAt(at - 2) != '\u2019';
    }

    private int indexAt(MouseEvent event) {
        Point2D local = flow.sceneToLocal(event.getSceneX(), event.getSceneY());
        return Math.max(0, Math.min(text.length(), flow.hitTest(local).getInsertionIndex()));
    }

    private void onPressed(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || sourceId == null) {
            return;
        }
        anchor = indexAt(event);
    }

    private void onDragged(MouseEvent event) {
        if (anchor < 0 || sourceId == null) {
            return;
        }
        int at = indexAt(event);
        selected.set(at == anchor ? null : widen(text, sourceId, Math.min(anchor, at), Math.max(anchor, at)));
    }

    private void onClicked(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || sourceId == null || !event.isStillSincePress()) {
            return;
        }
        if (event.getClickCount() == 2) {
            Point2D local = flow.sceneToLocal(event.getSceneX(), event.getSceneY());
            int at = Math.max(0, Math.min(text.length() - 1, flow.hitTest(local).getCharIndex()));
            selected.set(widen(text, sourceId, at, at + 1));
        } else {
            selected.set(null);
        }
    }
}
