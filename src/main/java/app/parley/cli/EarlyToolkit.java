package app.parley.cli;

import app.parley.render.fx.FxPlatform;
import app.parley.render.fx.FxTextMeasurer;
import app.parley.render.scene.FontSpec;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Starts JavaFX, and loads the fonts a command will measure with, on a thread of its own while the command reads its
 * data (the two need different cores, and neither needs the other), and waits for it where the command first needs it.
 * For {@code export}, the toolkit itself starts as the process does, before the command line is even parsed (a core
 * is free then; reading the data keeps both busy).
 */
final class EarlyToolkit {

    /** The commands that draw, and so start the toolkit whatever their options. */
    private static final List<String> DRAWING_COMMANDS = List.of("export");

    /** The toolkit's start begun before the command line was parsed; done at once when there was none. */
    private static volatile CompletableFuture<Void> beforeCommandLine = CompletableFuture.completedFuture(null);

    private final CompletableFuture<Void> started;

    private EarlyToolkit(CompletableFuture<Void> started) {
        this.started = started;
    }

    /**
     * Begins starting the toolkit (headless when there is no display) and then loading {@code fonts} and measuring
     * their common characters; returns at once.
     */
    static EarlyToolkit start(List<FontSpec> fonts) {
        return new EarlyToolkit(beforeCommandLine.thenRunAsync(() -> {
            FxPlatform.start();
            fonts.forEach(FxTextMeasurer::prepare);
        }, task -> onThreadOfItsOwn(task, "parley-javafx-start")));
    }

    /**
     * Begins starting the toolkit on a thread of its own when {@code args} run a command that draws (not its help);
     * returns at once. A failure to start is thrown where the command awaits the toolkit, as it would be without this.
     */
    static void startFor(String... args) {
        if (startsBeforeCommandLine(args)) {
            beforeCommandLine = CompletableFuture.runAsync(FxPlatform::start,
                    task -> onThreadOfItsOwn(task, "parley-javafx-early"));
        }
    }

    /** Whether {@code args} run a command that draws, not its help or version, so the toolkit may start at once. */
    static boolean startsBeforeCommandLine(String... args) {
        boolean help = Arrays.stream(args).anyMatch(arg -> arg.equals("--help") || arg.equals("-h")
                || arg.equals("--version") || arg.equals("-V"));
        return args.length > 0 && DRAWING_COMMANDS.contains(args[0]) && !help;
    }

    /**
     * Runs {@code work} on a thread of its own once the toolkit has started (measuring text, say, while the command
     * goes on with work that needs no toolkit); returns at once. {@link #await()} on the result waits for both.
     */
    EarlyToolkit then(Runnable work) {
        return new EarlyToolkit(started.thenRunAsync(work, task -> onThreadOfItsOwn(task, "parley-javafx-beside")));
    }

    private static void onThreadOfItsOwn(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits until the toolkit has started; a failure to start is thrown as it was thrown. */
    void await() {
        try {
            started.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw failed;
        }
    }
}
