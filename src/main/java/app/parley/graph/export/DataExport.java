package app.parley.graph.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What a data export wrote.
 *
 * @param files the files written
 * @param notes what had to be changed to write them (characters the format cannot hold), one line each
 */
public record DataExport(List<Path> files, List<String> notes) {

    /** Freezes both lists. */
    public DataExport {
        files = List.copyOf(files);
        notes = List.copyOf(notes);
    }
}
