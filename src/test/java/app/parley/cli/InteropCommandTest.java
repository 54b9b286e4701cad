package app.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line writes every data format and opens other tools' files wherever it takes a dataset. */
class InteropCommandTest {

    @TempDir
    Path folder;

    @Test
    void aGraphMlExportIsADatasetForCheckAnalyzeAndExport() throws Exception {
        Path graphml = folder.resolve("map.graphml");
        CliRun written = CliRun.of("export", "--out", graphml.toString(), "--layout", "circle");
        assertThat(written.exitCode()).as(written.err()).isZero();
        assertThat(Files.readString(graphml)).contains("<y:Geometry");

        CliRun checked = CliRun.of("check", graphml.toString());
        assertThat(checked.exitCode()).as(checked.out()).isZero();
        assertThat(checked.out()).contains("OK: 37 actors");

        CliRun path = CliRun.of("analyze", "--dataset", graphml.toString(), "--path", "Zelensky", "Putin");
        assertThat(path.exitCode()).as(path.err()).isZero();

        Path cyjs = folder.resolve("again.cyjs");
        CliRun again = CliRun.of("export", "--dataset", graphml.toString(), "--out", cyjs.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(Files.readString(cyjs)).contains("\"position\"").contains("İbrahim Kalın");
    }

    @Test
    void aForeignFileSaysWhatItCouldNotBringOver() throws Exception {
        Path graphml = Files.writeString(folder.resolve("other.graphml"), """
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="w" for="edge" attr.name="weight" attr.type="double"/>
                  <graph edgedefault="undirected">
                    <node id="a"/><node id="b"/>
                    <edge source="a" target="b"><data key="w">1</data></edge>
                  </graph>
                </graphml>
                """);
        CliRun checked = CliRun.of("check", graphml.toString());

        assertThat(checked.out()).contains("warning: not brought over: 1 link has a type Parley does not know")
                .contains("2 actors have no kind");
    }

    @Test
    void aDataExportThatCannotBeWrittenSaysSoInOneLine() throws Exception {
        Path blocker = Files.writeString(folder.resolve("file"), "x");
        CliRun run = CliRun.of("export", "--out", blocker.resolve("map.gexf").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).startsWith("Could not write ").doesNotContain("Exception");
    }
}
