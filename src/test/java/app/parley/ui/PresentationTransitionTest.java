package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.io.DatasetReader;
import app.parley.layout.Layouts;
import app.parley.render.fx.FxSurface;
import app.parley.render.fx.FxTextMeasurer;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.Theme;
import app.parley.render.story.StoryDeck;
import java.util.function.LongConsumer;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Between two steps the presentation paints the layered transition, highlighted cards over faded ones. */
@ExtendWith(ApplicationExtension.class)
class PresentationTransitionTest {

    /** The Istanbul story, prepared once the toolkit runs (TestFX starts it before the first test). */
    private static StoryDeck deck;
    private Stage stage;

    /** Frames by hand: the test says when each frame is and what time it is. */
    private static final class HandFrames implements FrameSource {

        private LongConsumer frame;

        @Override
        public Runnable start(LongConsumer next) {
            frame = next;
            return () -> frame = null;
        }

        void at(long nanos) {
            if (frame != null) {
                frame.accept(nanos);
            }
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        if (deck == null) {
            deck = StoryDeck.prepare(DatasetReader.istanbul(), Theme.HIGH_CONTRAST, new FxTextMeasurer(),
                    Layouts.TABLE, 20250516L);
        }
    }

    @ParameterizedTest
    @CsvSource({"1366, 768", "1024, 700"})
    void midwayFromStepFourToFiveTheViewPaintsTheLayeredTransition(int width, int height) throws Exception {
        HandFrames frames = new HandFrames();
        PresentationView view = WaitForAsyncUtils.asyncFx(() -> {
            PresentationView shown = new PresentationView(deck, 3, () -> { }, frames);
            stage.setScene(new Scene(shown, width, height));
            stage.show();
            return shown;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();

        WaitForAsyncUtils.asyncFx(() -> {
            view.next();
            frames.at(1_000_000_000L);
            frames.at(1_000_000_000L + PresentationView.TRANSITION_MILLIS * 1_000_000L / 2);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();

        int w = (int) Math.floor(view.getWidth());
        int h = (int) Math.floor(view.getHeight());
        WritableImage shown = WaitForAsyncUtils.asyncFx(() -> view.snapshot(null, null)).get();
        Bounds window = PresentationView.between(deck.window(3, w, h), deck.window(4, w, h), 0.5);
        WritableImage layered = WaitForAsyncUtils.asyncFx(() -> {
            Canvas canvas = new Canvas(w, h);
            deck.transition(3, 4, w, h, window).paintTile(new FxSurface(canvas.getGraphicsContext2D()),
                    new Bounds(0, 0, w, h), 0.5);
            return canvas.snapshot(null, null);
        }).get();
        WritableImage arrived = WaitForAsyncUtils.asyncFx(() -> {
            Canvas canvas = new Canvas(w, h);
            deck.composition(4, w, h).paintTile(new FxSurface(canvas.getGraphicsContext2D()), new Bounds(0, 0, w, h));
            return canvas.snapshot(null, null);
        }).get();

        assertThat(view.stepProperty().get()).isEqualTo(4);
        assertThat(differingPixels(shown, layered, w, h)).as("the view's frame is the layered transition").isZero();
        assertThat(differingPixels(shown, arrived, w, h)).as("and not yet step 5").isPositive();

        WaitForAsyncUtils.asyncFx(() -> frames.at(1_000_000_000L + PresentationView.TRANSITION_MILLIS * 1_000_000L))
                .get();
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage end = WaitForAsyncUtils.asyncFx(() -> view.snapshot(null, null)).get();
        assertThat(differingPixels(end, arrived, w, h)).as("at the end, step 5 alone").isZero();
    }

    private static long differingPixels(WritableImage a, WritableImage b, int width, int height) {
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        long differing = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (ra.getArgb(x, y) != rb.getArgb(x, y)) {
                    differing++;
                }
            }
        }
        return differing;
    }
}
