package app.parley.assist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorSuggestionsTest {

    private static SuggestedActor actor(Suggestions suggestions, String name) {
        return suggestions.actors().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + suggestions.actors().stream()
                        .map(SuggestedActor::name).toList()));
    }

    @Test
    void nameVariantsMergeIntoOnePerson() {
        Suggestions s = ArticleAssistant.suggest("Ukrainian President Volodymyr Zelensky spoke. Zelenskiy later "
                + "left, and Zelensky returned.");
        List<SuggestedActor> people = s.actors().stream().filter(a -> a.kind() == ActorKind.PERSON).toList();
        assertEquals(1, people.size());
        assertEquals("Volodymyr Zelensky", people.get(0).name());
        assertTrue(people.get(0).aliases().containsAll(List.of("Zelenskiy", "Zelensky")));
        assertEquals(3, people.get(0).mentions().size());
    }

    @Test
    void titleBeforeTheNameBecomesARoleWithItsStateAndSide() {
        SuggestedActor medinsky = actor(ArticleAssistant.suggest("Russian presidential aide Vladimir Medinsky "
                + "arrived."), "Vladimir Medinsky");
        assertEquals(List.of(new SuggestedRole("presidential aide", "Russia", medinsky.roles().get(0).evidence())),
                medinsky.roles());
        assertEquals("Russia", medinsky.side());
    }

    @Test
    void capitalsAreMetonymsOfTheirStates() {
        Suggestions s = ArticleAssistant.suggest("Kyiv and Moscow traded barbs while Washington and Ankara watched.");
        assertEquals(List.of("Ukraine", "Russia", "United States", "Turkey"),
                s.actors().stream().map(SuggestedActor::name).toList());
        assertTrue(actor(s, "Ukraine").aliases().contains("Kyiv"));
        assertEquals(ActorKind.STATE, actor(s, "Turkey").kind());
    }

    @Test
    void delegationsAreActorsOfTheirState() {
        Suggestions s = ArticleAssistant.suggest("The Russian delegation arrived. Ukraine’s delegation followed.");
        SuggestedActor russian = actor(s, "Russian delegation");
        assertEquals(ActorKind.DELEGATION, russian.kind());
        assertEquals("Russia", russian.side());
        assertEquals(ActorKind.DELEGATION, actor(s, "Delegation of Ukraine").kind());
    }

    @Test
    void organizationsAreFoundByKeywordAndAcronym() {
        Suggestions s = ArticleAssistant.suggest("The Russian Foreign Ministry and NATO disagreed.");
        assertEquals(ActorKind.ORGANIZATION, actor(s, "Russian Foreign Ministry").kind());
        assertEquals("Russia", actor(s, "Russian Foreign Ministry").side());
        assertEquals(ActorKind.ORGANIZATION, actor(s, "NATO").kind());
    }

    @Test
    void placesAndEventsAreNoPeople() {
        Suggestions s = ArticleAssistant.suggest("Talks at Dolmabahçe Palace in New York recalled the Second World "
                + "War and the Abraham Accords in the South Caucasus.");
        assertTrue(s.actors().stream().noneMatch(a -> a.kind() == ActorKind.PERSON), s.actors().toString());
    }

    @Test
    void knownActorsOfTheMapAreRecognizedByAliasWithoutAccents() {
        Actor kalin = new Actor("kalin", "İbrahim Kalın", ActorKind.PERSON, List.of("Kalın"), Side.TURKEY);
        Suggestions s = ArticleAssistant.suggest("Intelligence chief Ibrahim Kalin met the envoys. Kalin left.",
                List.of(kalin));
        SuggestedActor found = actor(s, "İbrahim Kalın");
        assertEquals(2, found.mentions().size());
    }

    @Test
    void relationsRestOnTheClauseThatStatesThem() {
        String text = "Ukrainian President Volodymyr Zelensky accused Moscow of stalling.";
        Suggestions s = ArticleAssistant.suggest(text);
        SuggestedRelation accused = s.relations().stream().filter(r -> r.type().id().equals("accused")).findFirst()
                .orElseThrow();
        assertEquals("Volodymyr Zelensky", accused.from());
        assertEquals("Russia", accused.to());
        assertEquals("Volodymyr Zelensky accused Moscow",
                text.substring(accused.evidence().start(), accused.evidence().end()));
    }

    @Test
    void titleOfTheNextNameInAListIsNotAnAppositiveOfThePreviousOne() {
        Suggestions s = ArticleAssistant.suggest("Officials met US Secretary of State Marco Rubio, Trump’s special "
                + "envoy Keith Kellogg, and others.");
        assertEquals(List.of("Secretary of State"), actor(s, "Marco Rubio").roles().stream()
                .map(SuggestedRole::title).toList());
        assertEquals(List.of("special envoy"), actor(s, "Keith Kellogg").roles().stream()
                .map(SuggestedRole::title).toList());
    }
}
