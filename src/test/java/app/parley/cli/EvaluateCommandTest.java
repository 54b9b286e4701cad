package app.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class EvaluateCommandTest {

    private static final Path WHITE_HOUSE = Path.of("..", "shared", "eval",
            "05-armenia-azerbaijan-whitehouse.gold.json");

    @Test
    void scoresTheBundledDatasetAndAnAnnotationFile() {
        Assumptions.assumeTrue(Files.exists(WHITE_HOUSE), "../shared/eval is beside the clone");
        CliRun run = CliRun.of("evaluate", "--gold", WHITE_HOUSE.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("istanbul-talks-2025"), run.out());
        assertTrue(run.out().contains("05-armenia-azerbaijan-whitehouse"), run.out());
        assertTrue(run.out().contains("all (micro-average)"), run.out());
    }

    @Test
    void missingAnnotationIsReportedInOneLine() {
        CliRun run = CliRun.of("evaluate", "--gold", "no-such.gold.json");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("Cannot read the annotation no-such.gold.json"), run.err());
    }
}
