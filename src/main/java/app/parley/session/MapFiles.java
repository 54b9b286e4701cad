package app.parley.session;

import app.parley.io.DatasetReader;
import app.parley.io.DatasetValidator;
import app.parley.io.DatasetWriter;
import app.parley.io.LoadResult;
import app.parley.io.Problem;
import app.parley.model.Dataset;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Opening and saving maps, as the window and the command line both do it. */
public final class MapFiles {

    private MapFiles() {
    }

    /** Reads a map file: the map if it can be used, and every problem found, placed by line and JSON pointer. */
    public static LoadResult open(Path file) {
        return new DatasetReader().read(file);
    }

    /**
     * Saves {@code dataset} to {@code file} atomically (a failed save leaves the old file as it was; temporary files
     * an earlier interrupted save left are removed). A map with an error is never written, so every saved map passes
     * {@code check}.
     *
     * @throws IOException when the file cannot be written, or the map has an error (the message says which)
     */
    public static void save(Dataset dataset, Path file) throws IOException {
        Optional<Problem> error = DatasetValidator.validate(dataset).stream().filter(Problem::isError).findFirst();
        if (error.isPresent()) {
            throw new IOException("the map has an error (" + error.get().describe() + ")");
        }
        new DatasetWriter().save(dataset, file);
    }

    /** {@code file}, with ".json" added when its name does not end in it. */
    public static Path withJsonExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".json") ? file : file.resolveSibling(name + ".json");
    }
}
