package app.parley.render.fx;

import app.parley.render.export.ExportMonitor;
import app.parley.render.paint.Composition;
import app.parley.render.raster.PngOptions;
import app.parley.render.story.StoryDeck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;

/**
 * Writes every step of a story as a PNG slide ({@code step-01.png}, {@code step-02.png}, …) of exactly the size asked
 * for, drawn like presentation mode. Works headless; call it off the JavaFX thread.
 */
public final class StorySlides {

    /** The largest slide side accepted, in pixels. */
    public static final int MAX_SIDE = 8192;

    private final StoryDeck deck;

    /** Slides of {@code deck}. */
    public StorySlides(StoryDeck deck) {
        this.deck = deck;
    }

    /** The file name of a step's slide: {@code step-01.png} for the first (three digits past 99 steps). */
    public static String fileName(int step, int steps) {
        int digits = Math.max(2, String.valueOf(steps).length());
        return String.format(Locale.ROOT, "step-%0" + digits + "d.png", step + 1);
    }

    /**
     * Writes the slides into {@code folder} (created if missing) and returns their files in step order.
     *
     * @throws IllegalArgumentException if a side is not between 16 and {@value #MAX_SIDE} pixels
     * @throws CancellationException    if {@code monitor} cancelled; slides already written stay
     * @throws IOException              if a file cannot be written
     */
    public List<Path> write(Path folder, int width, int height, PngOptions options, ExportMonitor monitor)
            throws IOException {
        if (width < 16 || height < 16 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("Slides must be 16 to " + MAX_SIDE + " pixels a side, not " + width
                    + " x " + height);
        }
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        int steps = deck.size();
        for (int step = 0; step < steps; step++) {
            if (monitor.isCancelled()) {
                throw new CancellationException("Slides cancelled");
            }
            Composition slide = deck.composition(step, width, height);
            Path file = folder.resolve(fileName(step, steps));
            int done = step;
            new PngExporter().export(slide, file, options.withText("Description", deck.caption(step)),
                    new ExportMonitor() {
                        @Override
                        public void progress(double fraction) {
                            monitor.progress((done + fraction) / steps);
                        }

                        @Override
                        public boolean isCancelled() {
                            return monitor.isCancelled();
                        }
                    });
            written.add(file);
        }
        monitor.progress(1);
        return written;
    }
}
