package app.parley.ui;

import app.parley.io.Sha256;
import app.parley.model.Dataset;
import app.parley.model.Source;
import app.parley.model.Span;
import java.time.LocalDate;
import java.util.List;

/** A map holding one short article and nothing else, as authoring starts from. */
final class OneArticle {

    static final String SOURCE = "talks";
    static final String TEXT = "Hakan Fidan opened the talks in Dolmabahçe with İbrahim Kalın at his side.\n"
            + "“We are ready for a ceasefire,” said Rustem Umerov, who met Vladimir Medinsky.\n";

    private OneArticle() {
    }

    static Dataset dataset() {
        Source source = new Source(SOURCE, "Talks open in Istanbul", "Wire", LocalDate.of(2025, 5, 16), "en", null,
                TEXT, Sha256.hex(TEXT));
        return new Dataset("Istanbul talks", List.of(source), List.of(), List.of(), List.of(), List.of());
    }

    /** The span of the first occurrence of {@code words}. */
    static Span span(String words) {
        int start = TEXT.indexOf(words);
        if (start < 0) {
            throw new AssertionError("not in the article: " + words);
        }
        return new Span(SOURCE, start, start + words.length());
    }
}
