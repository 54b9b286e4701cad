package app.parley.ui;

import app.parley.graph.ActorGraph;
import app.parley.graph.Link;
import app.parley.io.DatasetReader;
import app.parley.io.LoadResult;
import app.parley.io.interop.DatasetFiles;
import app.parley.io.interop.Opened;
import app.parley.layout.LayoutModel;
import app.parley.layout.Layouts;
import app.parley.model.Actor;
import app.parley.model.CardPosition;
import app.parley.model.Dataset;
import app.parley.model.Quote;
import app.parley.model.Span;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.PreparedGraph;
import app.parley.render.scene.Scene;
import app.parley.render.scene.TextMeasurer;
import app.parley.render.scene.Theme;
import app.parley.render.scene.ViewState;
import app.parley.session.CarriedPositions;
import app.parley.session.Command;
import app.parley.session.Edit;
import app.parley.session.MapExporter;
import app.parley.session.MapRedraw;
import app.parley.session.MapSession;
import app.parley.session.MoveCards;
import app.parley.session.NewMaps;
import app.parley.session.PinnedCards;
import app.parley.session.SessionEvent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of the main window and the commands that change it: the open map, its layout and scene, the selection,
 * the quotes shown, and requests to the article view. Views bind to the read-only properties and call the commands.
 */
public final class MainViewModel {

    /** The seed every force layout starts from, so the same map always looks the same. */
    public static final long LAYOUT_SEED = MapExporter.SEED;

    private final TextMeasurer measurer;
    private final BackgroundWork work = new BackgroundWork();
    private final PositionTween tween = new PositionTween();
    private final LayoutPreviews previews = new LayoutPreviews();
    private final ReadOnlyObjectWrapper<OpenMap> map = new ReadOnlyObjectWrapper<>(this, "map");
    private final ReadOnlyObjectWrapper<Scene> scene = new ReadOnlyObjectWrapper<>(this, "scene");
    private final ReadOnlyObjectWrapper<ViewState> viewState = new ReadOnlyObjectWrapper<>(this, "viewState", ViewState.NONE);
    private final ReadOnlyObjectWrapper<Selection> selection = new ReadOnlyObjectWrapper<>(this, "selection", Selection.NONE);
    private final ReadOnlyObjectWrapper<Layouts> layout = new ReadOnlyObjectWrapper<>(this, "layout", Layouts.TABLE);
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(this, "theme", Theme.LIGHT);
    private final ReadOnlyObjectWrapper<OpenFailure> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private final ReadOnlyObjectWrapper<ArticleRequest> articleRequest = new ReadOnlyObjectWrapper<>(this, "articleRequest");
    private final ReadOnlyLongWrapper fitRequests = new ReadOnlyLongWrapper(this, "fitRequests");
    private final ReadOnlyObjectWrapper<CentreRequest> centreRequest = new ReadOnlyObjectWrapper<>(this, "centreRequest");
    private final BooleanProperty legendShown = new SimpleBooleanProperty(this, "legendShown", true);
    private final BooleanProperty captionShown = new SimpleBooleanProperty(this, "captionShown", true);
    private final ObservableList<Quote> quotes = FXCollections.observableArrayList();
    private final ObservableList<Quote> quotesView = FXCollections.unmodifiableObservableList(quotes);
    private final MapSession session = new MapSession(NewMaps.empty(), null);
    private final MapSaver saver;
    private LayoutModel positions;
    /** Where the layout had put cards before the user first dragged them, for undoing that first move. */
    private final Map<String, CardPosition> layoutHomes = new HashMap<>();
    private final SessionBridge bridge;
    private final WordPointing pointing = new WordPointing(session);
    private double[] cardScales;
    private long articleSerial;
    private long centreSerial;

    /** A view model that measures card text with {@code measurer}. */
    public MainViewModel(TextMeasurer measurer) {
        this.measurer = Objects.requireNonNull(measurer);
        this.saver = new MapSaver(session, work);
        session.addListener(this::sessionChanged);
        this.bridge = new SessionBridge(this);
    }

    // ---- read-only state -------------------------------------------------------------------------------------------

    /** The map open in the window, or {@code null} before the first one is ready. */
    public ReadOnlyObjectProperty<OpenMap> mapProperty() {
        return map.getReadOnlyProperty();
    }

    /** The geometry to draw. */
    public ReadOnlyObjectProperty<Scene> sceneProperty() {
        return scene.getReadOnlyProperty();
    }

    /** Selection, hover and highlight as the painter needs them. */
    public ReadOnlyObjectProperty<ViewState> viewStateProperty() {
        return viewState.getReadOnlyProperty();
    }

    /** What is selected. */
    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** The layout shown (or being computed). */
    public ReadOnlyObjectProperty<Layouts> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    /** The colours and type sizes. */
    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    /** The last file that could not be opened, with its problems. */
    public ReadOnlyObjectProperty<OpenFailure> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** The latest request to show words in the article. */
    public ReadOnlyObjectProperty<ArticleRequest> articleRequestProperty() {
        return articleRequest.getReadOnlyProperty();
    }

    /** Increases each time the view should fit the whole graph into the window. */
    public ReadOnlyLongProperty fitRequestsProperty() {
        return fitRequests.getReadOnlyProperty();
    }

    /** The latest request to bring an actor's card into the middle of the graph view. */
    public ReadOnlyObjectProperty<CentreRequest> centreRequestProperty() {
        return centreRequest.getReadOnlyProperty();
    }

    /** Whether the legend is drawn on the graph. */
    public BooleanProperty legendShownProperty() {
        return legendShown;
    }

    /** Whether the source caption is drawn on the graph. */
    public BooleanProperty captionShownProperty() {
        return captionShown;
    }

    /** The quotes of the selected actor, or every quote when no actor is selected. */
    public ObservableList<Quote> quotes() {
        return quotesView;
    }

    /** Long work and its progress. */
    public BackgroundWork work() {
        return work;
    }

    /** The measurer cards are measured with. */
    public TextMeasurer measurer() {
        return measurer;
    }

    /** The open map as the user edits it: every change goes through its commands and can be undone. */
    public MapSession session() {
        return session;
    }

    /** Saves the open map; saves run beside other work and are never cancelled by it. */
    public MapSaver saver() {
        return saver;
    }

    /** The session as the editing gestures use it: refusals and revisions as properties. */
    public SessionBridge bridge() {
        return bridge;
    }

    /** Asking the user to point at words of the article (a link's new evidence, a new role's words). */
    public WordPointing pointing() {
        return pointing;
    }

    /** The positions shown now (a copy). */
    public LayoutModel positions() {
        return positions == null ? null : positions.copy();
    }

    // ---- opening ---------------------------------------------------------------------------------------------------

    /** Opens the Istanbul dataset that ships with Parley. */
    public void openBundled() {
        work.start("Opening the Istanbul talks", monitor -> prepare(null, DatasetReader.istanbul(), monitor),
                this::show, work::say);
    }

    /** Opens a dataset file; if it has errors, the current map stays and {@link #failureProperty()} reports them. */
    public void open(Path file) {
        work.start("Opening " + file.getFileName(), monitor -> {
            Opened opened = new DatasetFiles().open(file);
            LoadResult result = opened.result();
            if (!result.ok()) {
                return new Prepared(null, null, null, new OpenFailure(file, result.problems()), true);
            }
            Path savable = FilePositions.savable(file);
            Prepared prepared = prepare(savable, result.dataset(), savable == null, monitor);
            FilePositions.pin(opened.positions(), prepared.map().prepared().graph(), prepared.positions());
            return prepared.withNotes(opened.unmapped());
        }, this::show, work::say);
    }

    /** A map made ready off the JavaFX thread: either a map, its layout kind and positions, or a failure. */
    private record Prepared(OpenMap map, Layouts layout, LayoutModel positions, OpenFailure failure, boolean saved,
                            List<String> notes) {

        Prepared(OpenMap map, Layouts layout, LayoutModel positions, OpenFailure failure, boolean saved) {
            this(map, layout, positions, failure, saved, List.of());
        }

        Prepared withNotes(List<String> newNotes) {
            return new Prepared(map, layout, positions, failure, saved, newNotes);
        }
    }

    /**
     * Opens a new map that is not saved yet (File › New, New from article); it counts as unsaved work unless it is
     * still empty.
     */
    public void openNew(Dataset dataset) {
        if (dataset.equals(NewMaps.empty())) {
            work.start("Opening a new map", monitor -> prepare(null, dataset, false, monitor), this::show, work::say);
        } else {
            openUnsaved(dataset, null);
        }
    }

    /**
     * Opens a map holding unsaved work (a new map, or one restored after a crash) that belongs to {@code file}, or to
     * no file yet when {@code null}.
     */
    public void openUnsaved(Dataset dataset, Path file) {
        work.start("Opening " + dataset.title(), monitor -> prepare(file, dataset, true, monitor), this::show,
                work::say);
    }

    private Prepared prepare(Path file, Dataset dataset, JobMonitor monitor) {
        return prepare(file, dataset, false, monitor);
    }

    private Prepared prepare(Path file, Dataset dataset, boolean unsaved, JobMonitor monitor) {
        monitor.message("Measuring " + dataset.actors().size() + " actors");
        PreparedGraph prepared = PreparedGraph.of(dataset, theme.get(), measurer);
        OpenMap opened = new OpenMap(file, prepared);
        Layouts kind = Layouts.defaultFor(prepared.graph());
        monitor.message("Laying out " + dataset.actors().size() + " actors");
        LayoutModel model = prepared.emptyLayout();
        PinnedCards.apply(prepared.graph(), model);
        kind.create(prepared.graph(), LAYOUT_SEED).apply(prepared.layoutGraph(), model,
                previews.watch(monitor, prepared, (reached, sketch) -> showOpening(opened, kind, reached, sketch)));
        PinnedCards.apply(prepared.graph(), model);
        return new Prepared(opened, kind, model, null, !unsaved);
    }

    /** Shows a map being opened while its layout runs: the first preview replaces the open map. */
    private void showOpening(OpenMap opened, Layouts kind, LayoutModel reached, Scene sketch) {
        boolean first = map.get() != opened;
        if (first) {
            tween.stop();
            map.set(opened);
            layout.set(kind);
            selection.set(Selection.NONE);
            viewState.set(ViewState.NONE.withEdgeLabels(viewState.get().edgeLabels()));
            refreshQuotes();
        }
        positions = reached;
        scene.set(sketch);
        if (first) {
            fitRequests.set(fitRequests.get() + 1);
        }
    }

    private void show(Prepared prepared) {
        if (prepared.failure() != null) {
            failure.set(prepared.failure());
            work.say("Could not open " + prepared.failure().file().getFileName() + "; the current map stays open.");
            return;
        }
        previews.stop();
        tween.stop();
        cardScales = null;
        map.set(prepared.map());
        layout.set(prepared.layout());
        selection.set(Selection.NONE);
        viewState.set(ViewState.NONE.withEdgeLabels(viewState.get().edgeLabels()));
        positions = prepared.positions();
        layoutHomes.clear();
        session.open(prepared.map().dataset(), prepared.map().file(), prepared.saved());
        scene.set(prepared.map().prepared().scene(positions, cardScales));
        refreshQuotes();
        fitRequests.set(fitRequests.get() + 1);
        work.say(prepared.map().displayName() + ": " + prepared.map().dataset().summary() + "."
                + (prepared.notes().isEmpty() ? "" : " Not brought over: " + String.join("; ", prepared.notes()) + "."));
    }

    // ---- layout ----------------------------------------------------------------------------------------------------

    /** Lays the map out again with {@code kind}, off the JavaFX thread, then moves the cards smoothly there. */
    public void applyLayout(Layouts kind) {
        OpenMap current = map.get();
        if (current == null) {
            return;
        }
        layout.set(kind);
        PreparedGraph prepared = current.prepared();
        LayoutModel start = positions.copy();
        Map<String, CardPosition> pinned = session.dataset().positions();
        work.start(kind.label() + " layout", monitor -> {
            LayoutModel model = start.copy();
            if (kind != Layouts.FORCE) {
                for (int v = 0; v < model.size(); v++) {
                    model.pin(v, false);
                }
            }
            kind.create(prepared.graph(), LAYOUT_SEED).apply(prepared.layoutGraph(), model,
                    previews.watch(monitor, prepared, (reached, sketch) -> {
                        if (map.get() == current) {
                            positions = reached;
                            scene.set(sketch);
                        }
                    }));
            PinnedCards.apply(prepared.graph(), pinned, model);
            return model;
        }, target -> {
            previews.stop();
            if (map.get() == current) {
                layoutHomes.clear();
                tween.animate(positions, target, this::showPositions, this::fit);
                work.say(kind.label() + " layout.");
            }
        }, work::say);
    }

    private void showPositions(LayoutModel model) {
        positions = model;
        PreparedGraph prepared = map.get().prepared();
        boolean changeable = cardScales == null && !work.busyProperty().get();
        scene.set(changeable ? MapRedraw.moved(prepared, scene.get(), model).scene()
                : prepared.scene(model, cardScales));
    }

    /**
     * Records where the layout had cards the user is about to place for the first time, so that undoing the move puts
     * them back there.
     */
    void rememberLayoutHomes(Map<String, CardPosition> layoutPositions) {
        layoutPositions.forEach((id, at) -> {
            if (!session.dataset().positions().containsKey(id)) {
                layoutHomes.putIfAbsent(id, at);
            }
        });
    }

    /** Moves an actor's card to a world position and pins it there. */
    public void moveActor(String actorId, double x, double y) {
        OpenMap current = map.get();
        if (current == null) {
            return;
        }
        int v = current.prepared().graph().indexOf(actorId);
        if (v < 0) {
            return;
        }
        tween.stop();
        if (!session.dataset().positions().containsKey(actorId)) {
            layoutHomes.putIfAbsent(actorId, new CardPosition(positions.x(v), positions.y(v)));
        }
        LayoutModel moved = positions.copy();
        moved.set(v, x, y);
        moved.pin(v, true);
        showPositions(moved);
    }

    /**
     * Draws the map in another theme: cards are measured again and, where their sizes change, laid out again with the
     * current layout; otherwise every card stays where it is.
     */
    public void setTheme(Theme next) {
        theme.set(Objects.requireNonNull(next));
        OpenMap current = map.get();
        if (current == null) {
            return;
        }
        tween.stop();
        PreparedGraph remeasured = PreparedGraph.of(current.prepared().graph(), next, measurer);
        Scene before = scene.get();
        map.set(new OpenMap(current.file(), remeasured));
        showPositions(positions);
        boolean sameSizes = before != null && java.util.stream.IntStream.range(0, before.nodes().size()).allMatch(v ->
                before.nodes().get(v).box().equals(scene.get().nodes().get(v).box()));
        if (!sameSizes) {
            applyLayout(layout.get());
        }
    }

    /**
     * Pins the cards of {@code actorIds} where they are now, as one undoable step (after the user dragged them with
     * {@link #moveActor}).
     */
    public void commitMoves(Collection<String> actorIds) {
        OpenMap current = map.get();
        if (current == null) {
            return;
        }
        Map<String, CardPosition> targets = new LinkedHashMap<>();
        for (String id : actorIds) {
            int v = current.prepared().graph().indexOf(id);
            if (v >= 0) {
                targets.put(id, new CardPosition(positions.x(v), positions.y(v)));
            }
        }
        if (!targets.isEmpty()) {
            edit(new MoveCards(targets));
        }
    }

    /**
     * Carries out an edit of the open map; a refused edit changes nothing and says why on the status line.
     *
     * @return the edit made, or empty when it was refused
     */
    public Optional<Edit> edit(Command command) {
        return bridge.execute(command);
    }

    /** Takes back the last edit. */
    public void undo() {
        session.undo().ifPresent(edit -> work.say("Undone: " + edit.label() + "."));
    }

    /** Makes the last undone edit again. */
    public void redo() {
        session.redo().ifPresent(edit -> work.say("Redone: " + edit.label() + "."));
    }

    private void sessionChanged(SessionEvent event) {
        OpenMap current = map.get();
        if (current == null) {
            return;
        }
        if (event.kind() == SessionEvent.Kind.SAVED) {
            if (!Objects.equals(event.file(), current.file())) {
                map.set(new OpenMap(event.file(), current.prepared()));
            }
            return;
        }
        if (event.kind() == SessionEvent.Kind.OPENED || event.edit() == null) {
            return;
        }
        tween.stop();
        if (event.edit().onlyPositions()) {
            LayoutModel moved = positions.copy();
            ActorGraph graph = current.prepared().graph();
            for (int v = 0; v < moved.size(); v++) {
                String id = graph.actors().get(v).id();
                CardPosition placed = event.dataset().positions().get(id);
                CardPosition home = layoutHomes.get(id);
                if (placed != null) {
                    moved.set(v, placed.x(), placed.y());
                } else if (moved.pinned(v) && home != null && event.kind() == SessionEvent.Kind.UNDONE) {
                    moved.set(v, home.x(), home.y());
                }
                moved.pin(v, placed != null);
            }
            showPositions(moved);
            return;
        }
        MapRedraw.Redrawn redrawn = redraw(current.prepared(), event.dataset());
        cardScales = null;
        Selection selected = selection.get();
        selection.set(Selection.NONE);
        map.set(new OpenMap(event.file(), redrawn.prepared()));
        positions = redrawn.positions();
        scene.set(redrawn.scene());
        if (selected instanceof Selection.OfActor of) {
            selectActor(of.actor().id());
        } else if (selected instanceof Selection.OfLink of) {
            selectLink(of.link().id());
        } else {
            refreshQuotes();
        }
    }

    /**
     * The map drawn after an edit: changed where the edit changed it ({@link MapRedraw}), or built whole while a job
     * (a layout, an export) may still read the graph and scene the change would be made in.
     */
    private MapRedraw.Redrawn redraw(PreparedGraph before, Dataset edited) {
        if (work.busyProperty().get()) {
            PreparedGraph next = PreparedGraph.of(edited, theme.get(), measurer);
            LayoutModel carried = CarriedPositions.carry(before.graph(), positions, next.graph());
            return new MapRedraw.Redrawn(next, carried, next.scene(carried), false);
        }
        return MapRedraw.after(before, positions, cardScales == null ? scene.get() : null, edited);
    }

    /** Asks the view to fit the whole graph into the window. */
    public void fit() {
        fitRequests.set(fitRequests.get() + 1);
    }

    /** Cancels the running job; a layout shown while it ran stays where it got to. */
    public void cancelWork() {
        previews.stop();
        work.cancel();
    }

    // ---- selection -------------------------------------------------------------------------------------------------

    /** Selects an actor by id; an unknown id clears the selection. */
    public void selectActor(String actorId) {
        OpenMap current = map.get();
        Actor actor = current == null ? null : current.prepared().graph().actor(actorId).orElse(null);
        if (actor == null) {
            clearSelection();
            return;
        }
        selection.set(new Selection.OfActor(actor));
        viewState.set(viewState.get().withSelectedActor(actor.id()));
        refreshQuotes();
    }

    /** Selects a link (role or relation) by id. */
    public void selectLink(String linkId) {
        OpenMap current = map.get();
        if (current == null) {
            return;
        }
        current.prepared().graph().links().stream().filter(l -> l.id().equals(linkId)).findFirst().ifPresentOrElse(link -> {
            selection.set(new Selection.OfLink(link));
            viewState.set(viewState.get().withSelectedLink(link.id()));
            refreshQuotes();
        }, this::clearSelection);
    }

    /** Selects nothing; the quote list then shows every quote. */
    public void clearSelection() {
        selection.set(Selection.NONE);
        viewState.set(viewState.get().withSelectedActor(null));
        refreshQuotes();
    }

    /** Selects the speaker of a quote on the graph. */
    public void selectSpeaker(Quote quote) {
        selectActor(quote.speakerId());
    }

    /** Highlights an actor and its neighbours while the pointer rests on it; {@code null} when it leaves. */
    public void hover(String actorId) {
        if (!Objects.equals(actorId, viewState.get().hoveredActor())) {
            viewState.set(viewState.get().withHoveredActor(actorId));
        }
    }

    /**
     * Makes some actors and links stand out (a path, a neighbourhood, a chain of authority); the rest fade. Empty sets
     * end the highlight. Hovering an actor still shows its own neighbourhood meanwhile.
     */
    public void setHighlight(Set<String> actors, Set<String> links) {
        ViewState state = viewState.get();
        if (!state.highlightedActors().equals(actors) || !state.highlightedLinks().equals(links)) {
            viewState.set(state.withHighlight(actors, links));
        }
    }

    /**
     * Hides actors and links (filters, a focus): they are neither drawn nor hit by the pointer, and every other card
     * stays where it is. A link whose end is hidden is hidden too. Empty sets show everything.
     */
    public void setHidden(Set<String> actors, Set<String> links) {
        ViewState state = viewState.get();
        if (!state.hiddenActors().equals(actors) || !state.hiddenLinks().equals(links)) {
            viewState.set(state.withHidden(actors, links));
        }
    }

    /**
     * Draws cards larger or smaller about their centres, by actor id (1 is the measured size; actors left out stay
     * at 1); an empty map draws every card at its measured size. Cards do not move; links and clicks follow the new
     * sizes.
     */
    public void setCardScales(Map<String, Double> factors) {
        OpenMap current = map.get();
        if (current == null) {
            return;
        }
        double[] scales = null;
        if (!factors.isEmpty()) {
            scales = new double[current.prepared().graph().size()];
            Arrays.fill(scales, 1);
            for (Map.Entry<String, Double> entry : factors.entrySet()) {
                int v = current.prepared().graph().indexOf(entry.getKey());
                if (!(entry.getValue() > 0)) {
                    throw new IllegalArgumentException("Card scale must be positive: " + entry);
                }
                if (v >= 0) {
                    scales[v] = entry.getValue();
                }
            }
        }
        if (!Arrays.equals(scales, cardScales)) {
            cardScales = scales;
            scene.set(current.prepared().scene(positions, cardScales));
        }
    }

    /** Asks the graph view to bring an actor's card into its middle. */
    public void centreOn(String actorId) {
        centreRequest.set(new CentreRequest(Objects.requireNonNull(actorId, "actorId"), ++centreSerial));
    }

    /** Turns edge labels on or off. */
    public void setEdgeLabels(boolean shown) {
        viewState.set(viewState.get().withEdgeLabels(shown));
    }

    /**
     * Exports the map as the settings say (a picture, or the map's data) off the JavaFX thread, reporting progress; a
     * cancelled or failed export leaves any existing file untouched.
     *
     * @param settings   what to export
     * @param file       where to write (a folder for CSV)
     * @param view       the world rectangle the window shows (for the current view)
     * @param viewWidth  the graph view's width in pixels
     * @param viewHeight the graph view's height in pixels
     * @return whether the export started (the status line says why when it could not)
     */
    public boolean export(ExportSettings settings, Path file, Bounds view, double viewWidth, double viewHeight) {
        MapExport export = exporter(view, viewWidth, viewHeight);
        return export != null && export.start(work, settings, file);
    }

    /** An export of the map as shown now (hover left out), or {@code null} before a map is open. */
    MapExport exporter(Bounds view, double viewWidth, double viewHeight) {
        OpenMap current = map.get();
        if (current == null || scene.get() == null) {
            return null;
        }
        return new MapExport(current, scene.get(), viewState.get(), theme.get(), measurer, view, viewWidth,
                viewHeight);
    }

    /** Opens the article at a span, highlighted and scrolled into view. */
    public void showInArticle(Span span) {
        articleRequest.set(new ArticleRequest(span, ++articleSerial));
    }

    private void refreshQuotes() {
        OpenMap current = map.get();
        if (current == null) {
            quotes.clear();
            return;
        }
        List<Quote> all = current.dataset().quotes();
        Selection selected = selection.get();
        List<Quote> shown;
        if (selected instanceof Selection.OfActor of) {
            String id = of.actor().id();
            shown = all.stream().filter(q -> q.speakerId().equals(id) || id.equals(q.reportedById())).toList();
        } else if (selected instanceof Selection.OfLink of) {
            Link link = of.link();
            shown = all.stream().filter(q -> q.speakerId().equals(link.fromId()) && q.aboutIds().contains(link.toId()))
                    .toList();
        } else {
            shown = all;
        }
        quotes.setAll(shown.stream().sorted(Comparator.comparingInt(q -> q.span().start())).toList());
    }
}
