package app.parley.ui;

import app.parley.assist.SuggestedActor;
import app.parley.assist.TextRange;
import app.parley.assist.SuggestedRelation;
import app.parley.model.RelationType;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The review of an article's suggestions: the list on the left (accepted ones ticked, rejected ones struck out), the
 * article on the right with the selected suggestion's words selected, and Accept, Edit…, Reject and Accept all.
 */
public final class SuggestionReviewPane extends BorderPane {

    private final SuggestionReviewViewModel model;
    private final ListView<SuggestionReviewViewModel.Item> list = new ListView<>();
    private final TextArea article = new TextArea();
    private final Label summary = new Label();

    /** A pane showing {@code model}. */
    public SuggestionReviewPane(SuggestionReviewViewModel model) {
        this.model = model;
        list.setItems(model.items());
        list.setCellFactory(view -> new ItemCell());
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> model.selectedProperty()
                .set(item));
        article.setText(model.text());
        article.setEditable(false);
        article.setWrapText(true);
        article.setStyle("-fx-highlight-fill: #ffd54f; -fx-highlight-text-fill: black;");
        model.highlightProperty().addListener((obs, old, range) -> show(range));
        Button accept = new Button("Accept");
        accept.setOnAction(e -> act(model::accept));
        Button edit = new Button("Edit…");
        edit.setOnAction(e -> edit());
        Button reject = new Button("Reject");
        reject.setOnAction(e -> act(model::reject));
        Button acceptAll = new Button("Accept all");
        acceptAll.setOnAction(e -> {
            model.acceptAll();
            updateSummary();
        });
        accept.setTooltip(new Tooltip("Accept the selected suggestions and the actors they name (Enter); "
                + "Shift+click or Ctrl+click selects several"));
        reject.setTooltip(new Tooltip("Reject the selected suggestions (Delete); Shift+click or Ctrl+click selects "
                + "several"));
        edit.setTooltip(new Tooltip("Rename an actor, give a quote its speaker, or change a link's type"));
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                act(model::accept);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                act(model::reject);
                e.consume();
            }
        });
        HBox buttons = new HBox(8, accept, edit, reject, acceptAll, summary);
        buttons.setPadding(new Insets(8));
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox left = new VBox(list);
        VBox.setVgrow(list, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, article);
        split.setDividerPositions(0.45);
        setCenter(split);
        setBottom(buttons);
        getStyleClass().add("suggestion-review");
        updateSummary();
    }

    /** Carries {@code action} out on every selected suggestion, in list order, then goes on to the next pending one. */
    private void act(java.util.function.Consumer<SuggestionReviewViewModel.Item> action) {
        List<Integer> chosen = list.getSelectionModel().getSelectedIndices().stream().sorted().toList();
        if (chosen.isEmpty()) {
            return;
        }
        for (int index : chosen) {
            action.accept(list.getItems().get(index));
        }
        list.getSelectionModel().clearAndSelect(model.nextToReview(chosen.get(chosen.size() - 1)));
        list.scrollTo(list.getSelectionModel().getSelectedIndex());
        updateSummary();
    }

    private void edit() {
        SuggestionReviewViewModel.Item item = list.getSelectionModel().getSelectedItem();
        if (item == null) {
            return;
        }
        if (item.kind() == SuggestionReviewViewModel.Kind.RELATION) {
            retype(item);
            return;
        }
        boolean actor = item.kind() == SuggestionReviewViewModel.Kind.ACTOR;
        TextInputDialog dialog = new TextInputDialog(actor ? ((SuggestedActor) item.suggestion()).name() : "");
        dialog.setHeaderText(actor ? "Name of the actor" : "Who said it (an actor's name; empty for nobody)");
        dialog.initOwner(getScene() == null ? null : getScene().getWindow());
        dialog.showAndWait().ifPresent(value -> {
            if (actor) {
                model.rename(item, value);
            } else {
                model.editSpeaker(item, value);
            }
        });
    }

    private void retype(SuggestionReviewViewModel.Item item) {
        RelationType now = ((SuggestedRelation) item.suggestion()).type();
        List<String> labels = Arrays.stream(RelationType.values()).map(RelationType::label).toList();
        ChoiceDialog<String> dialog = new ChoiceDialog<>(now.label(), labels);
        dialog.setHeaderText("Type of the link");
        dialog.initOwner(getScene() == null ? null : getScene().getWindow());
        dialog.showAndWait().ifPresent(label -> Arrays.stream(RelationType.values())
                .filter(type -> type.label().equals(label)).findFirst().ifPresent(type -> model.retype(item, type)));
    }

    private void show(TextRange range) {
        if (range == null || range.end() > article.getLength()) {
            article.deselect();
            return;
        }
        article.selectRange(range.start(), range.end());
    }

    private void updateSummary() {
        summary.setText(model.pending() + " to review");
    }

    private static final class ItemCell extends ListCell<SuggestionReviewViewModel.Item> {

        private final Label mark = new Label();

        ItemCell() {
            mark.setMinWidth(16);
        }

        @Override
        protected void updateItem(SuggestionReviewViewModel.Item item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setStyle("");
                return;
            }
            mark.setText(switch (item.decision()) {
                case ACCEPTED -> "✓";
                case REJECTED -> "✗";
                case PENDING -> "";
            });
            setGraphic(mark);
            setText(item.label());
            setWrapText(true);
            setPrefWidth(0);
            setStyle(item.decision() == SuggestionReviewViewModel.Decision.REJECTED ? "-fx-opacity: 0.55;" : "");
        }
    }
}
