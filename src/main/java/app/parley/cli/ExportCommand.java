package app.parley.cli;

import app.parley.layout.LayoutModel;
import app.parley.layout.LayoutMonitor;
import app.parley.layout.Layouts;
import app.parley.model.Dataset;
import app.parley.render.Composition;
import app.parley.render.ExportFrame;
import app.parley.render.ExportMonitor;
import app.parley.render.GraphDrawing;
import app.parley.render.PngOptions;
import app.parley.render.PreparedGraph;
import app.parley.render.Rgba;
import app.parley.render.Theme;
import app.parley.render.ViewState;
import app.parley.render.fx.FxPlatform;
import app.parley.render.fx.FxTextMeasurer;
import app.parley.render.fx.PngExporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code parley export}: draws the map with the window's painter into a PNG, with no display needed. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Draws the whole map as a PNG image with the same painter as the window, headless "
                + "(no display needed).")
final class ExportCommand implements Callable<Integer> {

    @Mixin
    private DatasetOption dataset;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "Where to write the PNG (with "
            + "--story: the folder for the slides).")
    private Path out;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "N",
            description = "Output pixels per screen pixel: 1, 2, 4… (default: ${DEFAULT-VALUE}).")
    private double scale;

    @Option(names = "--layout", paramLabel = "table|force|circle",
            description = "How to place the actors (default: table for maps with delegations, else force).")
    private String layout;

    @Option(names = "--seed", defaultValue = "20250516", paramLabel = "N",
            description = "Seed of the force layout, for a reproducible picture (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--transparent", description = "Transparent background instead of white.")
    private boolean transparent;

    @Option(names = "--no-legend", description = "Leave out the legend.")
    private boolean noLegend;

    @Option(names = "--no-caption", description = "Leave out the source caption.")
    private boolean noCaption;

    @Mixin
    private StorySlidesOptions slides;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!(scale > 0) || scale > 64) {
            throw new ParameterException(spec.commandLine(), "--scale must be between 0 and 64, not " + scale);
        }
        Optional<Layouts> kind;
        try {
            kind = layout == null ? Optional.empty() : Optional.of(Layouts.byId(layout));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, layout);
        }
        if (slides.requested()) {
            return slides.export(dataset, out, kind, seed, spec);
        }
        Optional<Dataset> loaded = dataset.load(err);
        if (loaded.isEmpty()) {
            return 1;
        }
        FxPlatform.start();
        FxTextMeasurer measurer = new FxTextMeasurer();
        Theme theme = Theme.LIGHT;
        PreparedGraph prepared = PreparedGraph.of(loaded.get(), theme, measurer);
        Layouts chosen = kind.orElseGet(() -> Layouts.defaultFor(prepared.graph()));
        LayoutModel positions = prepared.layOut(chosen.create(prepared.graph(), seed), LayoutMonitor.NONE);
        GraphDrawing drawing = new GraphDrawing(prepared.scene(positions), theme, ViewState.NONE);
        ExportFrame.Request request = new ExportFrame.Request(ExportFrame.Area.WHOLE_GRAPH, scale,
                transparent ? Rgba.TRANSPARENT : theme.background(), !noLegend, !noCaption, null, 0, 0);
        Composition picture = new ExportFrame(theme, measurer, prepared.legend(), prepared.citation())
                .compose(drawing, request);
        PngOptions options = PngOptions.ofDpi(PngOptions.SCREEN_DPI * scale)
                .withText("Title", loaded.get().title())
                .withText("Source", prepared.citation())
                .withText("Software", "Parley");
        try {
            new PngExporter().export(picture, out, options, ExportMonitor.NONE);
        } catch (IOException e) {
            err.println("Could not write " + out + ": " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("Cannot export " + out + ": " + e.getMessage());
            return 2;
        }
        spec.commandLine().getOut().println("Wrote " + out + " (" + picture.width() + " × " + picture.height()
                + " px, " + chosen.label().toLowerCase(java.util.Locale.ROOT) + " layout, "
                + loaded.get().actors().size() + " actors).");
        return 0;
    }
}
