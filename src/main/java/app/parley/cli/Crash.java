package app.parley.cli;

import app.parley.io.SafeText;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.InvalidPathException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last word of a command that failed in a way nothing else caught: one line saying what happened (for a lack of
 * memory, which file was being read and how to give Java more), the details logged once, and a non-zero exit code.
 */
public final class Crash {

    /** The exit code of a command that failed unexpectedly. */
    public static final int EXIT_CODE = 1;
    private static final Logger LOG = Logger.getLogger(Crash.class.getName());
    private static final long MEGABYTE = 1024 * 1024;

    private Crash() {
    }

    /** Prints the line for {@code failure}, met while running {@code args}, and returns the exit code. */
    public static int report(Throwable failure, String[] args, PrintWriter err) {
        LOG.log(Level.FINE, "parley " + String.join(" ", args) + " failed", failure);
        err.println(describe(failure, args, Runtime.getRuntime().maxMemory()));
        err.flush();
        return EXIT_CODE;
    }

    /** The one line for {@code failure}, with a heap of {@code maxHeap} bytes. */
    static String describe(Throwable failure, String[] args, long maxHeap) {
        if (failure instanceof OutOfMemoryError) {
            Path file = largestFile(args);
            String reading = file == null ? "" : " while reading " + file + " (" + megabytes(sizeOf(file)) + ")";
            return "parley: out of memory" + reading + " with a Java heap of " + megabytes(maxHeap)
                    + "; give Java more memory, e.g. java -Xmx" + suggestedGigabytes(file, maxHeap)
                    + "g -jar parley.jar " + SafeText.of(String.join(" ", args));
        }
        String message = failure.getMessage() == null ? "" : ": " + failure.getMessage();
        return SafeText.of("parley: unexpected error (" + failure.getClass().getSimpleName() + message
                + "); nothing was written. Please report it with the command you ran.");
    }

    private static Path largestFile(String[] args) {
        Path largest = null;
        long size = -1;
        for (String arg : args) {
            try {
                Path path = Path.of(arg);
                if (Files.isRegularFile(path) && Files.size(path) > size) {
                    largest = path;
                    size = Files.size(path);
                }
            } catch (InvalidPathException | java.io.IOException e) {
                continue;
            }
        }
        return largest;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /** Enough for the file many times over, and at least twice the heap that ran out; 4 GB at least. */
    private static long suggestedGigabytes(Path file, long maxHeap) {
        long wanted = Math.max(maxHeap * 2, file == null ? 0 : sizeOf(file) * 12);
        return Math.max(4, (wanted + 1024 * MEGABYTE - 1) / (1024 * MEGABYTE));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", Math.max(1, bytes / MEGABYTE));
    }
}
