package app.parley.render;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.io.DatasetReader;
import app.parley.layout.Layouts;
import app.parley.model.Dataset;
import app.parley.model.Story;
import app.parley.render.fx.FxPlatform;
import app.parley.render.fx.FxTextMeasurer;
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
    void cardsStayPutBetweenSteps() {
        for (int step = 1; step < deck.size(); step++) {
            for (int v = 0; v < deck.scene(0).nodes().size(); v++) {
                assertThat(deck.scene(step).nodes().get(v).box()).isEqualTo(deck.scene(0).nodes().get(v).box());
            }
        }
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
    void stepsThatFrameTheTableShowNamesAtLeast28PixelsHigh() {
        for (int step : new int[] {1, 2, 3, 6, 7, 9, 11}) {
            assertThat(deck.namePixels(step, 1920, 1080)).as("step " + (step + 1)).isGreaterThanOrEqualTo(28);
        }
        for (int step = 0; step < deck.size(); step++) {
            System.out.printf("Step %2d: names %.1f px high on a 1920 x 1080 slide%n", step + 1,
                    deck.namePixels(step, 1920, 1080));
        }
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
