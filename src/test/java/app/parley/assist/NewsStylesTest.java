package app.parley.assist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.model.ActorKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Attribution styles of different newsrooms, none of them from the annotated articles. */
class NewsStylesTest {

    private static String speakerOf(String text, String words) {
        return ArticleAssistant.suggest(text).quotes().stream().filter(q -> q.text().equals(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote " + words)).speaker();
    }

    @Test
    void wireStyleWithStraightQuotesAndADateline() {
        String text = "MOSCOW, June 2 (Wire) - Russian Foreign Minister Sergei Lavrov said on Tuesday that Moscow "
                + "was \"ready to listen\" to proposals.";
        Suggestions s = ArticleAssistant.suggest(text);
        assertEquals("Sergei Lavrov", speakerOf(text, "ready to listen"));
        assertTrue(s.actors().stream().noneMatch(a -> a.kind() == ActorKind.ORGANIZATION), s.actors().toString());
    }

    @Test
    void britishSingleQuotesAndTitleAfterTheName() {
        String text = "The prime minister, Keir Starmer, spoke on Sunday.\n"
                + "'We cannot allow this to stand,' Starmer told the Guardian. 'Europe has to step up.'";
        assertEquals("Keir Starmer", speakerOf(text, "We cannot allow this to stand"));
        assertEquals("Keir Starmer", speakerOf(text, "Europe has to step up."));
    }

    @Test
    void appositiveNameBeforeTheVerb() {
        String text = "Russia's ambassador to London, Andrei Kelin, dismissed the plan as \"reckless\".";
        assertEquals("Andrei Kelin", speakerOf(text, "reckless"));
    }

    @Test
    void unnamedOfficialTellsAnAgency() {
        String text = "\"It was a good meeting,\" a senior U.S. official told Reuters on condition of anonymity.";
        assertEquals("Senior U.S. official", speakerOf(text, "It was a good meeting"));
    }

    @Test
    void colonAtTheEndOfAParagraphIntroducesTheNextOne() {
        String text = "Kremlin spokesman Dmitry Peskov added:\n\"The Russian side remains open to dialogue.\"";
        assertEquals("Dmitry Peskov", speakerOf(text, "The Russian side remains open to dialogue."));
    }

    @Test
    void loneSurnameBeforeAReportingVerbIsAPerson() {
        String text = "Asked whether he would meet Putin, Trump said: \"Maybe, we'll see.\"";
        assertEquals("Trump", speakerOf(text, "Maybe, we'll see."));
    }

    @Test
    void anotherClauseDoesNotLendItsSpeaker() {
        String text = "The Kremlin said the talks were \"constructive\", while Ukraine's foreign ministry called "
                + "them \"a waste of time\".";
        assertEquals("Kremlin", speakerOf(text, "constructive"));
        assertNull(speakerOf(text, "a waste of time"));
    }

    @Test
    void titleAfterANameWithAPossessiveState() {
        Suggestions s = ArticleAssistant.suggest("Ms Kallas, the EU's top diplomat, said the bloc would \"never "
                + "recognise\" it.");
        SuggestedActor kallas = s.actors().stream().filter(a -> a.name().equals("Kallas")).findFirst().orElseThrow();
        assertEquals(List.of("top diplomat"), kallas.roles().stream().map(SuggestedRole::title).toList());
        assertEquals("European Union", kallas.roles().get(0).of());
        assertEquals("Kallas", s.quotes().get(0).speaker());
    }

    @Test
    void hyphenatedTitlesAndNamesAndNameParticles() {
        String text = "U.N. Secretary-General António Guterres welcomed the deal, calling it \"a first step\".\n"
                + "\"There is work to do,\" Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, said.\n"
                + "French Foreign Minister Jean-Noël Barrot called it \"credible\".";
        assertEquals("António Guterres", speakerOf(text, "a first step"));
        assertEquals("Mohammed bin Abdulrahman Al Thani", speakerOf(text, "There is work to do"));
        assertEquals("Jean-Noël Barrot", speakerOf(text, "credible"));
    }

    @Test
    void courtesyTitleWithAFullStopBeforeTheName() {
        String text = "Ukrainian President Volodymyr Zelensky spoke.\n\"The sanctions must stay,\" Mr. Zelensky "
                + "continued.";
        assertEquals("Volodymyr Zelensky", speakerOf(text, "The sanctions must stay"));
    }

    @Test
    void sheGoesOnlyToAPersonTheTextShowsIsAWoman() {
        String lavrov = "Russian Foreign Minister Sergei Lavrov spoke in Moscow.\nShe said the talks were "
                + "\"productive\".";
        assertNull(speakerOf(lavrov, "productive"));
        String kallas = "EU foreign affairs chief Kaja Kallas spoke in Brussels.\nShe said the talks were "
                + "\"productive\".";
        assertEquals("Kaja Kallas", speakerOf(kallas, "productive"));
    }
}
