package app.parley.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.model.CardPosition;
import app.parley.model.Dataset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PositionsFormatTest {

    private static String withPositions(String positions) {
        String json = TinyDataset.json();
        int end = json.lastIndexOf('}');
        return json.substring(0, end) + ", \"positions\": " + positions + "\n}\n";
    }

    @Test
    void positionsAreReadAsCardPositions() {
        LoadResult result = new DatasetReader().read(withPositions("{\"fidan\": {\"x\": 12.5, \"y\": -40}}"));

        assertThat(result.errors()).isEmpty();
        assertThat(result.dataset().positions()).isEqualTo(Map.of("fidan", new CardPosition(12.5, -40)));
    }

    @Test
    void writtenPositionsReadBackEqual() {
        Dataset dataset = new DatasetReader().read(TinyDataset.json()).dataset()
                .withPositions(Map.of("umerov", new CardPosition(-3.25, 1e-3), "fidan", new CardPosition(100, 0.1)));

        String json = new DatasetWriter().toJson(dataset);
        LoadResult again = new DatasetReader().read(json);

        assertThat(again.problems()).isEmpty();
        assertThat(again.dataset()).isEqualTo(dataset);
        assertThat(json.indexOf("\"fidan\": {")).isLessThan(json.indexOf("\"umerov\": {", json.indexOf("\"positions\"")));
    }

    @Test
    void aMapWithoutPlacedCardsWritesNoPositionsField() {
        Dataset dataset = new DatasetReader().read(TinyDataset.json()).dataset();

        assertThat(new DatasetWriter().toJson(dataset)).doesNotContain("positions");
    }

    @Test
    void aPositionOfAnUnknownActorIsAnErrorAtItsPointer() {
        LoadResult result = new DatasetReader().read(withPositions("{\"ghost\": {\"x\": 1, \"y\": 2}}"));

        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEqualTo("/positions/ghost");
            assertThat(problem.message()).isEqualTo("No actor has the id \"ghost\".");
            assertThat(problem.line()).isPositive();
        });
    }

    @Test
    void aCoordinateThatIsNotANumberIsAnError() {
        LoadResult result = new DatasetReader().read(withPositions("{\"fidan\": {\"x\": \"left\", \"y\": 2}}"));

        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEqualTo("/positions/fidan/x");
            assertThat(problem.message()).contains("should be a number");
        });
    }
}
