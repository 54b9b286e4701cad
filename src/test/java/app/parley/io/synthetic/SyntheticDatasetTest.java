package app.parley.io.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parley.graph.Modularity;
import app.parley.io.DatasetReader;
import app.parley.io.DatasetValidator;
import app.parley.io.DatasetWriter;
import app.parley.io.LoadResult;
import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.Dataset;
import app.parley.model.QuoteKind;
import app.parley.model.Relation;
import app.parley.model.Side;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyntheticDatasetTest {

    @ParameterizedTest
    @CsvSource({"1, 0, 1", "2, 1, 2", "60, 180, 3", "700, 2100, 4", "3000, 9000, 5"})
    void generatedDatasetReadsBackWithoutAProblem(int actors, int relations, long seed) {
        SyntheticDataset.Settings settings = SyntheticDataset.Settings.of(actors, relations, seed);
        Dataset dataset = SyntheticDataset.generate(settings);

        LoadResult result = new DatasetReader().read(new DatasetWriter().toJson(dataset));

        assertThat(result.problems()).isEmpty();
        assertThat(DatasetValidator.validate(dataset)).isEmpty();
        assertThat(result.dataset().actors()).hasSize(actors);
        assertThat(result.dataset().relations()).hasSize(relations);
        assertThat(result.dataset().roles()).hasSize(settings.roles());
        assertThat(result.dataset().quotes()).hasSize(settings.quotes());
        assertThat(result.dataset()).isEqualTo(dataset);
    }

    @Test
    void sameSeedGivesTheSameFileAndAnotherSeedAnother() {
        DatasetWriter writer = new DatasetWriter();
        String first = writer.toJson(SyntheticDataset.generate(SyntheticDataset.Settings.of(400, 1200, 11)));
        String again = writer.toJson(SyntheticDataset.generate(SyntheticDataset.Settings.of(400, 1200, 11)));
        String other = writer.toJson(SyntheticDataset.generate(SyntheticDataset.Settings.of(400, 1200, 12)));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void actorsHaveEveryKindAndSideAndNamesWithDiacritics() {
        Dataset dataset = SyntheticDataset.generate(SyntheticDataset.Settings.of(2000, 6000, 7));

        Map<ActorKind, Long> kinds = dataset.actors().stream()
                .collect(Collectors.groupingBy(Actor::kind, Collectors.counting()));
        Set<Side> sides = dataset.actors().stream().map(Actor::side).collect(Collectors.toSet());
        long accented = dataset.actors().stream().filter(a -> !a.name().matches("[\\p{ASCII}’]*")).count();

        assertThat(kinds.keySet()).containsExactlyInAnyOrder(ActorKind.values());
        assertThat(kinds.get(ActorKind.PERSON)).isGreaterThan(kinds.get(ActorKind.ORGANIZATION));
        assertThat(kinds.get(ActorKind.ORGANIZATION)).isGreaterThan(kinds.get(ActorKind.STATE));
        assertThat(sides).containsExactlyInAnyOrderElementsOf(Side.KNOWN);
        assertThat(accented).isGreaterThan(100);
        assertThat(dataset.quotes()).extracting(q -> q.kind()).contains(QuoteKind.DIRECT, QuoteKind.REPORTED);
    }

    @Test
    void relationsClusterAndSomeActorsDrawManyOfThem() {
        Dataset dataset = SyntheticDataset.generate(SyntheticDataset.Settings.of(5000, 15000, 8));
        Map<String, Integer> degree = new HashMap<>();
        long sameSide = 0;
        Map<String, Side> side = dataset.actors().stream().collect(Collectors.toMap(Actor::id, Actor::side));
        for (Relation relation : dataset.relations()) {
            degree.merge(relation.fromId(), 1, Integer::sum);
            degree.merge(relation.toId(), 1, Integer::sum);
            if (side.get(relation.fromId()) == side.get(relation.toId())) {
                sameSide++;
            }
        }
        int busiest = degree.values().stream().mapToInt(Integer::intValue).max().orElseThrow();

        assertThat(dataset.relations()).noneMatch(r -> r.fromId().equals(r.toId()));
        assertThat(sameSide).isGreaterThan(dataset.relations().size() / 2);
        assertThat(busiest).isGreaterThan(10 * 2 * 15000 / 5000);
    }

    @Test
    void plantedCommunitiesHoldMostLinksSoModularityIsHigh() {
        SyntheticDataset.Generated generated = SyntheticDataset.planted(
                SyntheticDataset.Settings.withEdges(5000, 15000, 3));
        Dataset dataset = generated.dataset();
        int links = dataset.relations().size() + dataset.roles().size();
        int[] from = new int[links];
        int[] to = new int[links];
        int at = 0;
        for (Relation relation : dataset.relations()) {
            from[at] = index(relation.fromId());
            to[at++] = index(relation.toId());
        }
        for (var role : dataset.roles()) {
            from[at] = index(role.holderId());
            to[at++] = index(role.ofId());
        }

        double planted = Modularity.of(from, to, generated.community());

        assertThat(planted).isGreaterThan(0.75);
    }

    private static int index(String actorId) {
        return Integer.parseInt(actorId.substring(1)) - 1;
    }

    @Test
    void edgeSettingsSplitEdgesBetweenRolesAndRelations() {
        SyntheticDataset.Settings settings = SyntheticDataset.Settings.withEdges(1000, 3000, 1);

        assertThat(settings.edges()).isEqualTo(3000);
        assertThat(settings.roles()).isEqualTo(125);
        assertThat(settings.relations()).isEqualTo(2875);
    }

    @Test
    void impossibleSettingsAreRefused() {
        assertThatThrownBy(() -> SyntheticDataset.Settings.of(0, 0, 1)).hasMessageContaining("at least one actor");
        assertThatThrownBy(() -> SyntheticDataset.Settings.of(1, 3, 1)).hasMessageContaining("two actors");
        assertThatThrownBy(() -> SyntheticDataset.Settings.of(5, -1, 1)).hasMessageContaining("negative");
    }
}
