package app.parley.ui;

import app.parley.layout.Layouts;
import app.parley.model.Span;
import app.parley.render.Bounds;
import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/** The main window: menus and tool bar, the graph, the details and article panels, and the status bar. */
public final class MainWindow extends BorderPane {

    /** Style class of the status bar. */
    public static final String STATUS_CLASS = "status-bar";

    private final MainViewModel model;
    private final Stage stage;
    private final GraphView graphView;
    private final DetailsPane details;
    private final ArticleView article;
    private final TabPane sideTabs = new TabPane();
    private final Tab detailsTab;
    private final Tab articleTab;
    private final Map<Layouts, ToggleButton> layoutButtons = new EnumMap<>(Layouts.class);
    private final Map<Layouts, RadioMenuItem> layoutItems = new EnumMap<>(Layouts.class);
    private final InvalidationListener failureShown = o -> showFailure();
    private final InvalidationListener articleRequested = o -> showArticleRequest();
    private final InvalidationListener titleChanged = o -> updateTitle();
    private final InvalidationListener layoutChanged = o -> markLayout();
    private ExportSettings lastExport = ExportSettings.DEFAULT;
    private File lastFolder;

    /** The window content for {@code model}, shown in {@code stage}. */
    public MainWindow(MainViewModel model, Stage stage) {
        this.model = model;
        this.stage = stage;
        this.graphView = new GraphView(model);
        this.details = new DetailsPane(model);
        this.article = new ArticleView(model);
        detailsTab = new Tab("Details", details);
        articleTab = new Tab("Article", article);
        sideTabs.getTabs().addAll(detailsTab, articleTab);
        sideTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        sideTabs.setMinWidth(300);
        SplitPane split = new SplitPane(graphView, sideTabs);
        split.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(sideTabs, false);
        setTop(new VBox(menuBar(), toolBar()));
        setCenter(split);
        setBottom(statusBar());
        enableFileDrop();
        model.failureProperty().addListener(failureShown);
        model.articleRequestProperty().addListener(articleRequested);
        model.mapProperty().addListener(titleChanged);
        model.layoutProperty().addListener(layoutChanged);
        model.selectionProperty().addListener(o -> {
            if (!(model.selectionProperty().get() instanceof Selection.Nothing) && !article.isHover()) {
                sideTabs.getSelectionModel().select(detailsTab);
            }
        });
        updateTitle();
        markLayout();
    }

    /** The graph view. */
    public GraphView graphView() {
        return graphView;
    }

    /** The side panel with the selection's card and quotes. */
    public DetailsPane details() {
        return details;
    }

    /** The article view. */
    public ArticleView article() {
        return article;
    }

    /** The side panel's tabs. */
    public TabPane sideTabs() {
        return sideTabs;
    }

    /** Stops listening to the view model. */
    public void dispose() {
        graphView.dispose();
        details.dispose();
        article.dispose();
        model.failureProperty().removeListener(failureShown);
        model.articleRequestProperty().removeListener(articleRequested);
        model.mapProperty().removeListener(titleChanged);
        model.layoutProperty().removeListener(layoutChanged);
    }

    private MenuBar menuBar() {
        MenuItem open = item("Open dataset…", "Shortcut+O", this::chooseAndOpen);
        MenuItem bundled = item("Open the Istanbul talks", null, model::openBundled);
        MenuItem export = item("Export…", "Shortcut+E", this::exportPng);
        MenuItem quit = item("Quit", "Shortcut+Q", Platform::exit);
        Menu file = new Menu("_File", null, open, bundled, new SeparatorMenuItem(), export, new SeparatorMenuItem(), quit);

        MenuItem fit = item("Fit to window", "Shortcut+0", graphView::fitToWindow);
        MenuItem zoomIn = item("Zoom in", "Shortcut+Equals", graphView::zoomIn);
        MenuItem zoomOut = item("Zoom out", "Shortcut+Minus", graphView::zoomOut);
        Menu layouts = new Menu("Layout");
        ToggleGroup group = new ToggleGroup();
        int number = 1;
        for (Layouts kind : Layouts.values()) {
            RadioMenuItem choice = new RadioMenuItem(kind.label());
            choice.setToggleGroup(group);
            choice.setAccelerator(KeyCombination.keyCombination("Shortcut+" + number++));
            choice.setOnAction(e -> model.applyLayout(kind));
            layoutItems.put(kind, choice);
            layouts.getItems().add(choice);
        }
        CheckMenuItem legend = new CheckMenuItem("Legend");
        legend.selectedProperty().bindBidirectional(model.legendShownProperty());
        CheckMenuItem caption = new CheckMenuItem("Source caption");
        caption.selectedProperty().bindBidirectional(model.captionShownProperty());
        CheckMenuItem edgeLabels = new CheckMenuItem("Link labels");
        edgeLabels.setSelected(true);
        edgeLabels.selectedProperty().addListener((o, was, now) -> model.setEdgeLabels(now));
        Menu view = new Menu("_View", null, fit, zoomIn, zoomOut, new SeparatorMenuItem(), layouts,
                new SeparatorMenuItem(), legend, caption, edgeLabels);

        MenuItem about = item("About Parley", null, this::showAbout);
        Menu help = new Menu("_Help", null, about);
        return new MenuBar(file, view, help);
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private ToolBar toolBar() {
        Button open = button("Open…", "Open a dataset (Ctrl+O); you can also drop a .json file on the window",
                this::chooseAndOpen);
        Button export = button("Export…", "Export the map as PNG, SVG, GraphML, GEXF, DOT or CSV (Ctrl+E)",
                this::exportPng);
        ToggleGroup group = new ToggleGroup();
        HBox layoutBox = new HBox();
        layoutBox.getStyleClass().add("segmented");
        for (Layouts kind : Layouts.values()) {
            ToggleButton toggle = new ToggleButton(kind.label());
            toggle.setToggleGroup(group);
            toggle.setTooltip(new Tooltip("Lay the map out as: " + kind.label()));
            toggle.setOnAction(e -> {
                toggle.setSelected(true);
                model.applyLayout(kind);
            });
            layoutButtons.put(kind, toggle);
            layoutBox.getChildren().add(toggle);
        }
        Button fit = button("Fit", "Fit the whole map into the window (Ctrl+0)", graphView::fitToWindow);
        Button zoomOut = button("−", "Zoom out (Ctrl+-)", graphView::zoomOut);
        Button zoomIn = button("+", "Zoom in (Ctrl+=)", graphView::zoomIn);
        return new ToolBar(open, export, new Separator(Orientation.VERTICAL), new Label("Layout"), layoutBox,
                new Separator(Orientation.VERTICAL), fit, zoomOut, zoomIn);
    }

    private static Button button(String text, String tip, Runnable action) {
        Button button = new Button(text);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }

    private HBox statusBar() {
        Label message = new Label();
        message.textProperty().bind(model.work().messageProperty());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.work().progressProperty());
        progress.visibleProperty().bind(model.work().busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Button cancel = new Button("Cancel");
        cancel.visibleProperty().bind(model.work().busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.cancelWork());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, message, spacer, progress, cancel);
        bar.getStyleClass().add(STATUS_CLASS);
        return bar;
    }

    private void enableFileDrop() {
        setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && jsonFile(event.getDragboard().getFiles()) != null) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        setOnDragDropped(event -> {
            File file = jsonFile(event.getDragboard().getFiles());
            if (file != null) {
                model.open(file.toPath());
            }
            event.setDropCompleted(file != null);
            event.consume();
        });
    }

    private static File jsonFile(List<File> files) {
        return files.stream().filter(f -> f.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".json"))
                .findFirst().orElse(null);
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open dataset");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Parley datasets (*.json)", "*.json"));
        if (lastFolder != null) {
            chooser.setInitialDirectory(lastFolder);
        }
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            lastFolder = file.getParentFile();
            model.open(file.toPath());
        }
    }

    private void exportPng() {
        Bounds view = graphView.visibleWorld();
        double viewWidth = graphView.getWidth();
        double viewHeight = graphView.getHeight();
        MapExport exporter = model.exporter(view, viewWidth, viewHeight);
        if (exporter == null) {
            return;
        }
        String title = model.mapProperty().get().dataset().title();
        new ExportDialog(stage, lastExport, title, exporter::preview, exporter::feasible).showAndWait()
                .ifPresent(settings -> {
                    lastExport = settings;
                    ExportTarget.choose(stage, settings.format(), suggestedName(), lastFolder).ifPresent(target -> {
                        lastFolder = target.toAbsolutePath().getParent().toFile();
                        model.export(settings, target, view, viewWidth, viewHeight);
                    });
                });
    }

    private String suggestedName() {
        OpenMap map = model.mapProperty().get();
        String base = map == null ? "parley" : map.displayName().replaceAll("\\.json$", "");
        return base.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "").toLowerCase(java.util.Locale.ROOT);
    }

    private void showFailure() {
        OpenFailure failure = model.failureProperty().get();
        if (failure != null) {
            new ProblemsDialog(stage, failure).show();
        }
    }

    private void showArticleRequest() {
        ArticleRequest request = model.articleRequestProperty().get();
        if (request == null) {
            return;
        }
        Span span = request.span();
        sideTabs.getSelectionModel().select(articleTab);
        Platform.runLater(() -> article.show(span));
    }

    private void updateTitle() {
        OpenMap map = model.mapProperty().get();
        stage.setTitle(map == null ? "Parley" : "Parley — " + map.displayName());
    }

    private void markLayout() {
        Layouts kind = model.layoutProperty().get();
        ToggleButton toggle = layoutButtons.get(kind);
        if (toggle != null) {
            toggle.setSelected(true);
        }
        RadioMenuItem item = layoutItems.get(kind);
        if (item != null) {
            item.setSelected(true);
        }
    }

    private void showAbout() {
        javafx.scene.control.Alert about = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION);
        about.initOwner(stage);
        about.setTitle("About Parley");
        about.setHeaderText("Parley");
        about.setContentText("Maps who sits at the negotiating table. Every quote, role and link points at the exact "
                + "words of the article it comes from.\n\nFonts: DejaVu Sans. Licence: Apache-2.0.");
        about.show();
    }
}
