package app.parley.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.io.DatasetReader;
import app.parley.io.DatasetValidator;
import app.parley.io.Problem;
import app.parley.model.Dataset;
import app.parley.model.Span;
import java.nio.file.Path;

/** The shipped Istanbul map as the session tests start from it: a session on it, its words and its validity. */
final class IstanbulMap {

    /** The shipped dataset. */
    static final Dataset ISTANBUL = DatasetReader.istanbul();
    /** The id of its article. */
    static final String SOURCE = "istanbul-2025";

    private IstanbulMap() {
    }

    /** A fresh session on the Istanbul map. */
    static MapSession session() {
        return new MapSession(ISTANBUL, Path.of("istanbul.json"));
    }

    /** The span of the first place {@code words} stand in the article. */
    static Span spanOf(String words) {
        int start = ISTANBUL.sources().get(0).text().indexOf(words);
        assertThat(start).as(words).isNotNegative();
        return new Span(SOURCE, start, start + words.length());
    }

    /** Asserts that {@code dataset} has no error. */
    static void assertValid(Dataset dataset) {
        assertThat(DatasetValidator.validate(dataset)).filteredOn(Problem::isError).isEmpty();
    }
}
