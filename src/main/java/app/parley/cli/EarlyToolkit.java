package app.parley.cli;

import app.parley.render.fx.FxPlatform;
import app.parley.render.fx.FxTextMeasurer;
import app.parley.render.scene.FontSpec;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Starts JavaFX, and loads the fonts a command will measure with, on a thread of its own while the command reads its
 * data (the two need different cores, and neither needs the other), and waits for it where the command first needs it.
 */
final class EarlyToolkit {

    private final CompletableFuture<Void> started;

    private EarlyToolkit(CompletableFuture<Void> started) {
        this.started = started;
    }

    /**
     * Begins starting the toolkit (headless when there is no display) and then loading {@code fonts} and measuring
     * their common characters; returns at once.
     */
    static EarlyToolkit start(List<FontSpec> fonts) {
        return new EarlyToolkit(CompletableFuture.runAsync(() -> {
            FxPlatform.start();
            fonts.forEach(FxTextMeasurer::prepare);
        }, task -> {
            Thread thread = new Thread(task, "parley-javafx-start");
            thread.setDaemon(true);
            thread.start();
        }));
    }

    /**
     * Runs {@code work} on a thread of its own once the toolkit has started (measuring text, say, while the command
     * goes on with work that needs no toolkit); returns at once. {@link #await()} on the result waits for both.
     */
    EarlyToolkit then(Runnable work) {
        return new EarlyToolkit(started.thenRunAsync(work, EarlyToolkit::onThreadOfItsOwn));
    }

    private static void onThreadOfItsOwn(Runnable task) {
        Thread thread = new Thread(task, "parley-javafx-beside");
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
