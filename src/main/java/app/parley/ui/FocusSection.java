package app.parley.ui;

import app.parley.graph.Neighbourhood;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Focus on the selected actor's neighbourhood, one or two links deep, with the others faded or hidden. */
final class FocusSection extends VBox {

    /** Style class of the section. */
    static final String STYLE_CLASS = "focus-section";

    private final FocusViewModel focus;
    private final MainViewModel model;
    private final Button focusButton = new Button();
    private final ToggleButton one = new ToggleButton("1 link");
    private final ToggleButton two = new ToggleButton("2 links");
    private final RadioButton fade = new RadioButton(FocusViewModel.Mode.FADE.label());
    private final RadioButton hide = new RadioButton(FocusViewModel.Mode.HIDE.label());
    private final InvalidationListener selectionChanged = o -> updateButton();
    private final InvalidationListener stateChanged = o -> markState();

    FocusSection(FocusViewModel focus, MainViewModel model) {
        super(8);
        this.focus = focus;
        this.model = model;
        getStyleClass().add(STYLE_CLASS);
        Label hint = new Label("Show only the actors around one actor: select it on the map, in a list or with "
                + "Find, then focus.");
        hint.setWrapText(true);
        hint.getStyleClass().add(QuoteCell.MUTED_CLASS);
        focusButton.setOnAction(e -> {
            if (model.selectionProperty().get() instanceof Selection.OfActor of) {
                focus.focusOn(of.actor().id());
            }
        });
        focusButton.setMaxWidth(Double.MAX_VALUE);
        ToggleGroup depth = new ToggleGroup();
        one.setToggleGroup(depth);
        two.setToggleGroup(depth);
        one.setTooltip(new Tooltip("The actor and those it is linked to directly"));
        two.setTooltip(new Tooltip("Also those linked to its neighbours"));
        one.setOnAction(e -> focus.setDepth(1));
        two.setOnAction(e -> focus.setDepth(2));
        HBox depthBox = new HBox(one, two);
        depthBox.getStyleClass().add("segmented");
        ToggleGroup mode = new ToggleGroup();
        fade.setToggleGroup(mode);
        hide.setToggleGroup(mode);
        fade.setOnAction(e -> focus.setMode(FocusViewModel.Mode.FADE));
        hide.setOnAction(e -> focus.setMode(FocusViewModel.Mode.HIDE));
        HBox depthRow = new HBox(10, new Label("Depth"), depthBox);
        depthRow.setAlignment(Pos.CENTER_LEFT);
        fade.setMinWidth(Region.USE_PREF_SIZE);
        hide.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane modeRow = new FlowPane(14, 4, fade, hide);
        modeRow.setAlignment(Pos.CENTER_LEFT);
        Label summary = new Label();
        summary.textProperty().bind(focus.summaryProperty());
        summary.setWrapText(true);
        Button clear = new Button("Clear focus");
        clear.setTooltip(new Tooltip("Show every actor again"));
        clear.setOnAction(e -> focus.clear());
        clear.disableProperty().bind(Bindings.isNull(focus.neighbourhoodProperty()));
        summary.setMinWidth(0);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        HBox clearRow = new HBox(8, clear, summary);
        clearRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(hint, focusButton, depthRow, modeRow, clearRow);
        model.selectionProperty().addListener(selectionChanged);
        focus.neighbourhoodProperty().addListener(stateChanged);
        focus.depthProperty().addListener(stateChanged);
        focus.modeProperty().addListener(stateChanged);
        updateButton();
        markState();
    }

    /** The button that focuses on the selected actor. */
    Button focusButton() {
        return focusButton;
    }

    void dispose() {
        model.selectionProperty().removeListener(selectionChanged);
        focus.neighbourhoodProperty().removeListener(stateChanged);
        focus.depthProperty().removeListener(stateChanged);
        focus.modeProperty().removeListener(stateChanged);
    }

    private void updateButton() {
        if (model.selectionProperty().get() instanceof Selection.OfActor of) {
            focusButton.setText("Focus on " + of.actor().name());
            focusButton.setDisable(false);
        } else {
            focusButton.setText("Focus on the selected actor");
            focusButton.setDisable(true);
        }
    }

    private void markState() {
        one.setSelected(focus.depthProperty().get() == 1);
        two.setSelected(focus.depthProperty().get() == 2);
        fade.setSelected(focus.modeProperty().get() == FocusViewModel.Mode.FADE);
        hide.setSelected(focus.modeProperty().get() == FocusViewModel.Mode.HIDE);
        Neighbourhood shown = focus.neighbourhoodProperty().get();
        if (shown != null) {
            focusButton.setTooltip(new Tooltip("Focused on " + shown.centre().name()));
        }
    }
}
