package app.parley.render;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.io.DatasetReader;
import app.parley.layout.Layouts;
import app.parley.model.Dataset;
import app.parley.model.Story;
import app.parley.render.fx.FxPlatform;
import app.parley.render.fx.FxTextMeasurer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StoryDeckTest {

    private static final Dataset ISTANBUL = DatasetReader.istanbul();
    private static StoryDeck deck;

    @BeforeAll
    static void prepare() {
        FxPlatform.start();
        deck = StoryDeck.prepare(ISTANBUL, Theme.HIGH_CONTRAST, new FxTextMeasurer(), Layouts.TABLE, 20250516L);
    }

    @Test
    void everyStepIsOneSlideWithCaptionCounterAndQuotes() {
        assertThat(deck.size()).isEqualTo(14);
        assertThat(deck.caption(1)).startsWith("Turkey hosts the talks at Dolmabahçe Palace");
        assertThat(deck.quotes(0)).extracting(q -> q.id())
                .containsExactly("ukraine-unconditional-ceasefire", "russia-root-causes");
        assertThat(deck.theme().fontScale()).isEqualTo(StoryDeck.FONT_SCALE);
    }

    @Test
    void cardsStayPutBetweenStepsAndOnlyHighlightedOnesGrowAboutTheirCentres() {
        int grown = 0;
        for (int step = 0; step < deck.size(); step++) {
            Set<String> highlighted = Set.copyOf(ISTANBUL.story().step(step).highlightActorIds());
            double scale = deck.highlightScale(step);
            for (int v = 0; v < deck.scene().nodes().size(); v++) {
                NodeShape base = deck.scene().nodes().get(v);
                Bounds box = deck.scene(step).nodes().get(v).box();
                assertThat(box.centerX()).as("step %d, %s", step + 1, base.actorId())
                        .isCloseTo(base.box().centerX(), Offset.offset(1e-9));
                assertThat(box.centerY()).isCloseTo(base.box().centerY(), Offset.offset(1e-9));
                double grownBy = box.width() / base.box().width();
                if (highlighted.contains(base.actorId())) {
                    assertThat(grownBy).as("step %d, %s", step + 1, base.actorId()).isBetween(1.0, scale + 1e-9);
                } else {
                    assertThat(grownBy).as("step %d, %s", step + 1, base.actorId()).isCloseTo(1, Offset.offset(1e-9));
                }
            }
            grown += scale > 1 ? 1 : 0;
        }
        assertThat(grown).as("steps that frame actors far apart").isPositive();
    }

    @Test
    void highlightedNamesReach28PixelsOnA1080pSlideUnlessTheirCardsWouldTouchOrGrowTooLarge() {
        int checked = 0;
        for (int step = 0; step < deck.size(); step++) {
            List<NodeShape> highlighted = new ArrayList<>();
            for (String id : ISTANBUL.story().step(step).highlightActorIds()) {
                highlighted.add(deck.scene(step).nodes().stream().filter(n -> n.actorId().equals(id)).findFirst()
                        .orElseThrow());
            }
            for (NodeShape card : highlighted) {
                double scale = card.box().width() / deck.scene().nodes().get(card.index()).box().width();
                boolean crowded = false;
                for (NodeShape other : highlighted) {
                    if (other != card) {
                        assertThat(card.box().intersects(other.box())).as("step %d", step + 1).isFalse();
                        crowded |= grown(card, scale * 1.02).intersects(grown(other, scale * 1.02));
                    }
                }
                double names = deck.namePixels(step, 1920, 1080) * scale;
                if (!crowded && scale < StoryDeck.MAX_CARD_SCALE - 1e-6) {
                    assertThat(names).as("step %d, %s", step + 1, card.actorId())
                            .isGreaterThanOrEqualTo(StoryDeck.MIN_NAME_PX - 0.2);
                    checked++;
                }
            }
            System.out.printf("Step %2d: names %.1f px, highlighted names up to %.1f px on a 1920 x 1080 slide%n",
                    step + 1, deck.namePixels(step, 1920, 1080), deck.highlightedNamePixels(step, 1920, 1080));
        }
        assertThat(checked).isGreaterThan(40);
    }

    @Test
    void nearlyEveryLinkAStepHighlightsCarriesItsLabel() {
        List<String> labelled = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int step = 0; step < deck.size(); step++) {
            Scene scene = deck.scene(step);
            for (String id : ISTANBUL.story().step(step).highlightLinkIds()) {
                EdgeShape edge = scene.edges().stream().filter(e -> e.linkId().equals(id)).findFirst().orElseThrow();
                boolean roleOnCard = scene.nodes().get(edge.from()).card().lines().stream()
                        .anyMatch(line -> line.muted() && line.text().equals(deckLabel(id)));
                if (!roleOnCard) {
                    (edge.label() == null ? missing : labelled).add((step + 1) + ":" + id);
                }
            }
        }
        System.out.println("Highlighted links without a label (their cards touch): " + missing);
        assertThat(labelled.size()).as("labelled of %d", labelled.size() + missing.size())
                .isGreaterThanOrEqualTo(5 * (labelled.size() + missing.size()) / 6);
    }

    /** The card's measured box grown by {@code scale} about its centre, with half the gap between cards around it. */
    private static Bounds grown(NodeShape card, double scale) {
        Bounds box = deck.scene().nodes().get(card.index()).box();
        double width = box.width() * scale;
        double height = box.height() * scale;
        return new Bounds(box.centerX() - width / 2, box.centerY() - height / 2, width, height).inflate(6);
    }

    private static String deckLabel(String linkId) {
        return app.parley.graph.ActorGraph.of(ISTANBUL).links().stream().filter(l -> l.id().equals(linkId))
                .findFirst().orElseThrow().label();
    }

    @Test
    void cameraFramesTheStepsActorsInsideTheFreeArea() {
        int step = 2;
        Bounds window = deck.window(step, 1920, 1080);
        Bounds focus = deck.focus(step);
        double zoom = 1920 / window.width();

        assertThat(window.height()).isCloseTo(1080 / zoom, Offset.offset(1e-6));
        double left = (focus.x() - window.x()) * zoom;
        double right = (focus.maxX() - window.x()) * zoom;
        double top = (focus.y() - window.y()) * zoom;
        assertThat(left).isGreaterThanOrEqualTo(0);
        assertThat(right).isLessThanOrEqualTo(1920);
        assertThat(top).isGreaterThan(deck.titleBar(step, 1920, 1080).height(1920));
    }

    @Test
    void slideSizesScaleWithTheImage() {
        assertThat(StoryDeck.unit(1920, 1080)).isEqualTo(1.0);
        assertThat(StoryDeck.unit(1280, 720)).isCloseTo(2 / 3.0, Offset.offset(1e-9));
        double full = deck.namePixels(4, 1920, 1080);
        assertThat(deck.namePixels(4, 960, 540)).isCloseTo(full / 2, Offset.offset(0.5));
    }

    @Test
    void datasetWithoutAStoryIsTheWholeMapInOneStep() {
        StoryDeck whole = StoryDeck.prepare(ISTANBUL.withStory(Story.EMPTY), Theme.LIGHT, new FxTextMeasurer(),
                Layouts.TABLE, 1);

        assertThat(whole.size()).isEqualTo(1);
        assertThat(whole.caption(0)).isEqualTo(ISTANBUL.title());
        assertThat(whole.viewState(0)).isEqualTo(ViewState.NONE);
        assertThat(whole.focus(0)).isEqualTo(whole.scene().bounds());
    }
}
