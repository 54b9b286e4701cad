package app.parley.render.story;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.io.DatasetReader;
import app.parley.layout.Layouts;
import app.parley.model.Dataset;
import app.parley.model.Story;
import app.parley.model.StoryStep;
import app.parley.render.fx.FxPlatform;
import app.parley.render.fx.FxTextMeasurer;
import app.parley.render.paint.RecordingSurface;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.EdgeShape;
import app.parley.render.scene.NodeShape;
import app.parley.render.scene.Scene;
import app.parley.render.scene.Theme;
import app.parley.render.scene.ViewState;
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
                highlighted.add(deck.scene(step).nodes().get(indexOf(id)));
            }
            double scale = deck.highlightScale(step);
            Set<String> shown = ISTANBUL.story().actorsShownAt(step);
            boolean crowded = false;
            for (NodeShape card : highlighted) {
                for (NodeShape other : deck.scene(step).nodes()) {
                    if (other != card && shown.contains(other.actorId())) {
                        double otherScale = highlighted.contains(other) ? scale * 1.02 : 1;
                        crowded |= grown(card, scale * 1.02).intersects(grown(other, otherScale));
                    }
                }
            }
            if (!crowded && scale < StoryDeck.MAX_CARD_SCALE - 1e-6) {
                for (NodeShape card : highlighted) {
                    assertThat(deck.namePixels(step, 1920, 1080) * scale).as("step %d, %s", step + 1, card.actorId())
                            .isGreaterThanOrEqualTo(StoryDeck.MIN_NAME_PX - 0.2);
                    checked++;
                }
            }
            System.out.printf("Step %2d: names %.1f px, highlighted names %.1f px on a 1920 x 1080 slide%s%n",
                    step + 1, deck.namePixels(step, 1920, 1080), deck.highlightedNamePixels(step, 1920, 1080),
                    crowded ? " (enlarged as far as the cards stay apart)" : "");
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void highlightedCardsOfAStepAreAllEnlargedByTheSameScale() {
        for (int step = 0; step < deck.size(); step++) {
            for (String id : ISTANBUL.story().step(step).highlightActorIds()) {
                int v = indexOf(id);
                double grownBy = deck.scene(step).nodes().get(v).box().width() / deck.scene().nodes().get(v).box().width();
                assertThat(grownBy).as("step %d, %s", step + 1, id)
                        .isCloseTo(deck.highlightScale(step), Offset.offset(1e-9));
            }
        }
        assertThat(deck.highlightScale(8)).as("step 9 enlarges its cards").isGreaterThan(1);
    }

    @Test
    void noHighlightedCardTouchesAnotherCardTheStepShows() {
        for (int step = 0; step < deck.size(); step++) {
            assertNoEnlargedCardTouchesAnother(deck, ISTANBUL.story(), step);
        }
    }

    @Test
    void aStepMadeInTheWindowEnlargesNoCardOverItsNeighbour() {
        List<String> everyone = ISTANBUL.actors().stream().map(a -> a.id()).toList();
        List<StoryStep> steps = new ArrayList<>();
        for (String selected : everyone) {
            steps.add(new StoryStep("view-" + selected, selected, steps.isEmpty() ? everyone : List.of(), List.of(),
                    List.of(selected), List.of(), List.of(), everyone));
        }
        Story story = new Story(steps);
        StoryDeck made = StoryDeck.prepare(ISTANBUL.withStory(story), Theme.HIGH_CONTRAST, new FxTextMeasurer(),
                Layouts.TABLE, 20250516L);
        for (int step = 0; step < made.size(); step++) {
            assertNoEnlargedCardTouchesAnother(made, story, step);
        }
    }

    @Test
    void highlightedCardsAreDrawnOpaqueOverTheFadedOnes() {
        int step = 4;
        Set<String> highlighted = Set.copyOf(ISTANBUL.story().step(step).highlightActorIds());
        RecordingSurface surface = new RecordingSurface();
        deck.composition(step, 1920, 1080).paintTile(surface, new Bounds(0, 0, 1920, 1080));

        List<RecordingSurface.Call> calls = surface.calls();
        int lastFaded = -1;
        int firstHighlighted = Integer.MAX_VALUE;
        for (int i = 0; i < calls.size(); i++) {
            RecordingSurface.Call call = calls.get(i);
            if (call.op().equals("group") && call.text().startsWith("actor-")) {
                String id = call.text().substring("actor-".length());
                if (highlighted.contains(id)) {
                    firstHighlighted = Math.min(firstHighlighted, i);
                    RecordingSurface.Call fill = calls.get(i + 1);
                    assertThat(fill.opacity()).as(id).isEqualTo(1.0);
                    assertThat(fill.colour().alpha()).as(id).isEqualTo(255);
                } else {
                    assertThat(call.opacity()).as(id).isLessThan(1.0);
                    lastFaded = i;
                }
            }
        }
        assertThat(lastFaded).as("step 5 fades cards").isNotNegative();
        assertThat(firstHighlighted).isGreaterThan(lastFaded);
    }

    private static void assertNoEnlargedCardTouchesAnother(StoryDeck shown, Story story, int step) {
        Set<String> visible = story.actorsShownAt(step);
        Set<String> highlighted = Set.copyOf(story.step(step).highlightActorIds());
        Scene scene = shown.scene(step);
        for (NodeShape card : scene.nodes()) {
            if (!highlighted.contains(card.actorId()) || shown.scene().nodes().get(card.index()).box()
                    .width() == card.box().width()) {
                continue;
            }
            for (NodeShape other : scene.nodes()) {
                if (other != card && visible.contains(other.actorId())) {
                    assertThat(card.box().intersects(other.box()))
                            .as("step %d: %s over %s", step + 1, card.actorId(), other.actorId()).isFalse();
                }
            }
        }
    }

    private static int indexOf(String actorId) {
        return deck.scene().nodes().stream().filter(n -> n.actorId().equals(actorId)).findFirst().orElseThrow()
                .index();
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
