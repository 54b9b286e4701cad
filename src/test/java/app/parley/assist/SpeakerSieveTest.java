package app.parley.assist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerSieveTest {

    private static List<String> speakers(String text) {
        return ArticleAssistant.suggest(text).quotes().stream().map(SuggestedQuote::speaker).toList();
    }

    @Test
    void saidAfterTheQuoteNamesTheSpeaker() {
        assertEquals(List.of("Andriy Yermak"), speakers("“Ukraine is ready for peace,” said Zelensky’s chief of "
                + "staff, Andriy Yermak, on Friday."));
    }

    @Test
    void nameThenVerbAfterTheQuoteNamesTheSpeaker() {
        assertEquals(List.of("Dmitry Peskov"), speakers("“Contacts are extremely important,” Kremlin spokesperson "
                + "Dmitry Peskov told reporters on Friday."));
    }

    @Test
    void wroteOnTelegramIsACue() {
        assertEquals(List.of("Andrii Sybiha"), speakers("“Russia is stalling,” Foreign Minister Andrii Sybiha "
                + "wrote on Telegram."));
    }

    @Test
    void accordingToNamesTheSpeaker() {
        assertEquals(List.of("Tammy Bruce"), speakers("According to State Department spokeswoman Tammy Bruce, "
                + "“the killing must stop”."));
    }

    @Test
    void heAddedGoesToTheNearestPersonBefore() {
        assertEquals(List.of("Dmitry Peskov", "Dmitry Peskov"), speakers("“A summit is possible,” Kremlin "
                + "spokesperson Dmitry Peskov told reporters. “A meeting is undoubtedly necessary,” he added."));
    }

    @Test
    void theMinisterGoesToThePersonHoldingThatTitle() {
        String text = "Turkey’s Foreign Minister, Hakan Fidan, met US President Donald Trump.\n"
                + "“We will host the talks,” the minister said.";
        assertEquals(List.of("Hakan Fidan"), speakers(text));
    }

    @Test
    void capitalSpeaksForItsState() {
        assertEquals(List.of("Ukraine"), speakers("Kyiv is demanding an “unconditional ceasefire” to the fighting."));
    }

    @Test
    void unnamedSourceBecomesAnActorAndSpeaks() {
        Suggestions suggestions = ArticleAssistant.suggest("A Ukrainian diplomatic source told AFP that the "
                + "delegation was “ready to talk”.");
        assertEquals("Ukrainian diplomatic source", suggestions.quotes().get(0).speaker());
        SuggestedActor source = suggestions.actors().stream()
                .filter(a -> a.name().equals("Ukrainian diplomatic source")).findFirst().orElseThrow();
        assertEquals("Ukraine", source.side());
    }

    @Test
    void oneReportingVerbCoversEveryQuoteAfterItInTheSentence() {
        assertEquals(List.of("Mark Rutte", "Mark Rutte"), speakers("NATO Secretary General Mark Rutte said Putin "
                + "had made a “big mistake” and a “grave error”."));
    }

    @Test
    void quoteStandingAloneAfterAnAttributedOneInItsParagraphTakesItsSpeaker() {
        assertEquals(List.of("Kaja Kallas", "Kaja Kallas"), speakers("“Russia is not serious,” EU foreign affairs "
                + "chief Kaja Kallas said. “It never was.”"));
    }

    @Test
    void scareQuoteNextToAnAttributedQuoteStaysWithoutSpeaker() {
        assertEquals(Arrays.asList("Kaja Kallas", null), speakers("“Russia is not serious,” Kaja Kallas said. "
                + "The so-called “red lines” stayed."));
    }

    @Test
    void noSpeakerRatherThanAWrongOne() {
        assertNull(speakers("The so-called “special military operation” began in 2022.").get(0));
        assertNull(speakers("“We are ready,” the statement read.").get(0));
    }

    @Test
    void participleTakesTheSubjectOfTheClause() {
        assertEquals(List.of("Marco Rubio"), speakers("US Secretary of State Marco Rubio acknowledged the "
                + "delegation’s low profile, noting it was “not at the levels we had hoped”."));
    }

    @Test
    void relativeClauseSpeakerIsTheNameBeforeWho() {
        assertEquals(List.of("Volodymyr Zelensky"), speakers("The move was noted by President Volodymyr Zelensky, "
                + "who said the team was “not serious”."));
    }
}
