package app.parley.assist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteSpansTest {

    private static List<String> quoted(String text) {
        return ArticleAssistant.suggest(text).quotes().stream().map(SuggestedQuote::text).toList();
    }

    @Test
    void trailingCommaIsLeftOutOfTheSpan() {
        String text = "“We are ready,” said Rustem Umerov.";
        SuggestedQuote quote = ArticleAssistant.suggest(text).quotes().get(0);
        assertEquals("We are ready", quote.text());
        assertEquals(1, quote.start());
        assertEquals(13, quote.end());
    }

    @Test
    void sentenceFinalPunctuationInsideTheMarksIsKept() {
        assertEquals(List.of("Are we ready?", "We are."), quoted("“Are we ready?” he asked. “We are.”"));
    }

    @Test
    void splitQuoteIsTwoSpansWithOneSpeaker() {
        String text = "Ukraine’s Defence Minister Rustem Umerov spoke on Friday.\n"
                + "“We are ready,” Umerov said, “to meet again.”";
        List<SuggestedQuote> quotes = ArticleAssistant.suggest(text).quotes();
        assertEquals(List.of("We are ready", "to meet again."), quotes.stream().map(SuggestedQuote::text).toList());
        assertEquals("Rustem Umerov", quotes.get(0).speaker());
        assertEquals("Rustem Umerov", quotes.get(1).speaker());
    }

    @Test
    void straightAndCurlyAndAngleAndSingleMarksAllCount() {
        assertEquals(List.of("straight", "curly", "angle", "single"),
                quoted("He said \"straight\" and “curly” and «angle» and ‘single’ words."));
    }

    @Test
    void nestedQuoteIsItsOwnSpanInsideTheOuterOne() {
        String text = "“He told me ‘never again’ in Geneva,” said Hakan Fidan.";
        List<SuggestedQuote> quotes = ArticleAssistant.suggest(text).quotes();
        assertEquals(List.of("He told me ‘never again’ in Geneva", "never again"),
                quotes.stream().map(SuggestedQuote::text).toList());
        assertEquals("Hakan Fidan", quotes.get(0).speaker());
    }

    @Test
    void apostrophesAreNoQuoteMarks() {
        assertEquals(List.of(), quoted("Ukraine’s delegation said we’ve come a long way since the ’90s."));
    }

    @Test
    void partialQuoteInsideReportedSpeechIsFound() {
        String text = "Ukrainian President Volodymyr Zelensky accused Moscow of not being “serious” about peace.";
        SuggestedQuote quote = ArticleAssistant.suggest(text).quotes().get(0);
        assertEquals("serious", quote.text());
        assertEquals(text.indexOf("serious"), quote.start());
        assertEquals("Volodymyr Zelensky", quote.speaker());
    }

    @Test
    void quoteRunningOverParagraphsIsOneSpanFromFirstOpeningToLastClosingMark() {
        String text = "Foreign Minister Hakan Fidan said:\n“The first part.\n“The second part,” he added.";
        List<SuggestedQuote> quotes = ArticleAssistant.suggest(text).quotes();
        assertEquals(1, quotes.size());
        assertEquals("The first part.\n“The second part", quotes.get(0).text());
        assertEquals("Hakan Fidan", quotes.get(0).speaker());
    }

    @Test
    void unclosedMarkGivesNoQuote() {
        assertEquals(List.of(), quoted("He said “this never ends.\nThe next paragraph starts afresh."));
    }

    @Test
    void spansCountUtf16CodeUnits() {
        String text = "İbrahim Kalın 😀 said “Dolmabahçe is ready”.";
        SuggestedQuote quote = ArticleAssistant.suggest(text).quotes().get(0);
        assertEquals("Dolmabahçe is ready", text.substring(quote.start(), quote.end()));
    }
}
