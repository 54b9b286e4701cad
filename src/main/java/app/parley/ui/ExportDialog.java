package app.parley.ui;

import app.parley.render.ExportFrame;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/** Asks what to export as PNG: whole graph or view, scale, background, legend and caption. */
final class ExportDialog extends Dialog<ExportSettings> {

    /** The button that confirms the dialog. */
    static final ButtonType EXPORT = new ButtonType("Export…", ButtonBar.ButtonData.OK_DONE);

    ExportDialog(Window owner, ExportSettings start) {
        initOwner(owner);
        setTitle("Export PNG");
        setHeaderText("Export the map as a PNG image");
        ToggleGroup areas = new ToggleGroup();
        RadioButton whole = new RadioButton("Whole graph");
        RadioButton view = new RadioButton("Current view");
        whole.setToggleGroup(areas);
        view.setToggleGroup(areas);
        (start.area() == ExportFrame.Area.WHOLE_GRAPH ? whole : view).setSelected(true);
        ChoiceBox<Integer> scale = new ChoiceBox<>();
        scale.getItems().addAll(1, 2, 4);
        scale.setValue(start.scale());
        scale.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value + "×";
            }

            @Override
            public Integer fromString(String text) {
                return Integer.valueOf(text.replace("×", ""));
            }
        });
        ToggleGroup backgrounds = new ToggleGroup();
        RadioButton white = new RadioButton("White");
        RadioButton transparent = new RadioButton("Transparent");
        white.setToggleGroup(backgrounds);
        transparent.setToggleGroup(backgrounds);
        (start.transparent() ? transparent : white).setSelected(true);
        CheckBox legend = new CheckBox("Legend");
        legend.setSelected(start.legend());
        CheckBox caption = new CheckBox("Source caption (title, publisher, date)");
        caption.setSelected(start.caption());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(8, 4, 4, 4));
        grid.addRow(0, new Label("Area"), new HBox(12, whole, view));
        grid.addRow(1, new Label("Scale"), scale);
        grid.addRow(2, new Label("Background"), new HBox(12, white, transparent));
        grid.addRow(3, new Label("Include"), new HBox(12, legend, caption));
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(EXPORT, ButtonType.CANCEL);
        setResultConverter(button -> button == EXPORT
                ? new ExportSettings(whole.isSelected() ? ExportFrame.Area.WHOLE_GRAPH : ExportFrame.Area.CURRENT_VIEW,
                        scale.getValue(), transparent.isSelected(), legend.isSelected(), caption.isSelected())
                : null);
    }
}
