package app.parley.ui;

import app.parley.model.Actor;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/**
 * A text field that suggests actors as a name or alias is typed (accents and capitals optional); choosing a suggestion,
 * or pressing Enter for the best one, hands the actor on.
 */
final class ActorField extends TextField {

    private static final int VISIBLE_ROWS = 8;

    private final Function<String, List<Actor>> suggest;
    private final AutoCompletionBinding<Actor> completion;
    private Consumer<Actor> onChosen = actor -> { };
    private Consumer<String> onUnknown = typed -> { };

    /** A field offering {@code suggest}'s actors for the text typed so far. */
    ActorField(Function<String, List<Actor>> suggest) {
        this.suggest = suggest;
        completion = TextFields.bindAutoCompletion(this, request -> suggest.apply(request.getUserText()),
                new StringConverter<>() {
                    @Override
                    public String toString(Actor actor) {
                        return actor == null ? "" : actor.name();
                    }

                    @Override
                    public Actor fromString(String text) {
                        return null;
                    }
                });
        completion.setVisibleRowCount(VISIBLE_ROWS);
        completion.setOnAutoCompleted(event -> choose(event.getCompletion()));
        setOnAction(event -> {
            List<Actor> best = suggest.apply(getText());
            if (best.isEmpty()) {
                onUnknown.accept(getText());
            } else {
                setText(best.get(0).name());
                choose(best.get(0));
            }
            Platform.runLater(() -> completion.getAutoCompletionPopup().hide());
        });
    }

    /** What happens with the actor chosen. */
    void setOnChosen(Consumer<Actor> action) {
        onChosen = action;
    }

    /** What happens when Enter is pressed on a text that names no actor. */
    void setOnUnknown(Consumer<String> action) {
        onUnknown = action;
    }

    /** Shows an actor's name without handing it on. */
    void show(Actor actor) {
        setText(actor == null ? "" : actor.name());
    }

    private void choose(Actor actor) {
        completion.getAutoCompletionPopup().hide();
        onChosen.accept(actor);
    }

    /** The suggestions for a text, as the field offers them. */
    List<Actor> suggestionsFor(String typed) {
        return suggest.apply(typed);
    }
}
