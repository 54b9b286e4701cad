package app.parley.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.parley.graph.ActorSearch.MatchKind;
import app.parley.graph.ActorSearch.Outcome;
import app.parley.model.Actor;
import app.parley.model.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorSearchTest {

    private static final ActorSearch TINY = new ActorSearch(TinyGraph.create()
            .person("hannah", "Hannah Ost", Side.OTHER)
            .person("yves", "Yves Roux", Side.OTHER, "Annabel")
            .person("carl", "Carl Anna", Side.OTHER)
            .person("bergmann", "Anna Bergmann", Side.OTHER)
            .person("xavier", "Xavier Dun", Side.OTHER, "Anna")
            .person("berg", "Anna Berg", Side.OTHER)
            .graph());

    private static final ActorSearch ISTANBUL = new ActorSearch(Istanbul.GRAPH);

    @Test
    void matchesAreRankedExactAliasThenNamePrefixThenWordPrefixThenAliasPrefixThenSubstring() {
        List<ActorSearch.Match> matches = TINY.search("anna");

        assertThat(matches).extracting(m -> m.actor().id())
                .containsExactly("xavier", "berg", "bergmann", "carl", "yves", "hannah");
        assertThat(matches).extracting(ActorSearch.Match::kind).containsExactly(MatchKind.EXACT_ALIAS,
                MatchKind.NAME_PREFIX, MatchKind.NAME_PREFIX, MatchKind.WORD_PREFIX, MatchKind.ALIAS_PREFIX,
                MatchKind.SUBSTRING);
        assertThat(matches.get(4).matched()).isEqualTo("Annabel");
    }

    @Test
    void theExactNameComesBeforeLongerNamesStartingTheSame() {
        assertThat(TINY.search("ANNA BERG")).extracting(m -> m.actor().id(), ActorSearch.Match::kind)
                .startsWith(tuple("berg", MatchKind.EXACT_NAME),
                        tuple("bergmann", MatchKind.NAME_PREFIX));
    }

    @Test
    void kalinAndIbrahimFindIbrahimKalinWithoutTheTurkishLetters() {
        assertThat(ISTANBUL.search("Kalin")).extracting(m -> m.actor().id()).containsExactly("kalin");
        assertThat(ISTANBUL.search("ibrahim")).extracting(m -> m.actor().id()).containsExactly("kalin");
        assertThat(ISTANBUL.search("IBRAHIM KALIN").get(0).kind()).isEqualTo(MatchKind.EXACT_NAME);
    }

    @Test
    void suggestionsForAPrefixAreLimited() {
        assertThat(ISTANBUL.suggest("vla", 5)).extracting(Actor::id).containsExactly("medinsky", "putin");
        assertThat(ISTANBUL.suggest("ukrain", 2)).extracting(Actor::id)
                .containsExactly("ukraine", "ukrainian-delegation");
        assertThat(ISTANBUL.suggest("   ", 5)).isEmpty();
    }

    @Test
    void negativeLimitIsRefused() {
        assertThatThrownBy(() -> ISTANBUL.suggest("a", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resolveFindsOneActorByIdByFullNameOrByAWholeAlias() {
        assertThat(ISTANBUL.resolve("kalin").actor()).map(Actor::id).contains("kalin");
        assertThat(ISTANBUL.resolve("Russia").actor()).map(Actor::id).contains("russia");
        assertThat(ISTANBUL.resolve("UK").actor()).map(Actor::id).contains("united-kingdom");
        assertThat(ISTANBUL.resolve("Moscow").actor()).map(Actor::id).contains("russia");
        assertThat(ISTANBUL.resolve("Fomin").actor()).map(Actor::id).contains("fomin");
    }

    @Test
    void resolveCallsASharedFirstNameAmbiguousAndListsTheCandidates() {
        ActorSearch.Resolution resolution = ISTANBUL.resolve("Vladimir");

        assertThat(resolution.outcome()).isEqualTo(Outcome.AMBIGUOUS);
        assertThat(resolution.actor()).isEmpty();
        assertThat(resolution.candidates()).extracting(Actor::id).containsExactly("medinsky", "putin");
    }

    @Test
    void resolveOffersNearMissesForAMisspelledName() {
        ActorSearch.Resolution resolution = ISTANBUL.resolve("Zelenskyy");

        assertThat(resolution.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(resolution.candidates()).extracting(Actor::id).containsExactly("zelensky");
        assertThat(ISTANBUL.resolve("Dolmabahce").candidates()).isEmpty();
    }
}
