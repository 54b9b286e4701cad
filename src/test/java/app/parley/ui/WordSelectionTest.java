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
    void anAbbreviationWithFullStopsIsOneWord() {
        String text = "agreements with the U.S., unlocking";
        int u = text.indexOf("U.S.");

        Span fromTheFirstStop = WordSelection.widen(text, "s", u + 1, u + 3);
        Span doubleClickOnU = WordSelection.widen(text, "s", u, u + 1);

        assertThat(text.substring(fromTheFirstStop.start(), fromTheFirstStop.end())).isEqualTo("U.S.");
        assertThat(text.substring(doubleClickOnU.start(), doubleClickOnU.end())).isEqualTo("U.S.");
    }

    @Test
    void aMiddleInitialStaysInTheNameButASentencesFullStopIsNotTaken() {
        String text = "President Donald J. Trump hosted them. Today";
        int j = text.indexOf("J.");

        Span initial = WordSelection.widen(text, "s", j, j + 1);
        Span lastWord = WordSelection.widen(text, "s", text.indexOf("them"), text.indexOf("them") + 2);

        assertThat(text.substring(initial.start(), initial.end())).isEqualTo("J.");
        assertThat(text.substring(lastWord.start(), lastWord.end())).isEqualTo("them");
    }

    @Test
    void onlySpacesSelectNothing() {
        int start = TEXT.indexOf(" in ");
        assertThat(widened(start, start + 1)).isNull();
    }
}
