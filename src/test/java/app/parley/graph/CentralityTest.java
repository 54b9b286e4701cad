package app.parley.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.parley.model.RelationType;
import app.parley.model.Side;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CentralityTest {

    /** A star: the hub met four others, and met Dora twice. */
    private static final ActorGraph STAR = TinyGraph.create()
            .person("dora", "Dora", Side.OTHER).person("hub", "Hub", Side.OTHER).person("bea", "Bea", Side.OTHER)
            .person("cal", "Cal", Side.OTHER).person("abe", "Abe", Side.OTHER)
            .relation("hub", RelationType.MET_WITH, "abe")
            .relation("bea", RelationType.MET_WITH, "hub")
            .relation("hub", RelationType.MET_WITH, "cal")
            .relation("hub", RelationType.MET_WITH, "dora")
            .relation("dora", RelationType.CRITICISED, "hub")
            .graph();

    @Test
    void degreeCountsLinksEitherWayWithParallelLinksAndBreaksTiesByName() {
        List<Centrality.Score> ranking = Centrality.degree(STAR);

        assertThat(ranking).extracting(s -> s.actor().id()).containsExactly("hub", "dora", "abe", "bea", "cal");
        assertThat(ranking).extracting(Centrality.Score::score).containsExactly(5.0, 2.0, 1.0, 1.0, 1.0);
        assertThat(ranking).extracting(Centrality.Score::rank).containsExactly(1, 2, 3, 3, 3);
    }

    @Test
    void betweennessOfAStarsCentreIsOneAndOfItsLeavesZero() {
        List<Centrality.Score> ranking = Centrality.betweenness(STAR);

        assertThat(ranking.get(0).actor().id()).isEqualTo("hub");
        assertThat(ranking.get(0).score()).isCloseTo(1.0, within(1e-12));
        assertThat(ranking.subList(1, 5)).extracting(s -> s.actor().id()).containsExactly("abe", "bea", "cal", "dora");
        assertThat(ranking.subList(1, 5)).allSatisfy(s -> {
            assertThat(s.score()).isZero();
            assertThat(s.rank()).isEqualTo(2);
        });
    }

    @Test
    void betweennessIgnoresParallelLinks() {
        ActorGraph square = TinyGraph.create()
                .person("a", "A", Side.OTHER).person("b", "B", Side.OTHER).person("c", "C", Side.OTHER)
                .person("d", "D", Side.OTHER)
                .relation("a", RelationType.MET_WITH, "b").relation("a", RelationType.CRITICISED, "b")
                .relation("b", RelationType.MET_WITH, "d").relation("a", RelationType.MET_WITH, "c")
                .relation("c", RelationType.MET_WITH, "d")
                .graph();

        List<Centrality.Score> ranking = Centrality.rank(square, Centrality.Measure.BETWEENNESS);

        assertThat(ranking).extracting(s -> s.actor().id()).containsExactly("a", "b", "c", "d");
        assertThat(ranking).allSatisfy(s -> assertThat(s.score()).isCloseTo(1 / 6.0, within(1e-12)));
        assertThat(ranking).extracting(Centrality.Score::rank).containsOnly(1);
    }

    /**
     * Two warring parties with a mediator between them, a host who received only one, a critic of one side who met
     * the other, an ally of one side who met both, and a go-between who deals with two actors of one party and one of
     * the other.
     */
    private static final ActorGraph TALKS = TinyGraph.create()
            .person("red", "Red", Side.RUSSIA).person("red2", "Red Two", Side.RUSSIA)
            .person("blue", "Blue", Side.UKRAINE)
            .person("mediator", "Mediator", Side.TURKEY).person("host", "Host", Side.TURKEY)
            .person("critic", "Critic", Side.UNITED_STATES).person("ally", "Ally", Side.RUSSIA)
            .person("between", "Between", Side.OTHER)
            .relation("red", RelationType.AT_WAR_WITH, "blue")
            .relation("mediator", RelationType.MEDIATES, "red").relation("mediator", RelationType.MEDIATES, "blue")
            .relation("host", RelationType.HOSTS, "red")
            .relation("critic", RelationType.CRITICISED, "red").relation("critic", RelationType.MET_WITH, "blue")
            .relation("critic", RelationType.MET_WITH, "red2")
            .relation("ally", RelationType.MET_WITH, "red").relation("ally", RelationType.MET_WITH, "blue")
            .relation("between", RelationType.MET_WITH, "red").relation("between", RelationType.MET_WITH, "red2")
            .relation("blue", RelationType.MET_WITH, "between")
            .graph();

    @Test
    void brokerageCountsOpposedPairsAThirdPartyHasWorkingTiesTo() {
        List<Centrality.Score> ranking = Centrality.rank(TALKS, Centrality.Measure.BROKERAGE);

        assertThat(ranking).extracting(s -> s.actor().id()).startsWith("between", "mediator");
        assertThat(ranking).extracting(Centrality.Score::score).startsWith(2.0, 1.0);
        assertThat(ranking.subList(2, ranking.size())).allSatisfy(s -> {
            assertThat(s.score()).isZero();
            assertThat(s.rank()).isEqualTo(3);
        });
    }

    @Test
    void brokerageIgnoresPairsOnSidesThatAreNotOpposed() {
        ActorGraph friends = TinyGraph.create()
                .person("a", "A", Side.RUSSIA).person("b", "B", Side.UKRAINE).person("m", "M", Side.TURKEY)
                .relation("m", RelationType.MEDIATES, "a").relation("m", RelationType.MEDIATES, "b")
                .relation("a", RelationType.MET_WITH, "b")
                .graph();

        assertThat(Centrality.brokerage(friends)).extracting(Centrality.Score::score).containsOnly(0.0);
    }

    @Test
    void inIstanbulOnlyTheMediatorAndTheHostAreBrokers() {
        List<Centrality.Score> brokerage = Centrality.brokerage(Istanbul.GRAPH);
        print("brokerage", brokerage);

        assertThat(brokerage.subList(0, 2)).extracting(s -> s.actor().id()).containsExactly("fidan", "turkey");
        assertThat(brokerage.subList(0, 2)).allSatisfy(s -> assertThat(s.score()).isEqualTo(1.0));
        assertThat(brokerage.subList(2, brokerage.size())).allSatisfy(s -> assertThat(s.score()).isZero());
    }

    @Test
    void measuresAreNamedForTheCommandLine() {
        assertThat(Centrality.Measure.byId("betweenness")).contains(Centrality.Measure.BETWEENNESS);
        assertThat(Centrality.Measure.byId("brokerage")).contains(Centrality.Measure.BROKERAGE);
        assertThat(Centrality.Measure.byId("closeness")).isEmpty();
    }

    @Test
    void inIstanbulTheWarringStatesAndTheirDelegationsLeadBothMeasures() {
        List<Centrality.Score> degree = Centrality.degree(Istanbul.GRAPH);
        List<Centrality.Score> betweenness = Centrality.betweenness(Istanbul.GRAPH);
        print("degree", degree);
        print("betweenness", betweenness);

        assertThat(degree.subList(0, 5)).extracting(s -> s.actor().id()).containsExactly("ukraine", "russia",
                "russian-delegation", "putin", "ukrainian-delegation");
        assertThat(degree.subList(0, 5)).extracting(Centrality.Score::score).containsExactly(15.0, 14.0, 13.0, 9.0,
                7.0);
        assertThat(betweenness.subList(0, 5)).extracting(s -> s.actor().id()).containsExactly("ukraine", "russia",
                "putin", "russian-delegation", "ukrainian-delegation");
        assertThat(betweenness).hasSize(37);
    }

    private static void print(String measure, List<Centrality.Score> ranking) {
        StringBuilder line = new StringBuilder("Istanbul top 8 by " + measure + ":");
        ranking.stream().limit(8).forEach(s -> line.append(String.format(Locale.ROOT, " %d. %s %.3f;", s.rank(),
                s.actor().id(), s.score())));
        System.out.println(line);
    }
}
