package app.parley.ui;

import app.parley.model.Span;
import app.parley.session.MapSession;
import app.parley.session.SessionEvent;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Asking the user to point at words of the article for something already on the map (a link's or a role's evidence,
 * a quote's words, a new role's evidence): one request at a time, which the words selected in the Article view answer
 * or Cancel ends. Opening another map ends it too.
 */
public final class WordPointing {

    /**
     * What the user is asked to point at.
     *
     * @param prompt  what to select, in a sentence ("Select the words the link … rests on.")
     * @param current the words used now, shown highlighted, or {@code null}
     * @param action  the button's text ("Use these words")
     * @param use     carries out the change with the selected words: empty when it was made, else why not (an empty
     *                string when there is nothing to say, as after a dialog was cancelled); the request then stays
     */
    public record Request(String prompt, Span current, String action, Function<Span, Optional<String>> use) {

        /** Checks the required fields. */
        public Request {
            Objects.requireNonNull(prompt, "prompt");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(use, "use");
        }
    }

    private final ReadOnlyObjectWrapper<Request> request = new ReadOnlyObjectWrapper<>(this, "request");
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal", "");

    /** Pointing for the map of {@code session}; ends when another map is opened. */
    WordPointing(MapSession session) {
        session.addListener(this::sessionChanged);
    }

    /** The request waiting for words, or {@code null}. */
    public ReadOnlyObjectProperty<Request> requestProperty() {
        return request.getReadOnlyProperty();
    }

    /** Why the last words used did not make the change, or an empty string. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /** Whether words are being asked for. */
    public boolean active() {
        return request.get() != null;
    }

    /** Asks for words (replacing any request still waiting). */
    public void start(Request next) {
        refusal.set("");
        request.set(Objects.requireNonNull(next, "next"));
    }

    /**
     * Answers the request with {@code words}.
     *
     * @return whether the change was made (the request then ends); false when nothing was asked, no words are
     *         selected, or the change was refused
     */
    public boolean use(Span words) {
        Request waiting = request.get();
        if (waiting == null || words == null) {
            return false;
        }
        Optional<String> refused = waiting.use().apply(words);
        refusal.set(refused.orElse(""));
        if (refused.isPresent()) {
            return false;
        }
        if (request.get() == waiting) {
            request.set(null);
        }
        return true;
    }

    /** Ends the request without a change. */
    public void cancel() {
        refusal.set("");
        request.set(null);
    }

    private void sessionChanged(SessionEvent event) {
        if (event.kind() == SessionEvent.Kind.OPENED) {
            request.set(null);
        }
    }
}
