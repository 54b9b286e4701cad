package app.parley.session;

import app.parley.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The maps opened or saved last, newest first, at most {@value #LIMIT}; kept in {@code recent.txt} in the data
 * folder, one absolute path a line. A list that cannot be read or written is logged and otherwise ignored: it never
 * stops a map from opening or saving.
 */
public final class RecentMaps {

    /** How many maps are remembered. */
    public static final int LIMIT = 10;

    private static final Logger LOG = Logger.getLogger(RecentMaps.class.getName());

    private final Path file;

    /** The list kept in {@code folder}. */
    public RecentMaps(Path folder) {
        this.file = folder.resolve("recent.txt");
    }

    /** The maps, newest first (including any that no longer exist). */
    public List<Path> list() {
        List<Path> maps = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && maps.size() < LIMIT) {
                    maps.add(Path.of(line.strip()));
                }
            }
        } catch (NoSuchFileException e) {
            return maps;
        } catch (IOException | InvalidPathException e) {
            LOG.log(Level.WARNING, "Cannot read the recent maps in " + file, e);
        }
        return maps;
    }

    /** Puts {@code map} first; returns the new list. */
    public List<Path> add(Path map) {
        Path absolute = map.toAbsolutePath().normalize();
        List<Path> maps = new ArrayList<>(list());
        maps.remove(absolute);
        maps.add(0, absolute);
        return write(maps.subList(0, Math.min(LIMIT, maps.size())));
    }

    /** Forgets {@code map}; returns the new list. */
    public List<Path> remove(Path map) {
        List<Path> maps = new ArrayList<>(list());
        maps.remove(map.toAbsolutePath().normalize());
        return write(maps);
    }

    private List<Path> write(List<Path> maps) {
        StringBuilder text = new StringBuilder();
        maps.forEach(m -> text.append(m).append('\n'));
        try {
            AtomicFiles.replace(file, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot write the recent maps to " + file, e);
        }
        return List.copyOf(maps);
    }
}
