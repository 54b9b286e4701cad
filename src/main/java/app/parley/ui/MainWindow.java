package app.parley.ui;

import app.parley.layout.Layouts;
import app.parley.model.Span;
import app.parley.render.scene.Bounds;
import app.parley.session.AddSource;
import app.parley.session.DataFolder;
import app.parley.session.NewMaps;
import app.parley.session.RecentMaps;
import app.parley.session.SessionListener;
import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
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
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The main window: menus and tool bar with Find, the map with the delegations and tables beside it, the details,
 * article and explore panels, and the status bar.
 */
public final class MainWindow extends BorderPane {

    /** Style class of the status bar. */
    public static final String STATUS_CLASS = "status-bar";
    /** Style class of the side panel's tabs, whose headers are set close so that all fit at 1024 px. */
    public static final String SIDE_TABS_CLASS = "side-tabs";
    /** The shortcut of Edit › Copy picture of the map. */
    static final String COPY_PICTURE = "Shortcut+Shift+C";

    private final MainViewModel model;
    private final Stage stage;
    private final GraphView graphView;
    private final DetailsPane details;
    private final ArticleView article;
    private final TabPane sideTabs = new TabPane();
    private final Tab detailsTab;
    private final Tab articleTab;
    private final ExploreViewModel explore;
    private final ExplorePane explorePane;
    private final Tab exploreTab;
    private final FindField findField;
    private final DelegationsView delegationsView;
    private final TablesView tablesView;
    private final TabPane centreTabs = new TabPane();
    private final Tab mapTab;
    private final StoryModel story;
    private final StoryPane storyPane;
    private final Tab storyTab;
    private final PresentationMode presentation;
    private final EscapeLadder escapeLadder;
    private final ClearHighlightChip clearHighlight;
    private final Map<Layouts, ToggleButton> layoutButtons = new EnumMap<>(Layouts.class);
    private final Map<Layouts, RadioMenuItem> layoutItems = new EnumMap<>(Layouts.class);
    private final InvalidationListener failureShown = o -> showFailure();
    private final InvalidationListener articleRequested = o -> showArticleRequest();
    private final InvalidationListener titleChanged = o -> updateTitle();
    private final InvalidationListener layoutChanged = o -> markLayout();
    private final InvalidationListener centreRequested = o -> showMap();
    private final InvalidationListener themeChanged = o -> dressControls();
    private final SaveActions saves;
    private final UnsavedChangesGuard guard;
    private final EditMenu editMenu;
    private final RecentMenu recentMenu;
    private final SuggestionFlow suggestions;
    private final SessionListener sessionTitle = e -> updateTitle();
    private ExportSettings lastExport = ExportSettings.DEFAULT;
    private File lastFolder;
    private Runnable quit = Platform::exit;

    /** The window content for {@code model}, shown in {@code stage}; recent maps are kept in the user's data folder. */
    public MainWindow(MainViewModel model, Stage stage) {
        this(model, stage, DataFolder.resolve());
    }

    /** The window content for {@code model}, shown in {@code stage}, keeping recent maps in {@code dataFolder}. */
    public MainWindow(MainViewModel model, Stage stage, Path dataFolder) {
        this.model = model;
        this.stage = stage;
        this.saves = new SaveActions(model, stage);
        this.guard = new UnsavedChangesGuard(model, stage, saves);
        this.editMenu = new EditMenu(model);
        this.recentMenu = new RecentMenu(new RecentMaps(dataFolder), this::openAfterAsking);
        model.session().addListener(recentMenu);
        model.session().addListener(sessionTitle);
        stage.setOnCloseRequest(event -> {
            event.consume();
            quitAfterAsking();
        });
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                editMenu.addShortcuts(now);
            }
        });
        this.graphView = new GraphView(model);
        this.details = new DetailsPane(model);
        this.article = new ArticleView(model);
        detailsTab = new Tab("Details", details);
        articleTab = new Tab("Article", new PointingBar(model.pointing(), article).aboveArticle());
        model.pointing().requestProperty().addListener((o, was, now) -> sideTabs.getSelectionModel()
                .select(now != null ? articleTab : detailsTab));
        graphView.gestures().setEvidence(article.selectedWordsProperty()::get);
        new ArticleAuthoring(model, article, graphView::freeSpotInView,
                () -> sideTabs.getSelectionModel().select(articleTab));
        this.explore = new ExploreViewModel(model);
        this.explorePane = new ExplorePane(explore, model);
        this.findField = new FindField(explore.find());
        exploreTab = new Tab("Explore", explorePane);
        exploreTab.setTooltip(new Tooltip("Filters, focus, paths between two actors, and who is central"));
        story = new StoryModel(model);
        presentation = new PresentationMode(stage, story);
        storyPane = new StoryPane(model, story, graphView, details.quoteList(), presentation::start);
        storyTab = new Tab("Story", storyPane);
        sideTabs.getTabs().addAll(detailsTab, articleTab, exploreTab, storyTab);
        sideTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        sideTabs.setMinWidth(300);
        sideTabs.getStyleClass().add(SIDE_TABS_CLASS);
        escapeLadder = new EscapeLadder(model, explore);
        clearHighlight = new ClearHighlightChip(explore);
        StackPane mapArea = new StackPane(graphView, new EmptyMapHint(model), clearHighlight);
        StackPane.setMargin(clearHighlight, new Insets(8));
        mapTab = new Tab("Map", mapArea);
        delegationsView = new DelegationsView(explore, model, this::showMap);
        tablesView = new TablesView(model);
        Tab delegationsTab = new Tab("Delegations", delegationsView);
        delegationsTab.setTooltip(new Tooltip("The delegations side by side: who leads, who sits in them, how senior"));
        Tab tablesTab = new Tab("Tables", tablesView);
        tablesTab.setTooltip(new Tooltip("Actors, links and quotes as sortable tables"));
        centreTabs.getTabs().addAll(mapTab, delegationsTab, tablesTab);
        centreTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        suggestions = new SuggestionFlow(model, stage, centreTabs, article::source);
        SplitPane split = new SplitPane(centreTabs, sideTabs);
        split.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(sideTabs, false);
        setTop(new VBox(menuBar(), toolBar()));
        setCenter(split);
        setBottom(statusBar());
        enableFileDrop();
        graphView.setOnOpen(id -> sideTabs.getSelectionModel().select(detailsTab));
        graphView.setOnBackground(escapeLadder::endHighlight);
        presentation.presentingProperty().addListener((o, was, now) -> {
            if (!now) {
                model.work().say("Presentation ended.");
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && escapeLadder.stepBack()) {
                e.consume();
            }
        });
        model.failureProperty().addListener(failureShown);
        model.articleRequestProperty().addListener(articleRequested);
        model.mapProperty().addListener(titleChanged);
        model.layoutProperty().addListener(layoutChanged);
        model.centreRequestProperty().addListener(centreRequested);
        model.themeProperty().addListener(themeChanged);
        model.selectionProperty().addListener(o -> {
            if (model.selectionProperty().get() instanceof Selection.OfLink link
                    && sideTabs.getSelectionModel().getSelectedItem() == articleTab) {
                model.showInArticle(link.link().evidence());
            } else if (!(model.selectionProperty().get() instanceof Selection.Nothing) && !article.isHover()
                    && !explorePane.isHover() && !explorePane.isFocusWithin()) {
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

    /** The explore state: find, filters, focus, paths, centrality, delegations. */
    public ExploreViewModel explore() {
        return explore;
    }

    /** The Explore panel. */
    public ExplorePane explorePane() {
        return explorePane;
    }

    /** The search box in the tool bar. */
    public FindField findField() {
        return findField;
    }

    /** The delegations side by side. */
    public DelegationsView delegationsView() {
        return delegationsView;
    }

    /** The actors, links and quotes tables. */
    public TablesView tablesView() {
        return tablesView;
    }

    /** The centre's tabs: Map, Delegations, Tables. */
    public TabPane centreTabs() {
        return centreTabs;
    }

    /** Brings the map to the front of the centre tabs. */
    public void showMap() {
        centreTabs.getSelectionModel().select(mapTab);
    }

    /** The chip that ends a highlight found on another tab. */
    public ClearHighlightChip clearHighlightChip() {
        return clearHighlight;
    }

    /** What Esc clears, one step at a time. */
    public EscapeLadder escapeLadder() {
        return escapeLadder;
    }

    /** The Story tab. */
    public StoryPane storyPane() {
        return storyPane;
    }

    /** Presentation mode (F5). */
    public PresentationMode presentation() {
        return presentation;
    }

    /** What Quit (and closing the window) does once nothing unsaved is left: by default, ends the application. */
    public void setOnQuit(Runnable action) {
        quit = action;
    }

    /** Asks about unsaved changes, then quits. */
    public void quitAfterAsking() {
        guard.proceed("closing", quit);
    }

    /** The question asked before unsaved changes would be lost. */
    public UnsavedChangesGuard guard() {
        return guard;
    }

    /** The article assistant's flow: suggesting and the review of suggestions. */
    public SuggestionFlow suggestions() {
        return suggestions;
    }

    /** Stops listening to the view model. */
    public void dispose() {
        suggestions.dispose();
        editMenu.dispose();
        model.session().removeListener(recentMenu);
        model.session().removeListener(sessionTitle);
        explorePane.dispose();
        escapeLadder.dispose();
        clearHighlight.dispose();
        delegationsView.dispose();
        tablesView.dispose();
        explore.dispose();
        model.centreRequestProperty().removeListener(centreRequested);
        graphView.dispose();
        storyPane.dispose();
        story.dispose();
        model.themeProperty().removeListener(themeChanged);
        details.dispose();
        article.dispose();
        model.failureProperty().removeListener(failureShown);
        model.articleRequestProperty().removeListener(articleRequested);
        model.mapProperty().removeListener(titleChanged);
        model.layoutProperty().removeListener(layoutChanged);
    }

    private MenuBar menuBar() {
        MenuItem newMap = item("New", "Shortcut+N", () -> guard.proceed("starting a new map",
                () -> model.openNew(NewMaps.empty())));
        MenuItem fromArticle = item("New from article…", null, this::newFromArticle);
        MenuItem open = item("Open dataset…", "Shortcut+O", this::chooseAndOpen);
        MenuItem bundled = item("Open the Istanbul talks", null, () -> guard.proceed("opening another map",
                model::openBundled));
        MenuItem addArticle = item("Add article…", null, this::addArticle);
        MenuItem suggestFrom = item("Suggest from article…", null, suggestions::suggestFromArticle);
        MenuItem export = item("Export…", "Shortcut+E", this::exportPng);
        MenuItem save = item("Save", "Shortcut+S", this::save);
        MenuItem saveAs = item("Save as…", "Shortcut+Shift+S", this::saveAs);
        MenuItem slides = item("Export story as slides…", null, this::exportSlides);
        MenuItem quitItem = item("Quit", "Shortcut+Q", this::quitAfterAsking);
        Menu file = new Menu("_File", null, newMap, fromArticle, open, recentMenu.menu(), bundled,
                new SeparatorMenuItem(), addArticle, suggestFrom, new SeparatorMenuItem(), save, saveAs, new SeparatorMenuItem(),
                export, slides, new SeparatorMenuItem(), quitItem);

        editMenu.menu().getItems().addAll(new SeparatorMenuItem(),
                item("Copy picture of the map", COPY_PICTURE, this::copyPicture));

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
        MenuItem find = item("Find actor…", "Shortcut+F", findField::focusField);
        MenuItem present = item("Present", "F5", () -> presentation.start(0));
        Menu view = new Menu("_View", null, find, new SeparatorMenuItem(), fit, zoomIn, zoomOut,
                new SeparatorMenuItem(), layouts, WorkTheme.menu(model), new SeparatorMenuItem(), legend, caption,
                edgeLabels, new SeparatorMenuItem(), present);

        MenuItem about = item("About Parley", null, this::showAbout);
        MenuItem shortcuts = item("Keyboard shortcuts", "F1", () -> ShortcutsSheet.show(stage));
        Menu help = new Menu("_Help", null, shortcuts, about);
        return new MenuBar(file, editMenu.menu(), view, help);
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
        Button open = Buttons.of("Open…", "Open a dataset (Ctrl+O); you can also drop a dataset, GraphML, GEXF, Cytoscape or CSV file on the window",
                this::chooseAndOpen);
        Button export = Buttons.of("Export…", "Export the map as PNG, SVG, GraphML, GEXF, DOT or CSV (Ctrl+E)",
                this::exportPng);
        ToggleGroup group = new ToggleGroup();
        HBox layoutBox = new HBox();
        layoutBox.getStyleClass().add("segmented");
        layoutBox.setAccessibleText("Layout");
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
        Button fit = Buttons.of("Fit", "Fit the whole map into the window (Ctrl+0)", graphView::fitToWindow);
        Button zoomOut = Buttons.of("−", "Zoom out (Ctrl+-)", graphView::zoomOut);
        Button zoomIn = Buttons.of("+", "Zoom in (Ctrl+=)", graphView::zoomIn);
        ToggleButton legend = new ToggleButton("Legend");
        legend.setTooltip(new Tooltip("Show or fold the legend under the map"));
        legend.selectedProperty().bindBidirectional(model.legendShownProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(open, export, new Separator(Orientation.VERTICAL), layoutBox,
                new Separator(Orientation.VERTICAL), fit, zoomOut, zoomIn, legend, spacer, findField);
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
            if (event.getDragboard().hasFiles() && openableFile(event.getDragboard().getFiles()) != null) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        setOnDragDropped(event -> {
            File file = openableFile(event.getDragboard().getFiles());
            if (file != null) {
                Platform.runLater(() -> openAfterAsking(file.toPath()));
            }
            event.setDropCompleted(file != null);
            event.consume();
        });
    }

    /** The first dropped file Parley opens: a dataset, another tool's graph file, or a folder of CSV tables. */
    private static File openableFile(List<File> files) {
        List<String> endings = app.parley.io.interop.DatasetFiles.patterns().stream().map(p -> p.substring(1)).toList();
        return files.stream().filter(f -> f.isDirectory() || endings.stream()
                .anyMatch(end -> f.getName().toLowerCase(java.util.Locale.ROOT).endsWith(end))).findFirst().orElse(null);
    }

    private void chooseAndOpen() {
        guard.proceed("opening another map", this::chooseAndOpenNow);
    }

    private void chooseAndOpenNow() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open dataset");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Parley datasets (*.json)", "*.json"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                "Datasets and graphs of other tools (JSON, GraphML, GEXF, Cytoscape JSON, CSV tables)",
                app.parley.io.interop.DatasetFiles.patterns()));
        if (lastFolder != null) {
            chooser.setInitialDirectory(lastFolder);
        }
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            lastFolder = file.getParentFile();
            model.open(file.toPath());
        }
    }

    /** Opens {@code file} once unsaved changes are saved or let go. */
    void openAfterAsking(Path file) {
        guard.proceed("opening another map", () -> model.open(file));
    }

    private void newFromArticle() {
        guard.proceed("starting a new map", () -> {
            NewMapDialog dialog = new NewMapDialog(stage, "New map from an article", "Create map", true);
            dialog.showAndWait().ifPresent(article -> suggestions.newFromArticle(article, dialog.suggestionsChosen()));
        });
    }

    private void addArticle() {
        if (model.mapProperty().get() != null) {
            new NewMapDialog(stage, "Add an article to the map", "Add article").showAndWait()
                    .flatMap(article -> model.edit(new AddSource(article)))
                    .ifPresent(added -> sideTabs.getSelectionModel().select(articleTab));
        }
    }

    private void copyPicture() {
        MapExport exporter = model.exporter(graphView.visibleWorld(), graphView.getWidth(), graphView.getHeight());
        if (exporter != null) {
            model.work().say(PictureCopy.copy(exporter, Clipboard.getSystemClipboard()));
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
                        exportTo(settings, target, view, viewWidth, viewHeight);
                    });
                });
    }

    /** Starts the export to {@code target} and follows it in a progress window once it takes a moment. */
    void exportTo(ExportSettings settings, Path target, Bounds view, double viewWidth, double viewHeight) {
        if (model.export(settings, target, view, viewWidth, viewHeight)) {
            ExportProgress.follow(stage, model.work(), model::cancelWork);
        }
    }

    private void dressControls() {
        WorkTheme.applyControls(model.themeProperty().get());
        WorkTheme.markContrast(this, model.themeProperty().get());
    }

    private void save() {
        saves.save(saved -> { });
    }

    private void saveAs() {
        saves.saveAs(saved -> { });
    }

    private void exportSlides() {
        if (model.mapProperty().get() == null) {
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export story as slides (one 1920 × 1080 PNG per step)");
        if (lastFolder != null) {
            chooser.setInitialDirectory(lastFolder);
        }
        File folder = chooser.showDialog(stage);
        if (folder != null) {
            lastFolder = folder;
            if (story.exportSlides(folder.toPath())) {
                ExportProgress.follow(stage, model.work(), model::cancelWork);
            }
        }
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
        stage.setTitle(map == null ? "Parley"
                : (model.session().dirty() ? "• " : "") + map.displayName() + " — Parley");
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
