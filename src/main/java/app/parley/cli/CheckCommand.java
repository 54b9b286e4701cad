package app.parley.cli;

import app.parley.io.LoadResult;
import app.parley.io.interop.DatasetFiles;
import app.parley.io.interop.Opened;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley check FILE}: validates a dataset file and prints every problem, or a one-line summary. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks a dataset file: JSON, fields, ids, references, and that every span's text is in its "
                + "source. Exits 0 if it can be opened, 1 if not.")
final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The dataset file (.json), or a graph of another tool (.graphml, .gexf, .cyjs, CSV folder).")
    private Path file;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Opened opened = new DatasetFiles().open(file);
        opened.unmapped().forEach(note -> out.println(file + ": warning: not brought over: " + note));
        LoadResult result = opened.result();
        if (result.ok()) {
            result.problems().forEach(problem -> out.println(problem.format(file.toString())));
            out.println(file + ": OK: " + result.dataset().summary() + ".");
            out.flush();
            return 0;
        }
        DatasetOption.Loading.report(file, result, out);
        return 1;
    }
}
