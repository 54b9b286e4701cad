package app.parley.render.story;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.io.DatasetReader;
import app.parley.layout.Layouts;
import app.parley.render.fx.FxPlatform;
import app.parley.render.fx.FxTextMeasurer;
import app.parley.render.paint.Composition;
import app.parley.render.paint.RecordingSurface;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.Theme;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StepTransitionTest {

    private static final int WIDTH = 1920;
    private static final int HEIGHT = 1080;
    private static StoryDeck deck;

    @BeforeAll
    static void prepare() {
        FxPlatform.start();
        deck = StoryDeck.prepare(DatasetReader.istanbul(), Theme.LIGHT, new FxTextMeasurer(), Layouts.TABLE,
                20250516L);
    }

    @Test
    void midwayIntoEveryStepNoFadedCardIsDrawnAfterAHighlightedOne() {
        for (int step = 1; step < deck.size(); step++) {
            Bounds window = midway(deck.window(step - 1, WIDTH, HEIGHT), deck.window(step, WIDTH, HEIGHT));
            RecordingSurface surface = new RecordingSurface();
            deck.transition(step - 1, step, WIDTH, HEIGHT, window).paintTile(surface, new Bounds(0, 0, WIDTH, HEIGHT),
                    0.5);
            assertThat(lastFaded(surface.calls())).as("step %d to %d", step, step + 1)
                    .isLessThan(firstHighlighted(surface.calls()));
        }
    }

    @Test
    void theStepFiveTransitionHasFadedAndHighlightedCardsThatAPlainCrossFadeWouldDrawInTheWrongOrder() {
        Bounds window = midway(deck.window(3, WIDTH, HEIGHT), deck.window(4, WIDTH, HEIGHT));
        Bounds all = new Bounds(0, 0, WIDTH, HEIGHT);
        RecordingSurface plain = new RecordingSurface();
        Composition before = deck.composition(3, WIDTH, HEIGHT, window);
        deck.composition(4, WIDTH, HEIGHT, window).paintTile(plain, all);
        plain.save();
        plain.setOpacity(0.5);
        before.paintTile(plain, all);
        plain.restore();
        assertThat(lastFaded(plain.calls())).isGreaterThan(firstHighlighted(plain.calls()));

        RecordingSurface layered = new RecordingSurface();
        deck.transition(3, 4, WIDTH, HEIGHT, window).paintTile(layered, all, 0.5);
        assertThat(firstHighlighted(layered.calls())).isLessThan(Integer.MAX_VALUE);
        assertThat(lastFaded(layered.calls())).isNotNegative().isLessThan(firstHighlighted(layered.calls()));
    }

    @Test
    void theEndsOfATransitionAreTheTwoStepsAlone() {
        Bounds window = deck.window(4, WIDTH, HEIGHT);
        Bounds all = new Bounds(0, 0, WIDTH, HEIGHT);
        RecordingSurface arrived = new RecordingSurface();
        deck.transition(3, 4, WIDTH, HEIGHT, window).paintTile(arrived, all, 1);
        RecordingSurface step = new RecordingSurface();
        deck.composition(4, WIDTH, HEIGHT, window).paintTile(step, all);
        assertThat(texts(arrived)).containsExactlyInAnyOrderElementsOf(texts(step));
    }

    private static List<String> texts(RecordingSurface surface) {
        return surface.calls().stream().filter(c -> c.op().equals("fillText")).map(RecordingSurface.Call::text)
                .toList();
    }

    /** Where the last card drawn faded (at most a fifth opaque) begins, or -1. */
    private static int lastFaded(List<RecordingSurface.Call> calls) {
        int last = -1;
        for (int i = 0; i < calls.size(); i++) {
            if (isCard(calls.get(i)) && calls.get(i).opacity() < 0.2) {
                last = i;
            }
        }
        return last;
    }

    /** Where the first card drawn at least a third opaque begins, or {@link Integer#MAX_VALUE}. */
    private static int firstHighlighted(List<RecordingSurface.Call> calls) {
        for (int i = 0; i < calls.size(); i++) {
            if (isCard(calls.get(i)) && calls.get(i).opacity() >= 0.34) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static boolean isCard(RecordingSurface.Call call) {
        return call.op().equals("group") && (call.text().startsWith("actor-") || call.text().startsWith("name-"));
    }

    private static Bounds midway(Bounds from, Bounds to) {
        return new Bounds((from.x() + to.x()) / 2, (from.y() + to.y()) / 2, (from.width() + to.width()) / 2,
                (from.height() + to.height()) / 2);
    }
}
