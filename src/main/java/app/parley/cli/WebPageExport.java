package app.parley.cli;

import app.parley.render.html.MapPage;
import app.parley.render.scene.PreparedGraph;
import app.parley.render.scene.Scene;
import app.parley.render.scene.TextMeasurer;
import app.parley.render.scene.ViewState;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code export --out map.html}: writes the map as one self-contained web page and says what it wrote. */
final class WebPageExport {

    private final PrintWriter out;
    private final PrintWriter err;

    WebPageExport(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** Writes the page of {@code scene} to {@code target}, the {@code state}'s actor selected; returns the exit code. */
    int write(PreparedGraph prepared, TextMeasurer measurer, Scene scene, String title, ViewState state, Path target) {
        try {
            new MapPage(prepared, measurer).export(scene, title, state.selectedActor(), target);
            out.println("Wrote " + target + " (web page, " + Files.size(target) / 1024 + " KB, "
                    + prepared.graph().size() + " actors, " + prepared.graph().dataset().quotes().size() + " quotes, "
                    + prepared.graph().dataset().story().size() + " story steps).");
            return 0;
        } catch (IOException e) {
            err.println("Could not write " + target + ": " + e.getMessage());
            return 1;
        }
    }
}
