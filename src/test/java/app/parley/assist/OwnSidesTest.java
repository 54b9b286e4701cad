package app.parley.assist;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.model.Actor;
import app.parley.model.Dataset;
import app.parley.model.Side;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A map made from an article about other talks gets the parties' own sides, not "Other" for all. */
class OwnSidesTest {

    private static final Path WHITE_HOUSE = Path.of("..", "shared", "eval", "05-armenia-azerbaijan-whitehouse.txt");

    private static Dataset accepted() throws IOException {
        String text = Files.readString(WHITE_HOUSE, StandardCharsets.UTF_8);
        SuggestionAcceptor.ArticleInfo info = new SuggestionAcceptor.ArticleInfo("Armenia and Azerbaijan",
                "The White House", LocalDate.of(2025, 8, 8), null);
        return SuggestionAcceptor.accept(info, text, ArticleAssistant.suggest(text)).dataset();
    }

    private static Side sideOf(Dataset map, String name) {
        return map.actors().stream().filter(a -> a.name().equals(name)).map(Actor::side).findFirst().orElseThrow();
    }

    @Test
    void thePartiesAndTheirLeadersShareASideOfTheirOwnNamedAfterTheirState() throws IOException {
        Dataset map = accepted();

        Side armenia = sideOf(map, "Armenia");
        Side azerbaijan = sideOf(map, "Azerbaijan");
        assertThat(armenia.label()).isEqualTo("Armenia");
        assertThat(azerbaijan.label()).isEqualTo("Azerbaijan");
        assertThat(armenia.isKnown()).isFalse();
        assertThat(sideOf(map, "Nikol Pashinyan")).isSameAs(armenia);
        assertThat(sideOf(map, "Ilham Aliyev")).isSameAs(azerbaijan);
        assertThat(armenia.order()).isNotEqualTo(azerbaijan.order());
        assertThat(sideOf(map, "White House")).isSameAs(Side.UNITED_STATES);
    }

    @Test
    void noMoreOwnSidesAreSuggestedThanHaveColoursOfTheirOwn() throws IOException {
        Dataset map = accepted();

        assertThat(map.ownSides()).hasSize(Side.DISTINCT_OWN)
                .extracting(Side::order).doesNotHaveDuplicates();
        assertThat(map.actors()).extracting(Actor::side).filteredOn(Side.OTHER::equals).isNotEmpty();
    }
}
