package app.parley.render.paint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.parley.graph.ActorGraph;
import app.parley.io.synthetic.SyntheticDataset;
import app.parley.layout.Backdrop;
import app.parley.layout.LayoutModel;
import app.parley.model.Side;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.FixedMeasurer;
import app.parley.render.scene.LineCut;
import app.parley.render.scene.NodeCard;
import app.parley.render.scene.NodeCards;
import app.parley.render.scene.Rgba;
import app.parley.render.scene.Scene;
import app.parley.render.scene.SceneBuilder;
import app.parley.render.scene.SceneFixtures;
import app.parley.render.scene.TextRun;
import app.parley.render.scene.Theme;
import app.parley.render.scene.ViewState;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** What the painter leaves out or simplifies when a graph is far away, or big and moving. */
class LevelOfDetailTest {

    private final Scene triangle = SceneFixtures.sceneOf(SceneFixtures.triangle(), 0, 0, 400, 0, 400, 300);

    /** A recording surface that asks for far-away sketches as pixels, as the screen does, and keeps the last image. */
    private static final class Screen extends ForwardingSurface {
        final RecordingSurface shapes;
        int[] pixels;
        int width;
        int height;
        Bounds placed;

        Screen() {
            this(new RecordingSurface());
        }

        private Screen(RecordingSurface shapes) {
            super(shapes);
            this.shapes = shapes;
        }

        @Override
        public boolean prefersPixelSketches() {
            return true;
        }

        @Override
        public void drawPixels(int[] argb, int w, int h, double x, double y, double worldWidth, double worldHeight) {
            pixels = argb.clone();
            width = w;
            height = h;
            placed = new Bounds(x, y, worldWidth, worldHeight);
        }

        int pixelAt(double worldX, double worldY) {
            int column = (int) ((worldX - placed.x()) / placed.width() * width);
            int row = (int) ((worldY - placed.y()) / placed.height() * height);
            return pixels[row * width + column];
        }
    }

    private static boolean drew(RecordingSurface surface, String op) {
        return surface.calls().stream().anyMatch(call -> call.op().equals(op));
    }

    @Test
    void farAwayGraphIsSketchedAsBoxesInSideColoursAndPlainLines() {
        RecordingSurface surface = new RecordingSurface();

        new GraphDrawing(triangle, Theme.LIGHT, ViewState.NONE).paint(surface, triangle.bounds().inflate(10), 0.1);

        assertThat(drew(surface, "fillText")).isFalse();
        assertThat(drew(surface, "fillRoundRect")).isFalse();
        assertThat(surface.calls()).filteredOn(call -> call.op().equals("fillRect")).extracting(c -> c.colour())
                .containsExactlyInAnyOrder(Theme.LIGHT.side(Side.UKRAINE),
                        Theme.LIGHT.side(Side.RUSSIA),
                        Theme.LIGHT.side(Side.TURKEY));
        assertThat(surface.calls()).filteredOn(call -> call.op().equals("strokeLine")).hasSize(3);
    }

    @Test
    void theScreenGetsAFarAwaySketchAsOneImageWithCardsInTheirSideColour() {
        Screen screen = new Screen();

        new GraphDrawing(triangle, Theme.LIGHT, ViewState.NONE).paint(screen, triangle.bounds().inflate(50), 0.1);

        assertThat(screen.pixels).isNotNull();
        assertThat(screen.pixelAt(0, 0)).isEqualTo(Theme.LIGHT.side(Side.UKRAINE).argb());
        assertThat(screen.pixelAt(400, 300)).isEqualTo(Theme.LIGHT.side(Side.TURKEY).argb());
        assertThat(screen.pixelAt(200, 150) >>> 24).as("no ink between the cards").isZero();
        assertThat(drew(screen.shapes, "strokeLine")).isFalse();
    }

    @Test
    void aSketchOverAnOpaqueBackgroundComesAsOneOpaqueImageOfTheInkOverThatBackground() {
        Screen screen = new Screen();
        Rgba paper = Theme.LIGHT.background();

        farAway(triangle, paper).paintTile(screen, new Bounds(0, 0, 60, 40));

        for (int i = 0; i < screen.width * screen.height; i++) {
            assertThat(screen.pixels[i] >>> 24).as("pixel %d", i).isEqualTo(255);
        }
        assertThat(screen.pixelAt(200, 150)).as("no ink between the cards").isEqualTo(paper.argb());
        assertThat(screen.pixelAt(0, 0)).isEqualTo(Theme.LIGHT.side(Side.UKRAINE).argb());
        assertThat(darkest(screen, 200)).as("the link at the top, inked over the paper").isLessThan(paper.red() - 40);
    }

    @Test
    void aSketchStaysTransparentWhereNothingIsInkedOverATransparentBackgroundOrAGroupsBackdrop() {
        Screen overNothing = new Screen();
        Screen overZone = new Screen();
        Scene zoned = new Scene(triangle.nodes(), triangle.edges(),
                List.of(new Backdrop(Backdrop.Kind.ZONE, 100, 100, 200, 150, "Zone")), 100);

        farAway(triangle, Rgba.TRANSPARENT).paintTile(overNothing, new Bounds(0, 0, 60, 40));
        farAway(zoned, Theme.LIGHT.background()).paintTile(overZone, new Bounds(0, 0, 60, 40));

        assertThat(overNothing.pixelAt(200, 150) >>> 24).isZero();
        assertThat(overZone.pixelAt(200, 150) >>> 24).as("the zone shows through").isZero();
    }

    /** The triangle 60 x 40 pixels large, far too small to read. */
    private static Composition farAway(Scene scene, Rgba background) {
        return new Composition(60, 40, background, new GraphDrawing(scene, Theme.LIGHT, ViewState.NONE),
                scene.bounds().inflate(50), List.of());
    }

    /** The red channel of the darkest pixel down the column over world {@code x}. */
    private static int darkest(Screen screen, double x) {
        int column = (int) ((x - screen.placed.x()) / screen.placed.width() * screen.width);
        int darkest = 255;
        for (int row = 0; row < screen.height; row++) {
            darkest = Math.min(darkest, screen.pixels[row * screen.width + column] >> 16 & 0xFF);
        }
        return darkest;
    }

    @Test
    void aGraphSketchedForTheScreenStillShowsTheSelectedCardInFull() {
        Screen screen = new Screen();

        new GraphDrawing(triangle, Theme.LIGHT, ViewState.NONE.withSelectedActor("b"))
                .paint(screen, triangle.bounds().inflate(50), 0.1);

        assertThat(screen.shapes.calls()).last().satisfies(call -> {
            assertThat(call.op()).isEqualTo("strokeRoundRect");
            assertThat(call.colour()).isEqualTo(Theme.LIGHT.selection());
        });
    }

    @Test
    void aSmallGraphLooksTheSameWhetherStillOrMoving() {
        Screen still = new Screen();
        Screen moving = new Screen();
        GraphDrawing drawing = new GraphDrawing(triangle, Theme.LIGHT, ViewState.NONE);

        drawing.paint(still, triangle.bounds().inflate(10), 1);
        drawing.inMotion().paint(moving, triangle.bounds().inflate(10), 1);

        assertThat(moving.shapes.calls()).isEqualTo(still.shapes.calls());
        assertThat(moving.pixels).isNull();
        assertThat(drew(still.shapes, "fillText")).isTrue();
    }

    @Test
    void aBigGraphMovingOnScreenDrawsItsLinksAndCardsAsOneImageAndKeepsTheNames() {
        ActorGraph graph = ActorGraph.of(SyntheticDataset.generate(SyntheticDataset.Settings.of(300, 900, 2)));
        LayoutModel layout = new LayoutModel(graph.size());
        SplittableRandom random = new SplittableRandom(1);
        for (int v = 0; v < graph.size(); v++) {
            layout.set(v, random.nextDouble(0, 4000), random.nextDouble(0, 3000));
        }
        FixedMeasurer measurer = new FixedMeasurer();
        List<NodeCard> cards = NodeCards.measure(graph, Theme.LIGHT, measurer);
        Scene scene = new SceneBuilder(graph, cards, Theme.LIGHT, measurer).build(layout);
        Screen still = new Screen();
        Screen moving = new Screen();
        GraphDrawing drawing = new GraphDrawing(scene, Theme.LIGHT, ViewState.NONE);

        drawing.paint(still, scene.bounds(), 0.5);
        drawing.inMotion().paint(moving, scene.bounds(), 0.5);

        assertThat(still.pixels).isNull();
        assertThat(drew(still.shapes, "strokeLine")).isTrue();
        assertThat(moving.pixels).isNotNull();
        assertThat(drew(moving.shapes, "strokeLine")).isFalse();
        assertThat(drew(moving.shapes, "strokeQuadCurve")).isFalse();
        List<String> cardTexts = scene.nodes().stream().flatMap(n -> n.card().lines().stream()).map(TextRun::text)
                .toList();
        List<String> bigEnoughInMotion = scene.nodes().stream().flatMap(n -> n.card().lines().stream())
                .filter(line -> line.font().size() * 0.5 >= GraphDrawing.MIN_MOVING_READABLE_PX).map(TextRun::text)
                .toList();
        assertThat(bigEnoughInMotion).hasSizeGreaterThanOrEqualTo(scene.nodes().size());
        assertThat(texts(moving.shapes)).containsExactlyInAnyOrderElementsOf(bigEnoughInMotion);
        assertThat(drew(moving.shapes, "fillRoundRect")).as("cards are boxes in the image").isFalse();
        assertThat(texts(still.shapes)).containsAll(cardTexts).hasSizeGreaterThan(cardTexts.size());
    }

    @Test
    void aMovingSketchIsRasterizedAtHalfResolutionOverTheSamePlaceWithTheSameInk() {
        Screen still = new Screen();
        Screen moving = new Screen();
        GraphDrawing drawing = new GraphDrawing(triangle, Theme.LIGHT, ViewState.NONE);
        Bounds window = triangle.bounds().inflate(50);

        drawing.paint(still, window, 0.1);
        drawing.inMotion().paint(moving, window, 0.1);

        assertThat(moving.width).isEqualTo((still.width + 1) / 2);
        assertThat(moving.height).isEqualTo((still.height + 1) / 2);
        assertThat(moving.placed.x()).isEqualTo(still.placed.x());
        assertThat(moving.placed.y()).isEqualTo(still.placed.y());
        assertThat(moving.placed.width()).isCloseTo(still.placed.width(), within(1 / 0.1));
        assertThat(moving.pixelAt(0, 0)).isEqualTo(Theme.LIGHT.side(Side.UKRAINE).argb());
        assertThat(moving.pixelAt(400, 300)).isEqualTo(Theme.LIGHT.side(Side.TURKEY).argb());
        assertThat(inkAlong(moving, 200, 0) * 2).as("a link's ink per output pixel")
                .isCloseTo(inkAlong(still, 200, 0), within(40));
    }

    /** The alpha of the image's pixels down the column over world {@code x}, added up from world {@code y} on. */
    private static int inkAlong(Screen screen, double x, double fromY) {
        int column = (int) ((x - screen.placed.x()) / screen.placed.width() * screen.width);
        int row = (int) ((fromY - screen.placed.y()) / screen.placed.height() * screen.height);
        int sum = 0;
        for (int dy = -3; dy <= 3; dy++) {
            sum += screen.pixels[(row + dy) * screen.width + column] >>> 24;
        }
        return sum;
    }

    private static List<String> texts(RecordingSurface surface) {
        return surface.calls().stream().filter(call -> call.op().equals("fillText")).map(call -> call.text()).toList();
    }

    @Test
    void aLongDashedLineIsCutToTheWindowByWholeDashPatterns() {
        double[] cut = LineCut.within(-1000, 0, 1000, 0, new Bounds(0, -10, 100, 20), new double[] {12, 5});

        assertThat((cut[0] + 1000) % 17).isZero();
        assertThat(cut[0]).isBetween(-17.0, 0.0);
        assertThat(cut[2]).isEqualTo(100);
        assertThat(LineCut.within(-1000, 50, 1000, 50, new Bounds(0, -10, 100, 20), new double[0])).isNull();
        assertThat(LineCut.within(10, 0, 20, 5, new Bounds(0, -10, 100, 20), new double[] {4, 4}))
                .containsExactly(10, 0, 20, 5);
    }
}
