package app.parley.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.model.Actor;
import app.parley.model.Dataset;
import app.parley.model.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

class SidesFormatTest {

    /** The tiny dataset with Fidan on {@code fidanSide} and Umerov on {@code umerovSide}, and {@code sides} added. */
    private static String tiny(String fidanSide, String umerovSide, String sides) {
        String json = TinyDataset.json().replace("\"side\": \"turkey\"", "\"side\": \"" + fidanSide + "\"")
                .replace("\"name\": \"Rustem Umerov\", \"kind\": \"person\", \"side\": \"ukraine\"",
                        "\"name\": \"Rustem Umerov\", \"kind\": \"person\", \"side\": \"" + umerovSide + "\"");
        return sides == null ? json : json.replace("\"actors\": [", "\"sides\": " + sides + ",\n  \"actors\": [");
    }

    private static Side sideOf(Dataset dataset, String actorId) {
        return dataset.actors().stream().filter(a -> a.id().equals(actorId)).map(Actor::side).findFirst()
                .orElseThrow();
    }

    @Test
    void aMapNamesItsOwnSidesAndItsActorsTakeThem() {
        LoadResult result = new DatasetReader().read(tiny("armenia", "azerbaijan",
                "[{\"id\": \"armenia\", \"name\": \"Armenia\"}, {\"id\": \"azerbaijan\", \"name\": \"Azerbaijan\"}]"));

        assertThat(result.problems()).isEmpty();
        Side armenia = sideOf(result.dataset(), "fidan");
        Side azerbaijan = sideOf(result.dataset(), "umerov");
        assertThat(armenia.label()).isEqualTo("Armenia");
        assertThat(armenia.isKnown()).isFalse();
        assertThat(List.of(armenia.order(), azerbaijan.order())).containsExactly(6, 7);
        assertThat(sideOf(result.dataset(), "ua")).isSameAs(Side.UKRAINE);
        assertThat(result.dataset().ownSides()).containsExactly(armenia, azerbaijan);
    }

    @Test
    void ownSidesAreWrittenBeforeTheActorsAndReadBackEqual() {
        Dataset dataset = new DatasetReader().read(tiny("nagorno-karabakh", "ukraine",
                "[{\"id\": \"nagorno-karabakh\", \"name\": \"Nagorno-Karabakh\"}]")).dataset();

        String json = new DatasetWriter().toJson(dataset);
        LoadResult again = new DatasetReader().read(json);

        assertThat(json).contains("\"sides\": [").contains("\"name\": \"Nagorno-Karabakh\"");
        assertThat(json.indexOf("\"sides\"")).isLessThan(json.indexOf("\"actors\""));
        assertThat(again.problems()).isEmpty();
        assertThat(again.dataset()).isEqualTo(dataset);
        assertThat(sideOf(again.dataset(), "fidan").label()).isEqualTo("Nagorno-Karabakh");
    }

    @Test
    void aMapOfKnownCampsOnlyWritesNoSidesField() {
        Dataset dataset = new DatasetReader().read(TinyDataset.json()).dataset();

        assertThat(new DatasetWriter().toJson(dataset)).doesNotContain("\"sides\"");
    }

    @Test
    void aSideNeitherKnownNorNamedIsAnErrorAtTheActorsSide() {
        LoadResult result = new DatasetReader().read(tiny("armenia", "ukraine", null));

        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEqualTo("/actors/0/side");
            assertThat(problem.message()).startsWith("\"armenia\" is not a known side; use one of: ukraine, russia")
                    .endsWith(", or name it in \"sides\".");
            assertThat(problem.line()).isPositive();
        });
    }

    @Test
    void namingAKnownCampOrOneSideTwiceIsAnError() {
        LoadResult result = new DatasetReader().read(tiny("armenia", "ukraine", "[{\"id\": \"armenia\", \"name\": "
                + "\"Armenia\"}, {\"id\": \"armenia\", \"name\": \"Armenia\"}, {\"id\": \"turkey\", \"name\": \"T\"}]"));

        assertThat(result.errors()).extracting(Problem::pointer).containsExactly("/sides/1/id", "/sides/2/id");
        assertThat(result.errors()).extracting(Problem::message).containsExactly(
                "The side \"armenia\" is named twice.",
                "\"turkey\" is a side every map knows; leave it out of \"sides\".");
    }
}
