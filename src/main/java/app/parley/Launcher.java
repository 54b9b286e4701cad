package app.parley;

import app.parley.cli.ParleyCommand;
import app.parley.ui.ParleyApp;

/**
 * Entry point: {@code parley COMMAND …} runs a command headless; {@code parley} or {@code parley FILE.json} opens the
 * window. Not an Application subclass, so the jar runs on the plain classpath.
 */
public final class Launcher {

    private Launcher() {
    }

    /** Runs a command, or opens the window. */
    public static void main(String[] args) {
        if (args.length == 0 || args.length == 1 && !ParleyCommand.isCommand(args[0])) {
            ParleyApp.launchWindow(args);
            return;
        }
        System.exit(ParleyCommand.execute(args));
    }
}
