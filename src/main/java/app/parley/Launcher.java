package app.parley;

import app.parley.cli.Crash;
import app.parley.cli.ParleyCommand;
import app.parley.cli.PhaseTimes;
import app.parley.render.fx.FxPlatform;
import app.parley.ui.ParleyApp;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Entry point: {@code parley COMMAND …} runs a command headless; {@code parley} or {@code parley FILE.json} opens the
 * window ({@code parley --startup-time} opens it, prints how long that took and closes it). Not an Application
 * subclass, so the jar runs on the plain classpath.
 */
public final class Launcher {

    private Launcher() {
    }

    /**
     * Runs a command, or opens the window. A command sets JavaFX's rendering up where it starts the toolkit, on a
     * thread of its own ({@link FxPlatform#start()}), so that its first moments are not spent starting Java's logging.
     */
    public static void main(String[] args) {
        PhaseTimes.markMainEntered(Arrays.asList(args).contains("--timings"));
        if (args.length == 0 || args.length == 1 && (ParleyApp.STARTUP_TIME.equals(args[0])
                || !ParleyCommand.isCommand(args[0]))) {
            FxPlatform.configureRendering();
            ParleyApp.launchWindow(args);
            return;
        }
        int code;
        try {
            code = ParleyCommand.execute(args);
        } catch (OutOfMemoryError | RuntimeException failure) {
            code = Crash.report(failure, args, new PrintWriter(new OutputStreamWriter(System.err,
                    StandardCharsets.UTF_8), true));
        }
        System.exit(code);
    }
}
