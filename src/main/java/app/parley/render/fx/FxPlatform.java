package app.parley.render.fx;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit once (headless under Monocle when there is no display) and runs work on its thread from any
 * thread. When the window has already started the toolkit, that toolkit is reused.
 */
public final class FxPlatform {

    /** System property that forces the headless toolkit even when a display is available. */
    public static final String HEADLESS_PROPERTY = "parley.headless";

    private static final Map<String, String> HEADLESS_SETTINGS = Map.of(
            "glass.platform", "Monocle",
            "monocle.platform", "Headless",
            "prism.order", "sw",
            "headless.geometry", "1920x1200-32");

    /**
     * Rasterizer settings Parley needs: Marlin's clip subdivider splits curves where they cross the edge of the canvas,
     * which makes a curve drawn across two PNG tiles differ from the same curve drawn whole.
     */
    private static final Map<String, String> RENDERING_SETTINGS = Map.of("prism.marlin.clip.subdivider", "false");

    private static boolean started;
    /**
     * JavaFX's own logger, through which it warns that it was loaded from the class path ("Unsupported JavaFX
     * configuration"), as Parley does on purpose; held so that its filter stays set.
     */
    private static final java.util.logging.Logger JAVAFX_LOGGER = java.util.logging.Logger.getLogger("javafx");

    private FxPlatform() {
    }

    /** Starts the toolkit if nobody has, headless when {@link #wantsHeadless()} says so; does nothing afterwards. */
    public static void start() {
        synchronized (FxPlatform.class) {
            if (started) {
                return;
            }
            if (!isToolkitRunning()) {
                quietClassPathWarning();
                startToolkit(wantsHeadless());
            }
            started = true;
        }
    }

    /**
     * Sets the rendering system properties Parley relies on (unless already set), so tiled exports match whole ones.
     * They take effect only before JavaFX draws its first shape: the window calls this before launching.
     */
    public static void configureRendering() {
        quietClassPathWarning();
        setAbsent(RENDERING_SETTINGS);
    }

    /**
     * Drops JavaFX's warning that it runs from the class path (every other message of its logger still shows): the
     * command line would otherwise print it, with a timestamp, before every picture.
     */
    private static void quietClassPathWarning() {
        JAVAFX_LOGGER.setFilter(record -> record.getMessage() == null
                || !record.getMessage().startsWith("Unsupported JavaFX configuration"));
    }

    /**
     * Whether the toolkit should start headless: asked for with {@code -Dparley.headless=true}, already configured for
     * Monocle, or on Linux and other Unix systems without an X11 or Wayland display.
     */
    public static boolean wantsHeadless() {
        if (Boolean.getBoolean(HEADLESS_PROPERTY) || "Monocle".equalsIgnoreCase(System.getProperty("glass.platform"))) {
            return true;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        boolean unix = !os.contains("win") && !os.contains("mac");
        return unix && isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    /** Runs {@code task} on the JavaFX thread and returns its result; runs it directly when already on that thread. */
    public static <T> T call(Callable<T> task) {
        return await(submit(task));
    }

    /** Runs {@code task} on the JavaFX thread and waits for it; runs it directly when already on that thread. */
    public static void run(Runnable task) {
        call(() -> {
            task.run();
            return null;
        });
    }

    /**
     * Queues {@code task} on the JavaFX thread without waiting; on that thread it runs at once. Pass the result to
     * {@link #await(Future)}.
     */
    public static <T> Future<T> submit(Callable<T> task) {
        FutureTask<T> future = new FutureTask<>(task);
        if (Platform.isFxApplicationThread()) {
            future.run();
        } else {
            start();
            Platform.runLater(future);
        }
        return future;
    }

    /**
     * Waits for a task from {@link #submit(Callable)}. Unchecked exceptions and errors of the task are rethrown as they
     * are, checked ones wrapped in a {@link CompletionException}; an interrupted wait throws
     * {@link CancellationException} with the interrupt flag kept.
     */
    public static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            CancellationException cancelled = new CancellationException("Interrupted while waiting for JavaFX");
            cancelled.initCause(e);
            throw cancelled;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new CompletionException(cause);
        }
    }

    private static boolean isToolkitRunning() {
        try {
            Platform.runLater(() -> { });
            return true;
        } catch (IllegalStateException notInitialized) {
            return false;
        }
    }

    private static void startToolkit(boolean headless) {
        configureRendering();
        if (headless) {
            setAbsent(HEADLESS_SETTINGS);
        }
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
            Platform.setImplicitExit(false);
        } catch (IllegalStateException alreadyStarted) {
            ready.countDown();
        }
        try {
            ready.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting JavaFX", e);
        }
    }

    private static void setAbsent(Map<String, String> settings) {
        settings.forEach((key, value) -> {
            if (System.getProperty(key) == null) {
                System.setProperty(key, value);
            }
        });
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
