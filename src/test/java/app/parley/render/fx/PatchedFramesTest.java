package app.parley.render.fx;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.io.synthetic.SyntheticDataset;
import app.parley.layout.ForceLayout;
import app.parley.layout.LayoutModel;
import app.parley.layout.LayoutMonitor;
import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.Dataset;
import app.parley.model.Relation;
import app.parley.model.RelationType;
import app.parley.model.Side;
import app.parley.render.paint.GraphDrawing;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.NodeShape;
import app.parley.render.scene.PreparedGraph;
import app.parley.render.scene.Scene;
import app.parley.render.scene.Theme;
import app.parley.render.scene.ViewState;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.Canvas;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A frame painted only where an edit changed the scene, against the frame painted in full. */
class PatchedFramesTest {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 400;

    @ParameterizedTest(name = "{0} pixels per world unit")
    @ValueSource(doubles = {0.6, 0.04})
    void aFramePaintedWhereAnEditChangedTheSceneLooksAsOnePaintedInFull(double scale) {
        Dataset before = SyntheticDataset.generate(SyntheticDataset.Settings.of(800, 2400, 4));
        PreparedGraph prepared = PreparedGraph.of(before, Theme.LIGHT, new FxTextMeasurer());
        LayoutModel positions = prepared.layOut(new ForceLayout(4), LayoutMonitor.NONE);
        Scene scene = prepared.scene(positions);
        NodeShape middle = scene.nodes().get(scene.nodes().size() / 2);
        Bounds window = new Bounds(middle.box().centerX() - WIDTH / scale / 2,
                middle.box().centerY() - HEIGHT / scale / 2, WIDTH / scale, HEIGHT / scale);
        Canvas canvas = FxPlatform.call(() -> new Canvas(WIDTH, HEIGHT));
        MotionFrames frames = new MotionFrames();
        FxPlatform.call(() -> frames.paint(canvas, drawing(scene), Theme.LIGHT.background(), window, List.of(), false));
        int[] old = FxPlatform.call(() -> CanvasPixels.of(canvas, WIDTH, HEIGHT));

        PreparedGraph.Edited edited = prepared.edit(withNewcomerBeside(before, middle.actorId())).orElseThrow();
        LayoutModel carried = positions.copy();
        LayoutModel grown = new LayoutModel(carried.size() + 1);
        for (int v = 0; v < carried.size(); v++) {
            grown.set(v, carried.x(v), carried.y(v));
        }
        grown.set(carried.size(), middle.box().centerX() + 60 / scale, middle.box().centerY() + 25 / scale);
        Scene after = edited.prepared().editScene(scene, edited.edit(), grown).orElseThrow();
        Bounds changed = after.damageSince(scene).orElseThrow();
        MotionFrames.Kind kind = FxPlatform.call(() -> frames.repaint(canvas, drawing(after),
                Theme.LIGHT.background(), window, List.of(), changed));
        int[] patched = FxPlatform.call(() -> CanvasPixels.of(canvas, WIDTH, HEIGHT));
        Canvas fresh = FxPlatform.call(() -> new Canvas(WIDTH, HEIGHT));
        FxPlatform.call(() -> new MotionFrames().paint(fresh, drawing(after), Theme.LIGHT.background(), window,
                List.of(), false));
        int[] full = FxPlatform.call(() -> CanvasPixels.of(fresh, WIDTH, HEIGHT));

        assertThat(kind).isEqualTo(MotionFrames.Kind.PATCHED);
        assertThat(differing(patched, old)).as("pixels the edit changed").isGreaterThan(10);
        assertThat(differing(patched, full)).as("pixels unlike the full frame").isLessThan(full.length / 2000);
    }

    private static int differing(int[] a, int[] b) {
        int count = 0;
        for (int i = 0; i < a.length; i++) {
            count += largestChannelDifference(a[i], b[i]) > 8 ? 1 : 0;
        }
        return count;
    }

    private static GraphDrawing drawing(Scene scene) {
        return new GraphDrawing(scene, Theme.LIGHT, ViewState.NONE);
    }

    private static int largestChannelDifference(int a, int b) {
        int largest = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            largest = Math.max(largest, Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF)));
        }
        return largest;
    }

    /** The dataset with a new actor linked to {@code neighbour}, as Add actor and a link add them. */
    private static Dataset withNewcomerBeside(Dataset dataset, String neighbour) {
        List<Actor> actors = new ArrayList<>(dataset.actors());
        actors.add(new Actor("ayse-yilmaz", "Ayşe Yılmaz", ActorKind.PERSON, List.of(), Side.TURKEY));
        List<Relation> relations = new ArrayList<>(dataset.relations());
        relations.add(new Relation("r-new", "ayse-yilmaz", RelationType.MET_WITH, neighbour,
                dataset.relations().get(0).evidence()));
        return new Dataset(dataset.title(), dataset.sources(), actors, dataset.roles(), relations, dataset.quotes(),
                dataset.story(), dataset.positions());
    }
}
