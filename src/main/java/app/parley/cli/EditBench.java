package app.parley.cli;

import app.parley.io.synthetic.SyntheticDataset;
import app.parley.layout.ForceLayout;
import app.parley.layout.LayoutModel;
import app.parley.layout.LayoutMonitor;
import app.parley.model.ActorKind;
import app.parley.model.CardPosition;
import app.parley.model.Dataset;
import app.parley.model.Relation;
import app.parley.model.RelationType;
import app.parley.model.Side;
import app.parley.render.fx.FrameTimer;
import app.parley.render.fx.FxTextMeasurer;
import app.parley.render.paint.GraphDrawing;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.PreparedGraph;
import app.parley.render.scene.Scene;
import app.parley.render.scene.Theme;
import app.parley.render.scene.ViewState;
import app.parley.session.AddActor;
import app.parley.session.AddRelation;
import app.parley.session.Command;
import app.parley.session.DeleteActor;
import app.parley.session.EditActor;
import app.parley.session.EditRefused;
import app.parley.session.MapRedraw;
import app.parley.session.MapSession;
import app.parley.session.MoveCards;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * Measures editing a generated map as the window edits it: an actor added, one deleted and a card moved, each with
 * the window's redraw ({@link MapRedraw}: graph, cards and scene changed where the edit changed them, every other card
 * kept in place, and one frame painted where the picture changed), and undoing a thousand edits.
 */
final class EditBench {

    private static final Theme THEME = Theme.LIGHT;
    /** Edits of each kind made before the measured ones, so that the code they run is compiled, as in a window used. */
    private static final int WARM_UP = 5;

    /**
     * What was measured on one map, in milliseconds (medians over the runs).
     *
     * @param actors       the map's actors
     * @param addEdit      carrying out an Add actor command
     * @param addRedraw    the redraw after it: graph, positions and scene brought up to date, one frame
     * @param deleteEdit   carrying out a Delete actor command (with its links)
     * @param deleteRedraw the redraw after it
     * @param moveEdit     carrying out a Move cards command for one card
     * @param moveRedraw   the redraw after it, as the window redraws a move
     * @param edits        how many edits were undone
     * @param undoAll      undoing all of them, one by one
     * @param wholeBuilds  how many of the redraws built the scene whole rather than changing it where the edit did
     */
    record Figures(int actors, double addEdit, double addRedraw, double deleteEdit, double deleteRedraw,
                   double moveEdit, double moveRedraw, int edits, double undoAll, int wholeBuilds) {

        /** One line for the table's reader. */
        String line() {
            return String.format(Locale.ROOT, "editing %,d actors: add %.1f + redraw %.1f ms, delete %.1f + redraw "
                    + "%.1f ms, move %.1f + redraw %.1f ms (medians); undo of %,d edits %.0f ms (%.2f ms each)",
                    actors, addEdit, addRedraw, deleteEdit, deleteRedraw, moveEdit, moveRedraw, edits, undoAll,
                    undoAll / edits)
                    + (wholeBuilds == 0 ? "" : String.format(Locale.ROOT, "; %d redraws built whole", wholeBuilds));
        }
    }

    private final FxTextMeasurer measurer = new FxTextMeasurer();
    private final int width;
    private final int height;
    private final int runs;
    private final int edits;

    EditBench(int width, int height, int runs, int edits) {
        this.width = width;
        this.height = height;
        this.runs = runs;
        this.edits = edits;
    }

    /** Measures a generated map of {@code actors} actors and {@code edges} edges. */
    Figures measure(int actors, int edges, long seed) throws EditRefused {
        Dataset dataset = SyntheticDataset.generate(SyntheticDataset.Settings.withEdges(actors, edges, seed));
        PreparedGraph prepared = PreparedGraph.of(dataset, THEME, measurer);
        LayoutModel positions = prepared.layOut(new ForceLayout(seed), LayoutMonitor.NONE);
        FrameTimer timer = new FrameTimer(width, height);
        Scene scene = prepared.scene(positions);
        Bounds view = scene.bounds();
        timer.time(new GraphDrawing(scene, THEME, ViewState.NONE), THEME.background(), List.of(), List.of(view), false);
        MapRedraw.Redrawn shown = new MapRedraw.Redrawn(prepared, positions, scene, false);
        MapSession session = new MapSession(dataset, null);
        double[] addEdit = new double[runs];
        double[] addRedraw = new double[runs];
        double[] deleteEdit = new double[runs];
        double[] deleteRedraw = new double[runs];
        double[] moveEdit = new double[runs];
        double[] moveRedraw = new double[runs];
        Relation evidence = dataset.relations().get(0);
        int incremental = 0;
        for (int run = -WARM_UP; run < runs; run++) {
            int at = Math.max(run, 0);
            long start = System.nanoTime();
            String added = session.execute(new AddActor("Ayşe Yılmaz " + run, ActorKind.PERSON, Side.TURKEY))
                    .createdId();
            session.execute(new AddRelation(added, RelationType.MET_WITH, evidence.toId(), evidence.evidence()));
            addEdit[at] = millisSince(start);
            start = System.nanoTime();
            shown = redraw(shown, session.dataset(), timer, view);
            addRedraw[at] = millisSince(start);
            boolean addFollowed = shown.incremental();
            start = System.nanoTime();
            session.execute(new DeleteActor(added));
            deleteEdit[at] = millisSince(start);
            start = System.nanoTime();
            shown = redraw(shown, session.dataset(), timer, view);
            deleteRedraw[at] = millisSince(start);
            boolean deleteFollowed = shown.incremental();
            int v = Math.floorMod(run * 7919, dataset.actors().size());
            String card = shown.prepared().graph().actors().get(v).id();
            double x = shown.positions().x(v) + 60;
            double y = shown.positions().y(v) + 40;
            start = System.nanoTime();
            session.execute(MoveCards.one(card, new CardPosition(x, y)));
            moveEdit[at] = millisSince(start);
            start = System.nanoTime();
            shown = move(shown, v, x, y, timer, view);
            moveRedraw[at] = millisSince(start);
            if (run >= 0) {
                incremental += (addFollowed ? 1 : 0) + (deleteFollowed ? 1 : 0) + (shown.incremental() ? 1 : 0);
            }
        }
        MapSession undoing = new MapSession(dataset, null);
        Random random = new Random(seed);
        for (int i = 0; i < edits; i++) {
            undoing.execute(randomEdit(undoing.dataset(), random, i));
        }
        long start = System.nanoTime();
        while (undoing.canUndo()) {
            undoing.undo();
        }
        double undoAll = millisSince(start);
        if (!undoing.dataset().equals(dataset)) {
            throw new IllegalStateException("Undoing every edit did not give back the map");
        }
        return new Figures(actors, BenchRun.percentile(addEdit, 0.5), BenchRun.percentile(addRedraw, 0.5),
                BenchRun.percentile(deleteEdit, 0.5), BenchRun.percentile(deleteRedraw, 0.5),
                BenchRun.percentile(moveEdit, 0.5), BenchRun.percentile(moveRedraw, 0.5), edits, undoAll,
                3 * runs - incremental);
    }

    /**
     * What the window does after an edit: brings the graph, positions and scene up to date, then paints one frame,
     * only where the scene changed when it was changed rather than built whole.
     */
    private static MapRedraw.Redrawn redraw(MapRedraw.Redrawn before, Dataset edited, FrameTimer timer, Bounds view) {
        return paint(before, MapRedraw.after(before.prepared(), before.positions(), before.scene(), edited), timer,
                view);
    }

    /** Paints one frame of {@code next}, only where it changed since {@code before} when it was changed from it. */
    private static MapRedraw.Redrawn paint(MapRedraw.Redrawn before, MapRedraw.Redrawn next, FrameTimer timer,
                                           Bounds view) {
        GraphDrawing drawing = new GraphDrawing(next.scene(), THEME, ViewState.NONE);
        Optional<Bounds> changed = next.scene().damageSince(before.scene());
        if (changed.isPresent()) {
            timer.timeRepaint(drawing, THEME.background(), List.of(), view, changed.get());
        } else {
            timer.time(drawing, THEME.background(), List.of(), List.of(view), false);
        }
        return next;
    }

    /**
     * What the window does after a card was moved to ({@code x}, {@code y}) and pinned there: the scene changed where
     * the card and its links were and are ({@link MapRedraw#moved}), then one frame painted where it changed.
     */
    private static MapRedraw.Redrawn move(MapRedraw.Redrawn before, int v, double x, double y, FrameTimer timer,
                                          Bounds view) {
        LayoutModel moved = before.positions().copy();
        moved.set(v, x, y);
        moved.pin(v, true);
        return paint(before, MapRedraw.moved(before.prepared(), before.scene(), moved), timer, view);
    }

    /** A mix of the edits people make most: moving cards, renaming, adding and deleting actors. */
    private static Command randomEdit(Dataset map, Random random, int i) {
        String actor = map.actors().get(random.nextInt(map.actors().size())).id();
        return switch (random.nextInt(4)) {
            case 0 -> MoveCards.one(actor, new CardPosition(random.nextInt(1000), random.nextInt(1000)));
            case 1 -> new EditActor(actor, "Renamed " + i, ActorKind.PERSON, Side.OTHER, List.of());
            case 2 -> new AddActor("Added " + i, ActorKind.STATE, Side.EUROPE_NATO);
            default -> new DeleteActor(actor);
        };
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
