package app.parley.ui;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;

/**
 * Auto-completion of a text field whose list only ever opens on the suggestions for the field's current text, and
 * only while the field has the focus.
 *
 * <p>ControlsFX fetches suggestions on a thread of its own, a moment after each change, and opens the list when they
 * arrive without asking whether they are still wanted: a fetch under way when a suggestion is picked (the change that
 * picking makes is not passed on, so the fetch is not even cancelled), when Enter chooses, or when the field is left,
 * opened a stale list over the form after the choice, taking the clicks and keys meant for the fields below. Here the
 * fetch only says when to look again; what the list shows is decided on the FX thread when it would open. Built on
 * ControlsFX's public {@link AutoCompletionBinding}: typing while the field has the focus asks for suggestions,
 * leaving it closes the list, and a suggestion picked is written into the field.
 */
final class CurrentTextCompletion<T> extends AutoCompletionBinding<T> {

    private final TextField field;
    private final Function<String, List<T>> suggestions;
    private final StringConverter<T> converter;
    private final ChangeListener<String> textChanged;
    private final ChangeListener<Boolean> focusChanged;

    /**
     * Completion for {@code field}.
     *
     * @param field       the field typed in
     * @param suggestions the suggestions for a text, best first (empty for none); called on the FX thread and on the
     *                    fetching thread
     * @param converter   how a suggestion is written into the field
     */
    CurrentTextCompletion(TextField field, Function<String, List<T>> suggestions, StringConverter<T> converter) {
        super(field, request -> suggestions.apply(request.getUserText()), converter);
        this.field = Objects.requireNonNull(field, "field");
        this.suggestions = Objects.requireNonNull(suggestions, "suggestions");
        this.converter = Objects.requireNonNull(converter, "converter");
        textChanged = (seen, was, now) -> {
            if (field.isFocused()) {
                setUserInput(now);
            }
        };
        focusChanged = (seen, was, focused) -> {
            if (!focused) {
                hidePopup();
            }
        };
        field.textProperty().addListener(textChanged);
        field.focusedProperty().addListener(focusChanged);
    }

    @Override
    public void dispose() {
        field.textProperty().removeListener(textChanged);
        field.focusedProperty().removeListener(focusChanged);
    }

    @Override
    protected void completeUserInput(T completion) {
        String text = converter.toString(completion);
        field.setText(text);
        field.positionCaret(text.length());
    }

    @Override
    protected void showPopup() {
        List<T> current = field.isFocused() ? suggestions.apply(field.getText()) : List.of();
        if (current.isEmpty()) {
            hidePopup();
            return;
        }
        getAutoCompletionPopup().getSuggestions().setAll(current);
        super.showPopup();
    }
}
