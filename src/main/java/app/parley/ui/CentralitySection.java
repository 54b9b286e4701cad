package app.parley.ui;

import app.parley.graph.Centrality;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Who holds the room together: a choice of measure with what it means, every actor ranked by it (clicking or
 * pressing Enter on a row selects the actor on the map), and a check box to draw cards larger the higher they score.
 */
final class CentralitySection extends VBox {

    /** Style class of the section. */
    static final String STYLE_CLASS = "centrality-section";
    /** Style class of a score bar. */
    static final String BAR_CLASS = "score-bar";

    private static final double BAR_WIDTH = 70;
    /** The narrowest a score's bar gets in a narrow side panel: a name gives way down to {@link #NAME_MIN_WIDTH}. */
    private static final double BAR_MIN_WIDTH = 30;
    /** Wide enough for a long word of a name ("Organization", "Volodymyr"), so names wrap between words. */
    private static final double NAME_MIN_WIDTH = 96;
    /** Room for the list's border, padding and vertical scroll bar. */
    private static final double ROW_INSET = 34;

    private final CentralityViewModel centrality;
    private final Map<Centrality.Measure, ToggleButton> measureButtons = new EnumMap<>(Centrality.Measure.class);
    private final Label meaning = new Label();
    private final ListView<Centrality.Score> list;
    private final CheckBox sized = new CheckBox("Size cards by score");
    private final InvalidationListener measureChanged = o -> markMeasure();
    private final InvalidationListener sizedChanged = o -> markSized();

    CentralitySection(CentralityViewModel centrality) {
        super(8);
        this.centrality = centrality;
        getStyleClass().add(STYLE_CLASS);
        ToggleGroup group = new ToggleGroup();
        HBox measures = new HBox();
        measures.getStyleClass().add("segmented");
        for (Centrality.Measure measure : Centrality.Measure.values()) {
            ToggleButton button = new ToggleButton(measure.title());
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setToggleGroup(group);
            button.setTooltip(new Tooltip(measure.title() + ": " + measure.description()));
            button.setOnAction(e -> {
                button.setSelected(true);
                centrality.setMeasure(measure);
            });
            measureButtons.put(measure, button);
            measures.getChildren().add(button);
        }
        meaning.setWrapText(true);
        meaning.getStyleClass().add(QuoteCell.MUTED_CLASS);
        meaning.setMinHeight(Region.USE_PREF_SIZE);
        list = new ListView<>(centrality.ranking());
        list.setCellFactory(view -> new ScoreCell());
        list.setPrefHeight(300);
        list.setPlaceholder(new Label("Open a map to rank its actors."));
        list.setOnMouseClicked(e -> selectChosen());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                selectChosen();
                e.consume();
            }
        });
        sized.setTooltip(new Tooltip("Draw each card larger the higher it scores (up to "
                + String.format(Locale.ROOT, "%.1f", CentralityViewModel.LARGEST_SCALE) + " times); cards stay "
                + "where they are and may overlap"));
        sized.setOnAction(e -> centrality.setSizedByScore(sized.isSelected()));
        getChildren().addAll(measures, meaning, list, sized);
        centrality.measureProperty().addListener(measureChanged);
        centrality.sizedByScoreProperty().addListener(sizedChanged);
        markMeasure();
    }

    /** The ranked list. */
    ListView<Centrality.Score> list() {
        return list;
    }

    void dispose() {
        centrality.measureProperty().removeListener(measureChanged);
        centrality.sizedByScoreProperty().removeListener(sizedChanged);
    }

    private void selectChosen() {
        Centrality.Score score = list.getSelectionModel().getSelectedItem();
        if (score != null) {
            centrality.select(score);
        }
    }

    private void markSized() {
        sized.setSelected(centrality.sizedByScoreProperty().get());
    }

    private void markMeasure() {
        Centrality.Measure measure = centrality.measureProperty().get();
        measureButtons.get(measure).setSelected(true);
        String description = measure.description();
        meaning.setText(Character.toUpperCase(description.charAt(0)) + description.substring(1));
    }

    /** One ranked actor: rank, name, a bar as long as its share of the top score, and the score. */
    private final class ScoreCell extends ListCell<Centrality.Score> {

        @Override
        protected void updateItem(Centrality.Score score, boolean empty) {
            super.updateItem(score, empty);
            setText(null);
            if (empty || score == null) {
                setGraphic(null);
                return;
            }
            Label rank = new Label(String.valueOf(score.rank()));
            rank.setMinWidth(28);
            rank.getStyleClass().add(QuoteCell.MUTED_CLASS);
            Label name = new Label(score.actor().name());
            name.setMinWidth(NAME_MIN_WIDTH);
            name.setWrapText(true);
            name.setMinHeight(Region.USE_PREF_SIZE);
            name.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(name, Priority.ALWAYS);
            double top = centrality.ranking().isEmpty() ? 0 : centrality.ranking().get(0).score();
            Region bar = new Region();
            bar.getStyleClass().add(BAR_CLASS);
            bar.setVisible(score.score() > 0);
            bar.setMaxWidth(Region.USE_PREF_SIZE);
            bar.setPrefHeight(8);
            bar.setMaxHeight(8);
            StackPane barHolder = new StackPane(bar);
            barHolder.setAlignment(Pos.CENTER_LEFT);
            barHolder.setMinWidth(BAR_MIN_WIDTH);
            barHolder.setPrefWidth(BAR_WIDTH);
            bar.prefWidthProperty().bind(barHolder.widthProperty().multiply(top > 0 ? score.score() / top : 0));
            Label value = new Label(centrality.measureProperty().get().whole()
                    ? String.valueOf(Math.round(score.score())) : String.format(Locale.ROOT, "%.3f", score.score()));
            value.setMinWidth(44);
            value.setAlignment(Pos.CENTER_RIGHT);
            HBox row = new HBox(8, rank, name, barHolder, value);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setMinWidth(0);
            row.maxWidthProperty().bind(getListView().widthProperty().subtract(ROW_INSET));
            row.prefWidthProperty().bind(row.maxWidthProperty());
            setGraphic(row);
            setTooltip(new Tooltip(score.actor().name() + ": rank " + score.rank() + ", score " + value.getText()));
        }
    }
}
