package app.parley.ui;

import app.parley.graph.ActorGraph;
import app.parley.io.interop.Point;
import app.parley.layout.LayoutModel;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** What the window keeps of a file it opened from another tool: the positions it drew, and where saving may go. */
final class FilePositions {

    private FilePositions() {
    }

    /** Puts every actor the file placed where it placed it, pinned, so the drawing arrives as the file had it. */
    static void pin(Map<String, Point> positions, ActorGraph graph, LayoutModel model) {
        positions.forEach((id, point) -> {
            int index = graph.indexOf(id);
            if (index >= 0) {
                model.set(index, point.x(), point.y());
                model.pin(index, true);
            }
        });
    }

    /**
     * The file that saving writes back to: a Parley dataset itself, and for a file of another format nothing, so
     * that Save asks for a new name instead of writing JSON over a GraphML, GEXF, Cytoscape or CSV file.
     */
    static Path savable(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") ? file : null;
    }
}
