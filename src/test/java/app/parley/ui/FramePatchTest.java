package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.io.DatasetReader;
import app.parley.layout.LayoutModel;
import app.parley.model.Dataset;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.FixedMeasurer;
import app.parley.render.scene.NodeShape;
import app.parley.render.scene.PreparedGraph;
import app.parley.render.scene.Scene;
import app.parley.render.scene.TextMeasurer;
import app.parley.render.scene.Theme;
import app.parley.render.scene.ViewState;
import app.parley.session.DeleteActor;
import app.parley.session.EditRefused;
import app.parley.session.MapRedraw;
import app.parley.session.MapSession;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FramePatchTest {

    private static final TextMeasurer MEASURER = new FixedMeasurer();
    private static final Bounds WINDOW = new Bounds(-100, -100, 2000, 1200);
    private static final List<Object> OVERLAYS = List.of("legend", "caption", true, true);

    private final FramePatch patches = new FramePatch();
    private Scene before;
    private Scene after;

    @BeforeEach
    void editTheMap() throws EditRefused {
        Dataset istanbul = DatasetReader.istanbul();
        PreparedGraph prepared = PreparedGraph.of(istanbul, Theme.LIGHT, MEASURER);
        LayoutModel positions = prepared.emptyLayout();
        for (int v = 0; v < positions.size(); v++) {
            positions.set(v, (v % 8) * 220, (v / 8) * 120);
        }
        before = prepared.scene(positions);
        MapSession session = new MapSession(istanbul, null);
        session.execute(new DeleteActor("fidan"));
        after = MapRedraw.after(prepared, positions, before, session.dataset()).scene();
    }

    private java.util.Optional<Bounds> frame(Scene scene, ViewState state, Bounds window, List<Object> overlays,
                                             boolean moving) {
        return patches.next(scene, state, Theme.LIGHT, window, 1000, 600, overlays, moving);
    }

    @Test
    void anEditedSceneIsPaintedOnlyWhereItChangedWhenNothingElseDid() {
        assertThat(frame(before, ViewState.NONE, WINDOW, OVERLAYS, false)).isEmpty();

        assertThat(frame(after, ViewState.NONE, WINDOW, OVERLAYS, false)).contains(after.damageSince(before)
                .orElseThrow());
    }

    @Test
    void anotherViewOverlaysOrAMovingFrameArePaintedInFull() {
        frame(before, ViewState.NONE, WINDOW, OVERLAYS, false);
        assertThat(frame(after, ViewState.NONE, new Bounds(0, -100, 2000, 1200), OVERLAYS, false)).isEmpty();

        FramePatch other = new FramePatch();
        other.next(before, ViewState.NONE, Theme.LIGHT, WINDOW, 1000, 600, OVERLAYS, false);
        assertThat(other.next(after, ViewState.NONE, Theme.LIGHT, WINDOW, 1000, 600, null, false)).isEmpty();

        FramePatch moving = new FramePatch();
        moving.next(before, ViewState.NONE, Theme.LIGHT, WINDOW, 1000, 600, OVERLAYS, true);
        assertThat(moving.next(after, ViewState.NONE, Theme.LIGHT, WINDOW, 1000, 600, OVERLAYS, false)).isEmpty();

        FramePatch hovered = new FramePatch();
        hovered.next(before, ViewState.NONE, Theme.LIGHT, WINDOW, 1000, 600, OVERLAYS, false);
        assertThat(hovered.next(after, ViewState.NONE.withHoveredActor("umerov"), Theme.LIGHT, WINDOW, 1000, 600,
                OVERLAYS, false)).isEmpty();
    }

    @Test
    void aNewSelectionAddsItsRingToWhatIsPainted() {
        frame(before, ViewState.NONE, WINDOW, OVERLAYS, false);
        NodeShape umerov = after.nodes().stream().filter(n -> n.actorId().equals("umerov")).findFirst().orElseThrow();

        Bounds painted = frame(after, ViewState.NONE.withSelectedActor("umerov"), WINDOW, OVERLAYS, false)
                .orElseThrow();

        assertThat(painted.contains(umerov.box().x() - 4, umerov.box().y() - 4)).isTrue();
        assertThat(painted.contains(umerov.box().maxX() + 4, umerov.box().maxY() + 4)).isTrue();
    }
}
