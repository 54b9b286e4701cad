package app.parley.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.Rank;
import app.parley.model.RelationType;
import app.parley.model.Side;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;

class LinkFilterTest {

    private static final ActorGraph GRAPH = TinyGraph.create()
            .actor("ru", "Russia", ActorKind.STATE, Side.RUSSIA)
            .actor("ua", "Ukraine", ActorKind.STATE, Side.UKRAINE)
            .person("putin", "Putin", Side.RUSSIA)
            .person("rubio", "Rubio", Side.UNITED_STATES)
            .role("putin-president", "putin", "President", "ru", Rank.HEAD_OF_STATE)
            .relation("ru", RelationType.AT_WAR_WITH, "ua")
            .relation("rubio", RelationType.CRITICISED, "putin")
            .relation("rubio", RelationType.MET_WITH, "ua")
            .graph();

    @Test
    void theDefaultFilterShowsEverything() {
        LinkFilter all = LinkFilter.all();

        assertThat(all.showsEverything()).isTrue();
        assertThat(all.visibleActors(GRAPH)).hasSize(4);
        assertThat(all.visibleLinks(GRAPH)).hasSize(4);
    }

    @Test
    void hidingACategoryHidesItsLinksButNoActor() {
        LinkFilter filter = LinkFilter.all().withCategory("role", false);

        assertThat(filter.visibleLinks(GRAPH)).extracting(Link::id)
                .containsExactly("ru-at-war-with-ua", "rubio-criticised-putin", "rubio-met-with-ua");
        assertThat(filter.visibleActors(GRAPH)).hasSize(4);
    }

    @Test
    void hidingASideHidesItsActorsAndEveryLinkTouchingThem() {
        LinkFilter filter = LinkFilter.all().withSide(Side.UNITED_STATES, false);

        assertThat(filter.visibleActors(GRAPH)).extracting(Actor::id).containsExactly("ru", "ua", "putin");
        assertThat(filter.visibleLinks(GRAPH)).extracting(Link::id)
                .containsExactly("putin-president", "ru-at-war-with-ua");
        assertThat(filter.visibleVertices(GRAPH)).containsExactly(true, true, true, false);
    }

    @Test
    void hidingAKindHidesThoseActorsAndTheirLinks() {
        LinkFilter filter = LinkFilter.all().withKind(ActorKind.STATE, false);

        assertThat(filter.visibleActors(GRAPH)).extracting(Actor::id).containsExactly("putin", "rubio");
        assertThat(filter.visibleLinks(GRAPH)).extracting(Link::id).containsExactly("rubio-criticised-putin");
        Graph<Actor, Link> view = filter.view(GRAPH);
        assertThat(view.vertexSet()).extracting(Actor::id).containsExactly("putin", "rubio");
        assertThat(view.edgeSet()).hasSize(1);
    }

    @Test
    void changesReturnNewFiltersAndResetShowsEverythingAgain() {
        LinkFilter original = LinkFilter.all();
        LinkFilter changed = original.withCategory("criticised", false).withKind(ActorKind.PERSON, false);

        assertThat(original.showsCategory("criticised")).isTrue();
        assertThat(changed.showsCategory("criticised")).isFalse();
        assertThat(changed.showsKind(ActorKind.PERSON)).isFalse();
        assertThat(changed.withCategory("criticised", true).withKind(ActorKind.PERSON, true)).isEqualTo(original);
        assertThat(changed.reset()).isEqualTo(LinkFilter.all());
        assertThat(changed).isNotEqualTo(original);
    }

    @Test
    void unknownCategoriesAreRefused() {
        assertThatThrownBy(() -> LinkFilter.all().withCategory("likes", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("likes");
    }

    @Test
    void countsCoverEveryCategoryKindAndSideZerosIncluded() {
        LinkFilter.Counts counts = LinkFilter.counts(GRAPH);

        assertThat(counts.categories().keySet()).containsExactlyElementsOf(LinkFilter.categories());
        assertThat(counts.categories()).containsEntry("role", 1).containsEntry("at-war-with", 1)
                .containsEntry("criticised", 1).containsEntry("met-with", 1).containsEntry("leads", 0);
        assertThat(counts.kinds()).containsEntry(ActorKind.STATE, 2).containsEntry(ActorKind.PERSON, 2)
                .containsEntry(ActorKind.DELEGATION, 0);
        assertThat(counts.sides()).containsEntry(Side.RUSSIA, 2).containsEntry(Side.UNITED_STATES, 1)
                .containsEntry(Side.TURKEY, 0);
    }

    @Test
    void istanbulCountsAddUpToTheDataset() {
        LinkFilter.Counts counts = LinkFilter.counts(Istanbul.GRAPH);

        assertThat(counts.categories().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(67);
        assertThat(counts.categories()).containsEntry("role", 22).containsEntry("criticised", 8);
        assertThat(counts.kinds()).containsEntry(ActorKind.DELEGATION, 3);
    }
}
