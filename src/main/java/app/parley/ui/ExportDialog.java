package app.parley.ui;

import app.parley.render.export.ExportFormat;
import app.parley.render.export.ExportFrame;
import app.parley.render.export.ExportSize;
import app.parley.render.export.PageBackground;
import app.parley.render.export.PrintLength;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Asks what to export: the format (PNG, SVG, GraphML, GEXF, DOT, CSV), the area, the size (a scale, pixels, or a
 * printed width at 150, 300 or 600 dpi) with the resulting pixel size shown as it changes, the background, and what to
 * include (legend, title, caption, source notes). Data formats write the whole map, so the picture settings are
 * switched off for them.
 */
final class ExportDialog extends Dialog<ExportSettings> {

    /** The button that confirms the dialog. */
    static final ButtonType EXPORT = new ButtonType("Export…", ButtonBar.ButtonData.OK_DONE);
    /** Style class of the line that shows the resulting size, or why the settings cannot be exported. */
    static final String PREVIEW_CLASS = "export-preview";
    /** Style class the preview line gets when the settings cannot be exported. */
    static final String PREVIEW_ERROR_CLASS = "export-preview-error";

    private static final List<Integer> SCALES = List.of(1, 2, 4);
    private static final List<Integer> DPIS = List.of(150, 300, 600);

    private final ChoiceBox<ExportFormat> format = new ChoiceBox<>();
    private final ToggleGroup areas = new ToggleGroup();
    private final Map<ExportFrame.Area, RadioButton> areaButtons = new EnumMap<>(ExportFrame.Area.class);
    private final ToggleGroup sizeModes = new ToggleGroup();
    private final RadioButton byScale = new RadioButton("Scale");
    private final RadioButton byPixels = new RadioButton("Pixels");
    private final RadioButton byPrint = new RadioButton("Print");
    private final ChoiceBox<Integer> scale = new ChoiceBox<>();
    private final TextField pixelWidth = numberField("width");
    private final TextField pixelHeight = numberField("height");
    private final TextField printWidth = numberField("20");
    private final ChoiceBox<PrintLength.Unit> printUnit = new ChoiceBox<>();
    private final ChoiceBox<Integer> dpi = new ChoiceBox<>();
    private final ToggleGroup backgrounds = new ToggleGroup();
    private final Map<PageBackground, RadioButton> backgroundButtons = new EnumMap<>(PageBackground.class);
    private final CheckBox legend = new CheckBox("Legend");
    private final CheckBox caption = new CheckBox("Source caption");
    private final CheckBox footnotes = new CheckBox("Source notes (numbered links)");
    private final CheckBox titleShown = new CheckBox("Title");
    private final TextField title = new TextField();
    private final Label preview = new Label();
    private final Function<ExportSettings, String> describe;
    private final Predicate<ExportSettings> feasible;

    /**
     * A dialog starting from {@code start}.
     *
     * @param owner        the window it belongs to
     * @param start        the settings shown first
     * @param defaultTitle the title offered (the map's title)
     * @param describe     what given settings produce ("2362 × 1653 px, 300 dpi") or why they cannot
     * @param feasible     whether given settings can be exported
     */
    ExportDialog(Window owner, ExportSettings start, String defaultTitle, Function<ExportSettings, String> describe,
                 Predicate<ExportSettings> feasible) {
        this.describe = describe;
        this.feasible = feasible;
        initOwner(owner);
        setTitle("Export");
        setHeaderText("Export the map as a picture or as data");
        format.getItems().addAll(ExportFormat.values());
        format.setConverter(converter(ExportFormat::label));
        format.setValue(start.format());
        for (ExportFrame.Area area : ExportFrame.Area.values()) {
            RadioButton button = new RadioButton(switch (area) {
                case WHOLE_GRAPH -> "Whole graph";
                case CURRENT_VIEW -> "Current view";
                case SELECTION -> "Selection";
            });
            button.setToggleGroup(areas);
            button.setUserData(area);
            areaButtons.put(area, button);
        }
        areaButtons.get(start.area()).setSelected(true);
        byScale.setToggleGroup(sizeModes);
        byPixels.setToggleGroup(sizeModes);
        byPrint.setToggleGroup(sizeModes);
        scale.getItems().addAll(SCALES);
        scale.setConverter(converter(value -> value + "×"));
        scale.setValue(2);
        printWidth.setText("20");
        printUnit.getItems().addAll(PrintLength.Unit.CM, PrintLength.Unit.IN);
        printUnit.setConverter(converter(PrintLength.Unit::symbol));
        printUnit.setValue(PrintLength.Unit.CM);
        dpi.getItems().addAll(DPIS);
        dpi.setConverter(converter(value -> value + " dpi"));
        dpi.setValue(300);
        showSize(start.size());
        for (PageBackground background : PageBackground.values()) {
            RadioButton button = new RadioButton(background.label());
            button.setToggleGroup(backgrounds);
            button.setUserData(background);
            backgroundButtons.put(background, button);
        }
        backgroundButtons.get(start.background()).setSelected(true);
        legend.setSelected(start.legend());
        caption.setSelected(start.caption());
        footnotes.setSelected(start.footnotes());
        titleShown.setSelected(start.titled());
        title.setText(start.title().isEmpty() ? defaultTitle : start.title());
        title.setPrefColumnCount(28);
        preview.getStyleClass().add(PREVIEW_CLASS);
        preview.setWrapText(true);
        preview.setMaxWidth(520);
        getDialogPane().setContent(layout());
        getDialogPane().getButtonTypes().addAll(EXPORT, ButtonType.CANCEL);
        DialogButtons.sizeToLabels(getDialogPane());
        InvalidationListener changed = this::refresh;
        for (Observable property : List.of(format.valueProperty(), areas.selectedToggleProperty(),
                sizeModes.selectedToggleProperty(), scale.valueProperty(), pixelWidth.textProperty(),
                pixelHeight.textProperty(), printWidth.textProperty(), printUnit.valueProperty(), dpi.valueProperty(),
                backgrounds.selectedToggleProperty(), legend.selectedProperty(), caption.selectedProperty(),
                footnotes.selectedProperty(), titleShown.selectedProperty(), title.textProperty())) {
            property.addListener(changed);
        }
        refresh(null);
        setResultConverter(button -> button == EXPORT ? settings().orElse(null) : null);
    }

    private GridPane layout() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(8, 12, 4, 4));
        grid.addRow(0, label("Format"), format);
        grid.addRow(1, label("Area"), row(12, areaButtons.values().toArray(Node[]::new)));
        grid.addRow(2, label("Size"), row(8, byScale, scale));
        grid.addRow(3, label(""), row(8, byPixels, pixelWidth, label("×"), pixelHeight, label("px")));
        grid.addRow(4, label(""), row(8, byPrint, printWidth, printUnit, label("at"), dpi));
        grid.addRow(5, label("Background"), row(12, backgroundButtons.values().toArray(Node[]::new)));
        grid.addRow(6, label("Include"), row(12, legend, caption, footnotes));
        grid.addRow(7, label(""), row(8, titleShown, title));
        grid.addRow(8, label("Result"), preview);
        return grid;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** A row of controls, none of them squeezed below its preferred width. */
    private static HBox row(double gap, Node... nodes) {
        for (Node node : nodes) {
            if (node instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        HBox row = new HBox(gap, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void showSize(ExportSize size) {
        if (size instanceof ExportSize.Scale byFactor) {
            byScale.setSelected(true);
            int factor = (int) Math.round(byFactor.factor());
            scale.setValue(SCALES.contains(factor) ? factor : 2);
        } else if (size instanceof ExportSize.Pixels pixels) {
            byPixels.setSelected(true);
            pixelWidth.setText(pixels.width() > 0 ? Integer.toString(pixels.width()) : "");
            pixelHeight.setText(pixels.height() > 0 ? Integer.toString(pixels.height()) : "");
        } else if (size instanceof ExportSize.Print print) {
            byPrint.setSelected(true);
            printWidth.setText(number(print.width().value()));
            printUnit.setValue(print.width().unit() == PrintLength.Unit.IN ? PrintLength.Unit.IN
                    : PrintLength.Unit.CM);
            int resolution = (int) Math.round(print.dpi());
            dpi.setValue(DPIS.contains(resolution) ? resolution : 300);
        }
    }

    private void refresh(Observable ignored) {
        boolean picture = format.getValue().picture();
        for (Node control : List.<Node>of(byScale, byPixels, byPrint, legend, caption, footnotes, titleShown)) {
            control.setDisable(!picture);
        }
        areaButtons.values().forEach(button -> button.setDisable(!picture));
        backgroundButtons.values().forEach(button -> button.setDisable(!picture));
        scale.setDisable(!picture || !byScale.isSelected());
        pixelWidth.setDisable(!picture || !byPixels.isSelected());
        pixelHeight.setDisable(!picture || !byPixels.isSelected());
        printWidth.setDisable(!picture || !byPrint.isSelected());
        printUnit.setDisable(!picture || !byPrint.isSelected());
        dpi.setDisable(!picture || !byPrint.isSelected());
        title.setDisable(!picture || !titleShown.isSelected());
        Optional<ExportSettings> settings = settings();
        String problem = settings.isEmpty() ? sizeProblem() : null;
        boolean ok = settings.isPresent() && feasible.test(settings.get());
        preview.setText(problem != null ? problem : describe.apply(settings.get()));
        preview.getStyleClass().remove(PREVIEW_ERROR_CLASS);
        if (!ok) {
            preview.getStyleClass().add(PREVIEW_ERROR_CLASS);
        }
        Button export = (Button) getDialogPane().lookupButton(EXPORT);
        if (export != null) {
            export.setDisable(!ok);
        }
    }

    /** The settings shown, or empty while a size field holds no usable number. */
    Optional<ExportSettings> settings() {
        Optional<ExportSize> size = size();
        if (size.isEmpty()) {
            return Optional.empty();
        }
        ExportFrame.Area area = (ExportFrame.Area) areas.getSelectedToggle().getUserData();
        PageBackground background = (PageBackground) backgrounds.getSelectedToggle().getUserData();
        return Optional.of(new ExportSettings(format.getValue(), area, size.get(), background, legend.isSelected(),
                caption.isSelected(), titleShown.isSelected(), title.getText(), footnotes.isSelected()));
    }

    private Optional<ExportSize> size() {
        try {
            if (byPixels.isSelected()) {
                return Optional.of(ExportSize.pixels(pixels(pixelWidth), pixels(pixelHeight)));
            }
            if (byPrint.isSelected()) {
                double value = Double.parseDouble(printWidth.getText().strip().replace(',', '.'));
                return Optional.of(ExportSize.print(new PrintLength(value, printUnit.getValue()), dpi.getValue()));
            }
            return Optional.of(ExportSize.scale(scale.getValue()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String sizeProblem() {
        if (byPixels.isSelected()) {
            return "Type a width, a height or both, in pixels";
        }
        return "Type the width on paper, such as 20 (" + printUnit.getValue().symbol() + ")";
    }

    private static int pixels(TextField field) {
        String text = field.getText().strip();
        return text.isEmpty() ? 0 : Integer.parseInt(text);
    }

    private static TextField numberField(String prompt) {
        TextField field = new TextField();
        field.setPromptText(prompt);
        field.setPrefColumnCount(6);
        return field;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%s", value);
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("Choices are picked, not typed");
            }
        };
    }
}
