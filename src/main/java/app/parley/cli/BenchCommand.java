package app.parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code parley bench}: placeholder. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmark.")
final class BenchCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        return 0;
    }
}
