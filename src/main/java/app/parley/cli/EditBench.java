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
import app.parley.session.CarriedPositions;
import app.parley.session.Command;
import app.parley.session.DeleteActor;
import app.parley.session.EditActor;
import app.parley.session.EditRefused;
import app.parley.session.MapSession;
import app.parley.session.MoveCards;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Measures editing a generated map as the window edits it: an actor added, and one deleted, each with the window's
 * redraw (graph rebuilt, cards kept in place, scene built, one frame painted), and undoing a thousand edits.
 */
final class EditBench {

    private static final Theme THEME = Theme.LIGHT;

    /**
     * What was measured on one map, in milliseconds (medians over the runs).
     *
     * @param actors       the map's actors
     * @param addEdit      carrying out an Add actor command
     * @param addRedraw    the redraw after it: rebuild, carry positions, scene, one frame
     * @param deleteEdit   carrying out a Delete actor command (with its links)
     * @param deleteRedraw the redraw after it
     * @param edits        how many edits were undone
     * @param undoAll      undoing all of them, one by one
     */
    record Figures(int actors, double addEdit, double addRedraw, double deleteEdit, double deleteRedraw, int edits,
                   double undoAll) {

        /** One line for the table's reader. */
        String line() {
            return String.format(Locale.ROOT, "editing %,d actors: add %.1f + redraw %.1f ms, delete %.1f + redraw "
                    + "%.1f ms (medians); undo of %,d edits %.0f ms (%.2f ms each)", actors, addEdit, addRedraw,
                    deleteEdit, deleteRedraw, edits, undoAll, undoAll / edits);
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
        Bounds view = prepared.scene(positions).bounds();
        MapSession session = new MapSession(dataset, null);
        double[] addEdit = new double[runs];
        double[] addRedraw = new double[runs];
        double[] deleteEdit = new double[runs];
        double[] deleteRedraw = new double[runs];
        Relation evidence = dataset.relations().get(0);
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            String added = session.execute(new AddActor("Ayşe Yılmaz " + run, ActorKind.PERSON, Side.TURKEY))
                    .createdId();
            session.execute(new AddRelation(added, RelationType.MET_WITH, evidence.toId(), evidence.evidence()));
            addEdit[run] = millisSince(start);
            start = System.nanoTime();
            Redrawn afterAdd = redraw(prepared, positions, session.dataset(), timer, view);
            addRedraw[run] = millisSince(start);
            start = System.nanoTime();
            session.execute(new DeleteActor(added));
            deleteEdit[run] = millisSince(start);
            start = System.nanoTime();
            Redrawn afterDelete = redraw(afterAdd.prepared(), afterAdd.positions(), session.dataset(), timer, view);
            deleteRedraw[run] = millisSince(start);
            prepared = afterDelete.prepared();
            positions = afterDelete.positions();
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
                BenchRun.percentile(deleteEdit, 0.5), BenchRun.percentile(deleteRedraw, 0.5), edits, undoAll);
    }

    /** A map redrawn after an edit. */
    private record Redrawn(PreparedGraph prepared, LayoutModel positions) {
    }

    /** What the window does after an edit: rebuild the graph, keep every card in place, build the scene, paint. */
    private Redrawn redraw(PreparedGraph before, LayoutModel positions, Dataset edited, FrameTimer timer, Bounds view) {
        PreparedGraph next = PreparedGraph.of(edited, THEME, measurer);
        LayoutModel carried = CarriedPositions.carry(before.graph(), positions, next.graph());
        Scene scene = next.scene(carried);
        timer.time(new GraphDrawing(scene, THEME, ViewState.NONE), THEME.background(), List.of(), List.of(view),
                false);
        return new Redrawn(next, carried);
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
