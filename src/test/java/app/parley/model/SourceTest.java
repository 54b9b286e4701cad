package app.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourceTest {

    private static final String TEXT = "Fidan opened the session at 1:35 p.m. local time. “A meeting is necessary,” "
            + "he added. Rubio agreed.\nLow Hopes\nNext paragraph.";
    private final Source source = new Source("s", "T", "P", null, "en", null, TEXT, null);

    private String sentenceOf(String words) {
        int start = TEXT.indexOf(words);
        return source.excerpt(source.sentenceAround(new Span("s", start, start + words.length())));
    }

    @Test
    void sentenceAroundAWordIsTheWholeSentenceDespiteAbbreviations() {
        assertThat(sentenceOf("local")).isEqualTo("Fidan opened the session at 1:35 p.m. local time.");
    }

    @Test
    void sentenceAroundAQuoteRunsFromTheQuoteMarkToTheFullStop() {
        assertThat(sentenceOf("A meeting")).isEqualTo("“A meeting is necessary,” he added.");
    }

    @Test
    void headlineLineIsItsOwnSentence() {
        assertThat(sentenceOf("Hopes")).isEqualTo("Low Hopes");
    }

    @Test
    void spanAcrossTwoSentencesWidensToBoth() {
        assertThat(sentenceOf("added. Rubio")).isEqualTo("“A meeting is necessary,” he added. Rubio agreed.");
    }

    @Test
    void excerptOutsideTheTextIsRefused() {
        assertThatThrownBy(() -> source.excerpt(new Span("s", 0, 10_000))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> source.excerpt(new Span("other", 0, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void backwardSpanIsRefused() {
        assertThatThrownBy(() -> new Span("s", 5, 4)).hasMessage("Span end must not be before its start");
    }

    @Test
    void citationJoinsTitlePublisherAndDate() {
        Source dated = new Source("s", "Talks begin", "Wire", java.time.LocalDate.of(2025, 5, 16), "en", null, "x", null);

        assertThat(dated.citation()).isEqualTo("Talks begin, Wire, 2025-05-16");
    }
}
