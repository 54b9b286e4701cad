package app.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SfdpPositionsTest {

    @TempDir
    Path dir;

    @Test
    void nodePositionsAreReadFromGraphvizOutputAndEdgesIgnored() {
        String dot = """
                digraph parley {
                \tgraph [bb="0,0,120,80", size="2,2"];
                \tnode [label="\\N", shape=box];
                \ta1\t[label="Ahmet [x]", pos="27,18", width=0.75];
                \t"a 2"\t[label="Ayşe \\"Y\\"", height=0.5,
                \t\tpos="93.5,6\\
                2.25", width=1];
                \ta1 -> "a 2"\t[pos="e,80,55 30,30"];
                }
                """;

        Map<String, double[]> positions = SfdpPositions.parse(dot);

        assertThat(positions).containsOnlyKeys("a1", "a 2");
        assertThat(positions.get("a1")).containsExactly(27, 18);
        assertThat(positions.get("a 2")).containsExactly(93.5, 62.25);
    }

    @Test
    void sfdpPlacesEveryNodeOfARealFile() throws IOException {
        assumeTrue(SfdpPositions.program().isPresent(), "sfdp is not installed");
        Path dot = dir.resolve("square.dot");
        Files.writeString(dot, "graph g { a -- b; b -- c; c -- d; d -- a; }\n");

        SfdpPositions.Result result = SfdpPositions.run(SfdpPositions.program().get(), dot);

        assertThat(result.positions()).containsOnlyKeys("a", "b", "c", "d");
        assertThat(result.positions().get("a")).isNotEqualTo(result.positions().get("c"));
    }
}
