package app.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A run of one command builds only that command's model, and answers exactly as the whole command line does. */
class OneSubcommandTest {

    @Test
    void aNamedCommandGetsOnlyItsOwnModel() {
        assertThat(ParleyCommand.commandLine("export").getSubcommands()).containsOnlyKeys("export");
        assertThat(ParleyCommand.commandLine("help").getSubcommands()).hasSize(ParleyCommand.SUBCOMMANDS.size());
        assertThat(ParleyCommand.commandLine("exprot").getSubcommands()).hasSize(ParleyCommand.SUBCOMMANDS.size());
        assertThat(ParleyCommand.commandLine(null).getSubcommands()).hasSize(ParleyCommand.SUBCOMMANDS.size());
    }

    @Test
    void helpAndMistakesReadTheSameAsWithEveryCommand() {
        String[][] cases = {{"export", "--help"}, {"check", "--bogus"}, {"export", "--out"}, {"help", "export"},
            {"--help"}, {"exprot", "--out", "x.png"}, {"generate", "--shape", "nothing", "--out", "x.json"}};
        for (String[] args : cases) {
            assertThat(run(ParleyCommand.commandLine(args[0]), args)).as(String.join(" ", args))
                    .isEqualTo(run(ParleyCommand.commandLine(), args));
        }
        assertThat(run(ParleyCommand.commandLine("--help"), "--help")).contains("export", "generate", "evaluate");
    }

    private static String run(CommandLine line, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int code = line.execute(args);
        return code + "\n" + out + "\n" + err;
    }
}
