package app.parley.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An empty span at the very start of a text (which the format allows) has the first sentence around it. */
class SentenceAroundEmptySpanTest {

    @Test
    void anEmptySpanAtTheStartLiesInTheFirstSentence() {
        Source source = new Source("s", "T", null, null, "en", null, "Talks open. Then more.", null);

        assertThat(source.excerpt(source.sentenceAround(new Span("s", 0, 0)))).isEqualTo("Talks open.");
    }
}
