package app.parley.ui;

import app.parley.graph.TextFolding;
import java.util.function.Function;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyEvent;

/**
 * Type-ahead for a table: typing letters moves to the next row whose text starts with them (accents and capitals
 * optional); a pause of a second starts a new prefix.
 */
final class TypeAhead<T> {

    private static final long PAUSE_NANOS = 1_000_000_000L;

    private final TableView<T> table;
    private final Function<T, String> text;
    private final StringBuilder typed = new StringBuilder();
    private long last;

    private TypeAhead(TableView<T> table, Function<T, String> text) {
        this.table = table;
        this.text = text;
    }

    /** Lets {@code table} jump to rows by the start of {@code text}. */
    static <T> void install(TableView<T> table, Function<T, String> text) {
        TypeAhead<T> typeAhead = new TypeAhead<>(table, text);
        table.addEventHandler(KeyEvent.KEY_TYPED, typeAhead::onTyped);
    }

    private void onTyped(KeyEvent event) {
        String character = event.getCharacter();
        if (character.isEmpty() || event.isShortcutDown() || event.isAltDown()
                || !Character.isLetterOrDigit(character.codePointAt(0)) && !(character.equals(" ") && !typed.isEmpty())) {
            return;
        }
        long now = System.nanoTime();
        if (now - last > PAUSE_NANOS) {
            typed.setLength(0);
        }
        last = now;
        typed.append(character);
        String prefix = TextFolding.fold(typed.toString());
        int size = table.getItems().size();
        int start = Math.max(0, table.getSelectionModel().getSelectedIndex());
        int from = typed.length() == 1 ? start + 1 : start;
        for (int k = 0; k < size; k++) {
            int row = (from + k) % size;
            if (TextFolding.fold(text.apply(table.getItems().get(row))).startsWith(prefix)) {
                table.getSelectionModel().clearAndSelect(row);
                table.getFocusModel().focus(row);
                table.scrollTo(row);
                break;
            }
        }
        event.consume();
    }
}
