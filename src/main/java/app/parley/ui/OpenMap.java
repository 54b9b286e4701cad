package app.parley.ui;

import app.parley.model.Dataset;
import app.parley.render.scene.PreparedGraph;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The map open in the window.
 *
 * @param file     where it was read from, or {@code null} for the bundled Istanbul dataset
 * @param prepared its graph and measured cards
 */
public record OpenMap(Path file, PreparedGraph prepared) {

    /** The dataset. */
    public Dataset dataset() {
        return prepared.graph().dataset();
    }

    /** The file it came from, if any. */
    public Optional<Path> source() {
        return Optional.ofNullable(file);
    }

    /** The name shown in the title bar. */
    public String displayName() {
        return file == null ? dataset().title() : file.getFileName().toString();
    }
}
