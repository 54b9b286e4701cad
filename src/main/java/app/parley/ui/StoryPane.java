package app.parley.ui;

import app.parley.model.Quote;
import app.parley.model.StoryStep;
import app.parley.render.scene.Scene;
import java.util.function.IntConsumer;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Story tab: the steps of the story with their captions and what each shows, and buttons to add the current view
 * as a step, move a step, delete it and present from it. Double-click a caption (or press F2) to edit it in place.
 */
public final class StoryPane extends VBox {

    /** Style class of the tab's content. */
    public static final String STYLE_CLASS = "story-pane";
    /** Style class of a step's summary line. */
    public static final String SUMMARY_CLASS = "story-step-summary";

    private final MainViewModel model;
    private final StoryModel story;
    private final GraphView graphView;
    private final ListView<Quote> quoteList;
    private final ListView<StoryStep> list;
    private final Label heading = new Label();
    private final InvalidationListener stepsChanged = o -> updateHeading();

    /**
     * A story tab.
     *
     * @param model     the window's state
     * @param story     the story being edited
     * @param graphView the view whose visible part "Add current view" captures
     * @param quoteList the quote list whose chosen quote a new step shows
     * @param present   starts presenting from a step (0-based)
     */
    public StoryPane(MainViewModel model, StoryModel story, GraphView graphView, ListView<Quote> quoteList,
                     IntConsumer present) {
        super(8);
        this.model = model;
        this.story = story;
        this.graphView = graphView;
        this.quoteList = quoteList;
        getStyleClass().add(STYLE_CLASS);
        heading.getStyleClass().add(ActorCardView.HEADING_CLASS);
        list = new ListView<>(story.steps());
        list.setEditable(true);
        list.setCellFactory(view -> new StepCell());
        Label empty = new Label("No story yet. Arrange the map as you want the class to see it, then "
                + "add the current view as a step.");
        empty.setWrapText(true);
        empty.setPadding(new javafx.geometry.Insets(12));
        empty.maxWidthProperty().bind(list.widthProperty().subtract(8));
        list.setPlaceholder(empty);
        list.setMinWidth(0);
        list.setPrefWidth(0);
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F2 && list.getSelectionModel().getSelectedIndex() >= 0) {
                list.edit(list.getSelectionModel().getSelectedIndex());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Button add = Buttons.of("Add current view", "Add what the map shows now (highlight, selection and the quote "
                + "chosen in Details) as the last step", this::addCurrentView);
        Button up = Buttons.of("Move up", "Move the chosen step one place earlier",
                () -> select(story.moveUp(selected())));
        Button down = Buttons.of("Move down", "Move the chosen step one place later",
                () -> select(story.moveDown(selected())));
        Button delete = Buttons.of("Delete", "Delete the chosen step", () -> story.delete(selected()));
        Button presentHere = Buttons.of("Present from here", "Present the story full screen from the chosen step (F5 "
                + "presents from the start)", () -> present.accept(Math.max(0, selected())));
        for (Button b : new Button[] {up, down, delete}) {
            b.disableProperty().bind(list.getSelectionModel().selectedIndexProperty().lessThan(0));
        }
        FlowPane buttons = new FlowPane(6, 6, add, up, down, delete, presentHere);
        buttons.setAlignment(Pos.CENTER_LEFT);
        setMinWidth(0);
        getChildren().addAll(heading, list, buttons);
        story.steps().addListener(stepsChanged);
        updateHeading();
    }

    /** The list of steps. */
    public ListView<StoryStep> stepList() {
        return list;
    }

    /** Stops listening to the story. */
    public void dispose() {
        story.steps().removeListener(stepsChanged);
    }

    private int selected() {
        return list.getSelectionModel().getSelectedIndex();
    }

    private void select(int index) {
        if (index >= 0) {
            list.getSelectionModel().clearAndSelect(index);
        }
    }

    private void updateHeading() {
        int n = story.steps().size();
        heading.setText("Story (" + n + (n == 1 ? " step)" : " steps)"));
    }

    /** Appends the current view as a step and selects it, ready for its caption to be edited (F2 or double-click). */
    public void addCurrentView() {
        OpenMap map = model.mapProperty().get();
        Scene scene = model.sceneProperty().get();
        if (map == null || scene == null) {
            return;
        }
        Quote quote = quoteList.getSelectionModel().getSelectedItem();
        String caption = "Step " + (story.steps().size() + 1) + ".";
        StoryStep step = StepCapture.capture(story.freeId(), caption, map.prepared().graph(), scene,
                model.viewStateProperty().get(), graphView.visibleWorld(), story.story(), quote);
        story.add(step);
        int index = story.steps().size() - 1;
        select(index);
        list.scrollTo(index);
    }

    /** A step as a line: number and caption, and under it what it shows; edits the caption in place. */
    private final class StepCell extends ListCell<StoryStep> {

        private TextField editor;

        StepCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(StoryStep step, boolean empty) {
            super.updateItem(step, empty);
            setText(null);
            if (empty || step == null) {
                setGraphic(null);
                return;
            }
            if (isEditing()) {
                return;
            }
            Label caption = new Label((getIndex() + 1) + ". " + step.caption());
            caption.setWrapText(true);
            caption.setMinHeight(Region.USE_PREF_SIZE);
            Label summary = new Label(summary(step));
            summary.getStyleClass().add(SUMMARY_CLASS);
            summary.setWrapText(true);
            summary.setMinHeight(Region.USE_PREF_SIZE);
            VBox box = new VBox(2, caption, summary);
            box.maxWidthProperty().bind(list.widthProperty().subtract(30));
            caption.maxWidthProperty().bind(box.maxWidthProperty());
            summary.maxWidthProperty().bind(box.maxWidthProperty());
            setGraphic(box);
        }

        private String summary(StoryStep step) {
            return count(step.revealActorIds().size(), "new actor") + " · "
                    + count(step.highlightActorIds().size(), "highlighted") + " · "
                    + count(step.quoteIds().size(), "quote");
        }

        private String count(int n, String noun) {
            return n + " " + noun + (n == 1 || noun.endsWith("ed") ? "" : "s");
        }

        @Override
        public void startEdit() {
            if (getItem() == null) {
                return;
            }
            super.startEdit();
            editor = new TextField(getItem().caption());
            editor.setOnAction(e -> commit());
            editor.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                }
            });
            editor.focusedProperty().addListener((o, was, now) -> {
                if (!now && isEditing()) {
                    commit();
                }
            });
            setGraphic(editor);
            editor.requestFocus();
            editor.selectAll();
        }

        private void commit() {
            String text = editor.getText();
            int index = getIndex();
            super.cancelEdit();
            if (text != null && !text.isBlank()) {
                story.setCaption(index, text);
            }
            updateItem(getItem(), getItem() == null);
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            updateItem(getItem(), getItem() == null);
        }
    }
}
