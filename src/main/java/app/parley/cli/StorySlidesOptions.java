package app.parley.cli;

import app.parley.graph.ActorGraph;
import app.parley.layout.Layouts;
import app.parley.model.Dataset;
import app.parley.render.export.ExportMonitor;
import app.parley.render.fx.FxPlatform;
import app.parley.render.fx.FxTextMeasurer;
import app.parley.render.fx.PictureExport;
import app.parley.render.fx.StorySlides;
import app.parley.render.raster.PngOptions;
import app.parley.render.scene.Theme;
import app.parley.render.story.StoryDeck;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The {@code export --story} options: the dataset's story as one PNG slide per step, drawn like presentation mode. */
final class StorySlidesOptions {

    @Option(names = "--story", description = "Write the dataset's story as slides, one PNG per step (step-01.png, …), "
            + "into the folder given with --out.")
    private boolean story;

    /** The slide width when {@code --width} is not given: a 1080p projector's. */
    static final int DEFAULT_WIDTH = 1920;
    /** The slide height when {@code --height} is not given. */
    static final int DEFAULT_HEIGHT = 1080;

    /** Whether slides were asked for. */
    boolean requested() {
        return story;
    }

    /**
     * Writes the slides and returns the exit code.
     *
     * @param datasetOption   the dataset to read
     * @param folder          where the slides go
     * @param layout          the layout asked for, or empty for the map's default
     * @param seed            the force layout's seed
     * @param requestedWidth  the slide width asked for with --width, or {@code null} for 1920
     * @param requestedHeight the slide height asked for with --height, or {@code null} for 1080
     * @param chosen          the slides' colours
     * @param spec            the command, for its output and for parameter errors
     */
    int export(DatasetOption datasetOption, Path folder, Optional<Layouts> layout, long seed, Integer requestedWidth,
               Integer requestedHeight, Theme chosen, CommandSpec spec) {
        PrintWriter err = spec.commandLine().getErr();
        int width = requestedWidth == null ? DEFAULT_WIDTH : requestedWidth;
        int height = requestedHeight == null ? DEFAULT_HEIGHT : requestedHeight;
        if (width < 16 || height < 16 || width > StorySlides.MAX_SIDE || height > StorySlides.MAX_SIDE) {
            throw new ParameterException(spec.commandLine(), "--width and --height must be between 16 and "
                    + StorySlides.MAX_SIDE + ", not " + width + " x " + height);
        }
        Optional<Dataset> loaded = datasetOption.load(err);
        if (loaded.isEmpty()) {
            return 1;
        }
        Dataset dataset = loaded.get();
        if (dataset.story().isEmpty()) {
            err.println("The dataset has no story; writing the whole map as one slide.");
        }
        FxPlatform.start();
        FxTextMeasurer measurer = new FxTextMeasurer();
        Layouts kind = layout.orElseGet(() -> Layouts.defaultFor(ActorGraph.of(dataset)));
        StoryDeck deck = StoryDeck.prepare(dataset, chosen, measurer, kind, seed);
        PngOptions options = PngOptions.ofDpi(PngOptions.SCREEN_DPI)
                .withText("Title", dataset.title())
                .withText("Software", PictureExport.software());
        List<Path> files;
        try {
            files = new StorySlides(deck).write(folder, width, height, options, ExportMonitor.NONE);
        } catch (IOException e) {
            err.println("Could not write the slides into " + folder + ": " + e.getMessage());
            return 1;
        }
        spec.commandLine().getOut().println("Wrote " + files.size() + (files.size() == 1 ? " slide" : " slides")
                + " of " + width + " × " + height + " px to " + folder + " (" + files.get(0).getFileName() + " … "
                + files.get(files.size() - 1).getFileName() + ").");
        return 0;
    }
}
