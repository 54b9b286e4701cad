package app.parley.cli;

import app.parley.graph.ActorGraph;
import app.parley.graph.Link;
import app.parley.model.Actor;
import app.parley.render.scene.Rgba;
import app.parley.render.scene.Theme;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a plain Graphviz DOT file for the benchmark's comparison with {@code sfdp}: boxes named and filled like
 * Parley's cards, directed links without labels, and a size limit so that {@code sfdp -Tpng} draws an image as large
 * as the benchmark's own export. (`export --format dot` writes the full map, with link labels, for other uses.)
 */
final class BenchDotFile {

    private static final double POINTS_PER_INCH = 96;

    private BenchDotFile() {
    }

    /** Writes {@code graph} to {@code file}, the drawing at most {@code maxSide} pixels a side. */
    static void write(ActorGraph graph, Theme theme, int maxSide, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            double inches = maxSide / POINTS_PER_INCH;
            out.write("digraph parley {\n");
            out.write(String.format(Locale.ROOT, "  graph [size=\"%.2f,%.2f\", dpi=%d];%n", inches, inches,
                    (int) POINTS_PER_INCH));
            out.write("  node [shape=box, style=\"rounded,filled\", fontname=\"DejaVu Sans\", fontsize=15];\n");
            out.write("  edge [arrowsize=0.6];\n");
            for (Actor actor : graph.actors()) {
                Rgba fill = theme.cardFill(actor.side());
                Rgba border = theme.side(actor.side());
                out.write("  " + quoted(actor.id()) + " [label=" + quoted(actor.name()) + ", fillcolor=\""
                        + fill.webHex() + "\", color=\"" + border.webHex() + "\"];\n");
            }
            for (Link link : graph.links()) {
                out.write("  " + quoted(link.fromId()) + " -> " + quoted(link.toId()) + ";\n");
            }
            out.write("}\n");
        }
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
