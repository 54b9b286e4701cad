package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.model.Span;
import org.junit.jupiter.api.Test;

class WordSelectionTest {

    private static final String TEXT = "“We are ready,” said İbrahim Kalın in Dolmabahçe.";

    private static String widened(int start, int end) {
        Span span = WordSelection.widen(TEXT, "s", start, end);
        return span == null ? null : TEXT.substring(span.start(), span.end());
    }

    @Test
    void aSelectionInsideWordsTakesTheWholeWords() {
        int start = TEXT.indexOf("brahim");
        assertThat(widened(start, start + 10)).isEqualTo("İbrahim Kalın");
    }

    @Test
    void spacesAroundTheWordsAreLeftOut() {
        int start = TEXT.indexOf(" said ");
        assertThat(widened(start, start + 6)).isEqualTo("said");
    }

    @Test
    void punctuationSelectedStaysAndDiacriticsDoNotSplitWords() {
        int start = TEXT.indexOf("Dolmabah");
        assertThat(widened(start + 2, TEXT.length())).isEqualTo("Dolmabahçe.");
    }

    @Test
    void onlySpacesSelectNothing() {
        int start = TEXT.indexOf(" in ");
        assertThat(widened(start, start + 1)).isNull();
    }
}
