package app.parley.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** The top-level {@code parley} command; its subcommands do the work. */
@Command(name = "parley", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Maps who sits at the negotiating table, with every quote and relation sourced.%n"
                + "Run without a command to open the window.")
public final class ParleyCommand implements Runnable {

    /**
     * The subcommands, in the order the help lists them. They are added to the command line by hand, so that a run of
     * one command builds only its own picocli model (building all of them took a tenth of a second at each start).
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(CheckCommand.class, NewCommand.class, ExportCommand.class,
            AnalyzeCommand.class, GenerateCommand.class, BenchCommand.class, SuggestCommand.class,
            EvaluateCommand.class, CommandLine.HelpCommand.class);

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line, printing UTF-8 whatever the platform's locale, and returns the exit code. */
    public static int execute(String... args) {
        EarlyToolkit.startFor(args);
        CommandLine line = commandLine(args.length == 0 ? null : args[0]);
        line.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        line.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        return line.execute(args);
    }

    /**
     * The command line, set to answer a mistake in the arguments with the one line that says what is wrong (and the
     * options it may have meant), and where to read the options, rather than with the whole help.
     */
    static CommandLine commandLine() {
        return commandLine(null);
    }

    /**
     * The command line with only the subcommand {@code first} names, when it names one other than {@code help};
     * otherwise with them all (for the help, for suggestions when a name is mistyped).
     */
    static CommandLine commandLine(String first) {
        CommandLine line = new CommandLine(new ParleyCommand());
        Optional<Class<?>> only = SUBCOMMANDS.stream().filter(type -> !"help".equals(first)
                && nameOf(type).equals(first)).findFirst();
        for (Class<?> type : only.map(List::<Class<?>>of).orElse(SUBCOMMANDS)) {
            line.addSubcommand(type);
        }
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
        return word.startsWith("-") || SUBCOMMANDS.stream().anyMatch(type -> nameOf(type).equals(word));
    }

    private static String nameOf(Class<?> subcommand) {
        return subcommand.getAnnotation(Command.class).name();
    }
}
