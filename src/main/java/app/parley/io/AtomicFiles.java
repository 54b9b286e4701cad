package app.parley.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/** Replaces files atomically: content goes to a temporary file beside the target, which is then moved over it. */
public final class AtomicFiles {

    /** Writes the whole content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        /** Writes everything; the stream is closed by the caller. */
        void writeTo(OutputStream out) throws IOException;
    }

    private static final String TEMPORARY_SUFFIX = ".tmp";

    private AtomicFiles() {
    }

    /**
     * Writes {@code content} to {@code target}; if anything fails, the old file is left untouched and the temporary
     * file removed.
     */
    public static void replace(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        removeLeftovers(absolute);
        Path temporary = Files.createTempFile(directory, temporaryPrefix(absolute), TEMPORARY_SUFFIX);
        boolean moved = false;
        try {
            keepPermissions(temporary, absolute);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            move(temporary, absolute);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /**
     * Deletes the temporary files an interrupted write of {@code target} left beside it (a crash or power cut between
     * creating and moving them); returns how many.
     */
    public static int removeLeftovers(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            return 0;
        }
        String prefix = temporaryPrefix(absolute);
        int removed = 0;
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(directory, path -> {
            String name = path.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(TEMPORARY_SUFFIX)
                    && name.substring(prefix.length(), name.length() - TEMPORARY_SUFFIX.length()).matches("\\d+")
                    && Files.isRegularFile(path);
        })) {
            for (Path leftover : leftovers) {
                if (Files.deleteIfExists(leftover)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    private static String temporaryPrefix(Path absolute) {
        return "." + absolute.getFileName() + ".";
    }

    /** Gives the new file the old one's permissions, or the usual rw-r--r-- for a new file, where POSIX applies. */
    private static void keepPermissions(Path temporary, Path target) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        if (view != null) {
            view.setPermissions(Files.exists(target) ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--"));
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
