package app.parley;

import app.parley.cli.ParleyCommand;
import app.parley.render.fx.FxPlatform;
import app.parley.ui.ParleyApp;

/**
 * Entry point: {@code parley COMMAND …} runs a command headless; {@code parley} or {@code parley FILE.json} opens the
 * window ({@code parley --startup-time} opens it, prints how long that took and closes it). Not an Application
 * subclass, so the jar runs on the plain classpath.
 */
public final class Launcher {

    private Launcher() {
    }

    /** Runs a command, or opens the window. */
    public static void main(String[] args) {
        FxPlatform.configureRendering();
        if (args.length == 0 || args.length == 1 && (ParleyApp.STARTUP_TIME.equals(args[0])
                || !ParleyCommand.isCommand(args[0]))) {
            ParleyApp.launchWindow(args);
            return;
        }
        int code = 1;
        try {
            code = ParleyCommand.execute(args);
        } finally {
            System.exit(code);
        }
    }
}
