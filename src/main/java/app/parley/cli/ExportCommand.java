package app.parley.cli;

import app.parley.graph.ActorGraph;
import app.parley.graph.ActorSearch;
import app.parley.graph.export.DataExport;
import app.parley.graph.export.DataFormat;
import app.parley.graph.export.Placement;
import app.parley.layout.LayoutModel;
import app.parley.layout.Layouts;
import app.parley.model.Actor;
import app.parley.model.Dataset;
import app.parley.render.export.ExportFormat;
import app.parley.render.export.ExportFrame;
import app.parley.render.export.ExportMonitor;
import app.parley.render.export.ExportSize;
import app.parley.render.export.PageBackground;
import app.parley.render.export.PrintLength;
import app.parley.render.fx.FxTextMeasurer;
import app.parley.render.scene.DataPlacement;
import app.parley.render.scene.NodeCards;
import app.parley.render.scene.PreparedGraph;
import app.parley.render.scene.Scene;
import app.parley.render.scene.Theme;
import app.parley.render.scene.ViewState;
import app.parley.session.MapExporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code parley export}: draws the map with the window's painter into a PNG or SVG, or writes its data as GraphML,
 * GEXF, DOT or CSV, with no display needed.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Draws the map as a PNG or SVG picture with the same painter as the window, as a "
                + "self-contained web page (.html), or writes it as GraphML, GEXF, DOT or CSV data, headless (no "
                + "display needed).",
                "",
                "The format follows the --out extension (.png .svg .html .graphml .gexf .dot/.gv) unless --format says; "
                        + "--format csv writes actors.csv, relations.csv and quotes.csv into the folder --out names "
                        + "(RFC 4180, UTF-8 without a byte order mark). Picture options are ignored for data.",
                ""})
final class ExportCommand implements Callable<Integer> {

    private static final double DEFAULT_PRINT_DPI = 300;

    @Mixin
    private DatasetOption dataset;

    @Option(names = "--out", required = true, paramLabel = "FILE|DIR",
            description = "Where to write: a file, or a folder for --format csv and for --story slides.")
    private Path out;

    @Option(names = "--format", paramLabel = "png|svg|html|graphml|gexf|dot|csv",
            description = "What to write (default: from the --out extension).")
    private String format;

    @Option(names = "--scale", paramLabel = "N",
            description = "Output pixels per screen pixel: 1, 2, 4… (default: 1 unless a size is given).")
    private Double scale;

    @Option(names = "--width", paramLabel = "PX",
            description = "Exact width in pixels (the height follows); with --story the slide width (default 1920).")
    private Integer width;

    @Option(names = "--height", paramLabel = "PX",
            description = "Exact height in pixels (the width follows); with --width, exactly that size, the drawing "
                    + "fitted and centred; with --story the slide height (default 1080).")
    private Integer height;

    @Option(names = "--size", paramLabel = "LENGTH",
            description = "Width on paper, such as 20cm, 180mm or 8in, at --dpi (default 300).")
    private String size;

    @Option(names = "--dpi", paramLabel = "N",
            description = "Resolution recorded in the PNG (pHYs), and of --size: 150, 300, 600… "
                    + "(default: 96 × scale, or 300 with --size).")
    private Double dpi;

    @Option(names = "--area", paramLabel = "whole|selection",
            description = "The whole graph, or the selection: the --select actor with its neighbours "
                    + "(default: selection when --select is given, else whole).")
    private String area;

    @Option(names = "--select", paramLabel = "ACTOR",
            description = "The actor to select, by id, name or alias (accents and capitals optional).")
    private String select;

    @Option(names = "--background", paramLabel = "white|transparent|theme",
            description = "What the picture is drawn on (default: white).")
    private String background;

    @Option(names = "--theme", paramLabel = "light|dark|high-contrast",
            description = "Colours (default: light; high-contrast for --story). The picture is drawn on the theme's "
                    + "page unless --background says otherwise; on a white or transparent page a dark theme is drawn "
                    + "light, so it reads on paper.")
    private String theme;

    @Option(names = "--transparent", description = "Same as --background transparent.")
    private boolean transparent;

    @Option(names = "--title", paramLabel = "TEXT", description = "The title line (default: the dataset's title).")
    private String title;

    @Option(names = "--no-title", description = "Leave out the title line.")
    private boolean noTitle;

    @Option(names = "--footnotes",
            description = "Number the labelled links and list the sentence each rests on, with its source, "
                    + "under the legend.")
    private boolean footnotes;

    @Option(names = "--no-legend", description = "Leave out the legend.")
    private boolean noLegend;

    @Option(names = "--no-caption", description = "Leave out the source caption.")
    private boolean noCaption;

    @Option(names = "--layout", paramLabel = "table|force|circle",
            description = "How to place the actors (default: table for maps with delegations, else force).")
    private String layout;

    @Option(names = "--seed", defaultValue = MapExporter.SEED_TEXT, paramLabel = "N",
            description = "Seed of the force layout, for a reproducible picture (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--timings",
            description = "Print to standard error where the time went, phase by phase from the process start.")
    private boolean timings;

    @Mixin
    private StorySlidesOptions slides;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PhaseTimes times = timings ? PhaseTimes.sinceProcessStart() : PhaseTimes.fromNow();
        times.lap("command line");
        PrintWriter err = spec.commandLine().getErr();
        Optional<Layouts> kind = parse(() -> layout == null ? Optional.empty() : Optional.of(Layouts.byId(layout)),
                layout);
        if (slides.requested()) {
            return slides.export(dataset, out, kind, seed, width, height, chosenTheme(Theme.HIGH_CONTRAST), spec);
        }
        ExportFormat chosenFormat = chosenFormat();
        Theme asked = chosenTheme(Theme.LIGHT);
        PageBackground page = transparent ? PageBackground.TRANSPARENT
                : background != null ? parse(() -> PageBackground.byId(background), background)
                : theme != null ? PageBackground.THEME : PageBackground.WHITE;
        ExportSize exportSize = chosenFormat.picture() ? exportSize() : ExportSize.scale(1);
        ExportFrame.Area chosenArea = chosenArea();
        Theme drawn = page.themeFor(asked);
        EarlyToolkit toolkit = EarlyToolkit.start(List.of(drawn.nameFont(), drawn.roleFont()));
        Optional<Dataset> loaded = dataset.load(err);
        if (loaded.isEmpty()) {
            return 1;
        }
        times.lap("read and check (JavaFX starting beside)");
        FxTextMeasurer measurer = new FxTextMeasurer();
        Dataset read = loaded.get();
        EarlyToolkit names = toolkit.then(() -> NodeCards.premeasure(read.actors(), read.roles(), drawn, measurer));
        ActorGraph graph = ActorGraph.of(read);
        times.lap("graph (names measured beside)");
        names.await();
        times.lap("JavaFX start and names (the rest)");
        PreparedGraph prepared = PreparedGraph.of(graph, drawn, measurer);
        times.lap("measuring cards");
        ViewState state = ViewState.NONE;
        if (select != null) {
            Optional<Actor> actor = ActorChoice.resolve(new ActorSearch(prepared.graph()), select, err);
            if (actor.isEmpty()) {
                return 2;
            }
            state = state.withSelectedActor(actor.get().id());
        }
        Layouts chosen = kind.orElseGet(() -> Layouts.defaultFor(prepared.graph()));
        LayoutModel positions = MapExporter.layOut(prepared, chosen, seed);
        times.lap("layout");
        if (chosenFormat.data().isPresent()) {
            return writeData(chosenFormat.data().get(), prepared.graph(),
                    DataPlacement.of(prepared.scene(positions), drawn), err);
        }
        String shownTitle = MapExporter.shownTitle(title, noTitle, loaded.get().title());
        if (chosenFormat == ExportFormat.HTML) {
            return new WebPageExport(spec.commandLine().getOut(), err).write(prepared, measurer,
                    prepared.scene(positions), title != null ? title : loaded.get().title(), state, out);
        }
        ExportFrame.Request request = new ExportFrame.Request(chosenArea, exportSize, page.colour(drawn), !noLegend,
                !noCaption, shownTitle, footnotes, null, 0, 0);
        MapExporter exporter = new MapExporter(prepared, drawn, measurer);
        ExportFrame.Figure figure;
        try {
            Scene scene = prepared.scene(positions);
            times.lap("scene");
            figure = exporter.figure(scene, state, request, chosenFormat);
            times.lap("framing");
            exporter.write(figure, chosenFormat, out, shownTitle, new TimedMonitor(times));
            times.lap("drawing and writing " + chosenFormat.label());
        } catch (IOException e) {
            err.println("Could not write " + out + ": " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("Cannot export " + out + ": " + e.getMessage());
            return 2;
        }
        spec.commandLine().getOut().println("Wrote " + out + " (" + MapExporter.describe(figure, chosenFormat) + ", "
                + chosen.label().toLowerCase(Locale.ROOT) + " layout, " + loaded.get().actors().size() + " actors"
                + ").");
        if (timings) {
            err.print(times.report());
            err.flush();
        }
        return 0;
    }

    private int writeData(DataFormat data, ActorGraph graph, Placement placement, PrintWriter err) {
        List<Path> written;
        try {
            DataExport export = MapExporter.writeData(graph, data, placement, out);
            written = export.files();
            export.notes().forEach(note -> err.println(out + ": warning: " + note));
        } catch (IOException e) {
            err.println("Could not write " + out + ": " + e.getMessage());
            return 1;
        }
        spec.commandLine().getOut().println("Wrote " + written.stream().map(Path::toString)
                .collect(Collectors.joining(", ")) + " (" + MapExporter.describeData(graph, data) + ").");
        return 0;
    }

    private ExportFormat chosenFormat() {
        if (format != null) {
            return parse(() -> ExportFormat.byId(format), format);
        }
        return ExportFormat.ofFileName(out.getFileName() == null ? "" : out.getFileName().toString())
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "Cannot tell the format from '" + out
                        + "'; end it in .png, .svg, .html, .graphml, .gexf, .dot or .cyjs, or give --format (csv: a folder)"));
    }

    private ExportFrame.Area chosenArea() {
        String wanted = area == null ? (select == null ? "whole" : "selection") : area.toLowerCase(Locale.ROOT);
        return switch (wanted) {
            case "whole" -> ExportFrame.Area.WHOLE_GRAPH;
            case "selection" -> {
                if (select == null) {
                    throw new ParameterException(spec.commandLine(),
                            "--area selection needs --select ACTOR: the actor whose neighbourhood to draw");
                }
                yield ExportFrame.Area.SELECTION;
            }
            default -> throw new ParameterException(spec.commandLine(), "Unknown area '" + area
                    + "'; expected whole or selection");
        };
    }

    private ExportSize exportSize() {
        boolean pixels = width != null || height != null;
        if (scale != null && (pixels || size != null)) {
            throw new ParameterException(spec.commandLine(), "Give either --scale, or --width/--height, or --size");
        }
        if (size != null && pixels) {
            throw new ParameterException(spec.commandLine(), "Give either --width/--height or --size, not both");
        }
        return parse(() -> {
            ExportSize chosen;
            if (size != null) {
                chosen = ExportSize.print(PrintLength.parse(size), dpi == null ? DEFAULT_PRINT_DPI : dpi);
            } else if (pixels) {
                chosen = ExportSize.pixels(width == null ? 0 : width, height == null ? 0 : height);
            } else {
                double factor = scale == null ? 1 : scale;
                if (!(factor > 0) || factor > 64) {
                    throw new IllegalArgumentException("--scale must be between 0 and 64, not " + factor);
                }
                chosen = ExportSize.scale(factor);
            }
            return dpi == null || size != null ? chosen : chosen.withDpi(dpi);
        }, size);
    }

    /** The theme --theme names, or {@code otherwise} when it was not given. */
    private Theme chosenTheme(Theme otherwise) {
        return theme == null ? otherwise : parse(() -> ThemeNames.byId(theme), theme);
    }

    /** Notes the busy times of the export's parts as overlapping parts of the timings. */
    private record TimedMonitor(PhaseTimes times) implements ExportMonitor {

        @Override
        public void progress(double fraction) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public void busy(String part, double millis) {
            times.part(part, millis);
        }
    }

    /** Runs a parse, turning a refusal into a usage error (exit code 2). */
    private <T> T parse(Supplier<T> parser, String value) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, value);
        }
    }

}
