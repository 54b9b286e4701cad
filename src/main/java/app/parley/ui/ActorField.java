package app.parley.ui;

import app.parley.model.Actor;
import impl.org.controlsfx.skin.AutoCompletePopup;
import impl.org.controlsfx.skin.AutoCompletePopupSkin;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;

/**
 * A text field that suggests actors as a name or alias is typed (accents and capitals optional); choosing a suggestion,
 * or pressing Enter for the best one, hands the actor on. Enter on a name already chosen also goes on to the form
 * around the field, so that a second Enter commits it (a dialog's default button, an inline editor's Save).
 */
final class ActorField extends TextField {

    private static final int VISIBLE_ROWS = 8;
    private static final double POPUP_WIDTH = 360;
    /** ControlsFX styles its popup with Modena's colour names, which the AtlantaFX theme does not define. */
    private static final String POPUP_COLOURS = "-fx-color: -color-bg-subtle; "
            + "-fx-control-inner-background: -color-bg-default; -fx-selection-bar-non-focused: -color-accent-subtle; "
            + "-fx-accent: -color-accent-subtle; -fx-selection-bar: -color-accent-muted;";
    /** ControlsFX sizes its popup for rows of 24 pixels; the theme's rows are taller. */
    private static final String ROW_STYLE = "-fx-cell-size: 24px; -fx-padding: 0 10 0 10;";

    private final Function<String, List<Actor>> suggest;
    private final AutoCompletionBinding<Actor> completion;
    private Consumer<Actor> onChosen = actor -> { };
    private Consumer<String> onUnknown = typed -> { };
    /** The name of the actor just chosen: no suggestions are offered for it. Read by the popup's own thread. */
    private volatile String settled = "";

    /** A field offering {@code suggest}'s actors for the text typed so far. */
    ActorField(Function<String, List<Actor>> suggest) {
        this.suggest = suggest;
        completion = new CurrentTextCompletion<>(this,
                typed -> settled.equals(typed) ? List.of() : suggest.apply(typed), new StringConverter<>() {
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
        completion.setPrefWidth(POPUP_WIDTH);
        AutoCompletePopup<Actor> popup = completion.getAutoCompletionPopup();
        popup.setStyle(POPUP_COLOURS);
        popup.setSkin(new AutoCompletePopupSkin<>(popup, list -> new SuggestionCell()));
        completion.setOnAutoCompleted(event -> choose(event.getCompletion()));
        addEventHandler(ActionEvent.ACTION, event -> {
            boolean alreadyChosen = !settled.isEmpty() && settled.equals(getText());
            List<Actor> best = suggest.apply(getText());
            if (best.isEmpty()) {
                onUnknown.accept(getText());
            } else {
                choose(best.get(0));
            }
            completion.getAutoCompletionPopup().hide();
            if (!alreadyChosen) {
                event.consume();
            }
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

    /** Shows an actor's name without handing it on or offering suggestions for it. */
    void show(Actor actor) {
        settled = actor == null ? "" : actor.name();
        setText(settled);
    }

    private void choose(Actor actor) {
        show(actor);
        positionCaret(getText().length());
        completion.getAutoCompletionPopup().hide();
        onChosen.accept(actor);
    }

    /** A suggestion: the actor's name, then its kind and side in muted type. */
    private static final class SuggestionCell extends ListCell<Actor> {

        SuggestionCell() {
            setStyle(ROW_STYLE);
        }

        @Override
        protected void updateItem(Actor actor, boolean empty) {
            super.updateItem(actor, empty);
            setText(null);
            if (empty || actor == null) {
                setGraphic(null);
                return;
            }
            Label kind = new Label(actor.kind().label().toLowerCase(Locale.ROOT) + " · " + actor.side().label());
            kind.getStyleClass().add(QuoteCell.MUTED_CLASS);
            HBox row = new HBox(8, new Label(actor.name()), kind);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
        }
    }

    /** The suggestions for a text, as the field offers them. */
    List<Actor> suggestionsFor(String typed) {
        return suggest.apply(typed);
    }
}
