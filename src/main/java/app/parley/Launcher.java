package app.parley;

import app.parley.cli.ParleyCommand;

/** Entry point: with a command runs it headless, otherwise opens the window. Not an Application, so the jar runs on the classpath. */
public final class Launcher {

    private Launcher() {
    }

    /** Runs {@code parley [command] [options]}. */
    public static void main(String[] args) {
        System.exit(ParleyCommand.execute(args));
    }
}
