package app.parley.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code parley} command; its subcommands do the work. */
@Command(name = "parley", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Maps who sits at the negotiating table, with every quote and relation sourced.%n"
                + "Run without a command to open the window.",
        subcommands = {CheckCommand.class, ExportCommand.class, AnalyzeCommand.class, GenerateCommand.class,
                BenchCommand.class, CommandLine.HelpCommand.class})
public final class ParleyCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line, printing UTF-8 whatever the platform's locale, and returns the exit code. */
    public static int execute(String... args) {
        CommandLine line = new CommandLine(new ParleyCommand());
        line.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        line.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        return line.execute(args);
    }

    /** Whether {@code word} names a subcommand or a help or version option, as opposed to a file to open. */
    public static boolean isCommand(String word) {
        CommandLine line = new CommandLine(new ParleyCommand());
        return word.startsWith("-") || line.getSubcommands().containsKey(word);
    }
}
