package app.parley.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** The top-level {@code parley} command; its subcommands do the work. */
@Command(name = "parley", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Maps who sits at the negotiating table, with every quote and relation sourced.%n"
                + "Run without a command to open the window.",
        subcommands = {CheckCommand.class, NewCommand.class, ExportCommand.class, AnalyzeCommand.class,
                GenerateCommand.class, BenchCommand.class, SuggestCommand.class, EvaluateCommand.class,
                CommandLine.HelpCommand.class})
public final class ParleyCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line, printing UTF-8 whatever the platform's locale, and returns the exit code. */
    public static int execute(String... args) {
        CommandLine line = commandLine();
        line.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        line.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        return line.execute(args);
    }

    /**
     * The command line, set to answer a mistake in the arguments with the one line that says what is wrong (and the
     * options it may have meant), and where to read the options, rather than with the whole help.
     */
    static CommandLine commandLine() {
        CommandLine line = new CommandLine(new ParleyCommand());
        line.setParameterExceptionHandler(ParleyCommand::shortUsageError);
        line.setExecutionExceptionHandler((failure, command, parsed) -> Crash.report(failure,
                parsed.originalArgs().toArray(String[]::new), command.getErr()));
        return line;
    }

    private static int shortUsageError(ParameterException error, String[] args) {
        CommandLine command = error.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(error.getMessage());
        UnmatchedArgumentException.printSuggestions(error, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for the options.");
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** Whether {@code word} names a subcommand or a help or version option, as opposed to a file to open. */
    public static boolean isCommand(String word) {
        return word.startsWith("-") || Arrays.stream(ParleyCommand.class.getAnnotation(Command.class).subcommands())
                .map(type -> type.getAnnotation(Command.class))
                .anyMatch(command -> command != null && command.name().equals(word));
    }
}
