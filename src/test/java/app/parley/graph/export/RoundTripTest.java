package app.parley.graph.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.graph.ActorGraph;
import app.parley.io.interop.DatasetFiles;
import app.parley.io.interop.Opened;
import app.parley.io.interop.Point;
import app.parley.model.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Parley's own exports open again as the same data: export, open, export gives the same files. */
class RoundTripTest {

    private static final ActorGraph GRAPH = Hostile.ISTANBUL;
    private static final Placement DRAWN = Hostile.grid(GRAPH);

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(value = DataFormat.class, names = "DOT", mode = EnumSource.Mode.EXCLUDE)
    void exportOpenExportGivesTheSameFiles(DataFormat format) throws IOException {
        Path first = folder.resolve(format == DataFormat.CSV ? "first" : "first." + format.extension());
        Path second = folder.resolve(format == DataFormat.CSV ? "second" : "second." + format.extension());
        List<Path> written = format.export(GRAPH, DRAWN, first).files();
        Opened opened = new DatasetFiles().open(first);

        assertThat(opened.result().problems()).isEmpty();
        Dataset reopened = opened.result().dataset();
        assertThat(reopened.actors()).isEqualTo(GRAPH.dataset().actors());
        assertThat(ActorGraph.of(reopened).links()).isEqualTo(GRAPH.links());
        List<Path> again = format.export(ActorGraph.of(reopened), DRAWN, second).files();
        for (int i = 0; i < written.size(); i++) {
            assertThat(comparable(format, again.get(i))).as(again.get(i).getFileName().toString())
                    .isEqualTo(comparable(format, written.get(i)));
        }
        if (format != DataFormat.CSV) {
            assertThat(opened.positions()).hasSize(GRAPH.size());
            for (Map.Entry<String, Point> position : opened.positions().entrySet()) {
                Place place = DRAWN.place(position.getKey()).orElseThrow();
                assertThat(position.getValue().x()).isCloseTo(place.x(), Offset.offset(0.01));
                assertThat(position.getValue().y()).isCloseTo(place.y(), Offset.offset(0.01));
            }
        }
    }

    /**
     * The file's text; for GEXF without the sentence around each link's evidence, since GEXF has no place for the
     * article and Parley rebuilds it from the evidence alone (the evidence and its offsets must still be the same).
     */
    private static String comparable(DataFormat format, Path file) throws IOException {
        String text = Files.readString(file);
        return format == DataFormat.GEXF ? text.replaceAll("<attvalue for=\"sentence\" value=\"[^\"]*\"/>", "")
                : text;
    }
}
