package app.parley.graph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces several UTF-8 text files in one folder as a set: every file is written in full to a temporary file beside
 * its target first, and only when all are written are they moved into place (the old files set aside until the last
 * move has succeeded, and put back if one fails). A failure while writing — a full disk — leaves the old set as it
 * was and no temporary file behind.
 */
final class FileSet {

    private final Path folder;
    private final Map<Path, TextFiles.Text> files = new LinkedHashMap<>();

    /** A set of files in {@code folder}. */
    FileSet(Path folder) {
        this.folder = folder.toAbsolutePath();
    }

    /** Adds the file {@code name} with its text. */
    FileSet add(String name, TextFiles.Text text) {
        files.put(folder.resolve(name), text);
        return this;
    }

    /** Writes every file and moves them into place; returns the files, in the order added. */
    List<Path> write() throws IOException {
        Files.createDirectories(folder);
        Map<Path, Path> written = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, TextFiles.Text> file : files.entrySet()) {
                Path temporary = Files.createTempFile(folder, "." + file.getKey().getFileName(), ".tmp");
                written.put(file.getKey(), temporary);
                writeText(temporary, file.getValue());
            }
            commit(written);
        } finally {
            for (Path temporary : written.values()) {
                Files.deleteIfExists(temporary);
            }
        }
        return List.copyOf(files.keySet());
    }

    private static void writeText(Path file, TextFiles.Text text) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             OutputStream stream = Channels.newOutputStream(channel);
             Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
            text.writeTo(out);
            out.flush();
            channel.force(true);
        }
    }

    /** Sets the old files aside, moves the new ones in, and puts the old ones back if a move fails. */
    private void commit(Map<Path, Path> written) throws IOException {
        Map<Path, Path> setAside = new LinkedHashMap<>();
        List<Path> placed = new ArrayList<>();
        try {
            for (Path target : written.keySet()) {
                if (Files.exists(target)) {
                    Path old = Files.createTempFile(folder, "." + target.getFileName(), ".old");
                    move(target, old);
                    setAside.put(target, old);
                }
            }
            for (Map.Entry<Path, Path> file : written.entrySet()) {
                move(file.getValue(), file.getKey());
                placed.add(file.getKey());
            }
        } catch (IOException failure) {
            for (Path target : placed) {
                Files.deleteIfExists(target);
            }
            for (Map.Entry<Path, Path> old : setAside.entrySet()) {
                move(old.getValue(), old.getKey());
            }
            throw failure;
        }
        for (Path old : setAside.values()) {
            Files.deleteIfExists(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
