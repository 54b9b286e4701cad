package app.parley.ui;

import app.parley.graph.ActorGraph;
import app.parley.graph.ActorSearch;
import app.parley.graph.AuthorityChain;
import app.parley.graph.Centrality;
import app.parley.graph.Connections;
import app.parley.graph.DelegationSummary;
import app.parley.graph.Delegations;
import app.parley.graph.LinkFilter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The analyses of one open map, prepared once and kept while the map is open; rankings are worked out on first use. */
final class Analyses {

    private final ActorGraph graph;
    private final ActorSearch search;
    private final Connections connections;
    private final AuthorityChain chains;
    private final List<DelegationSummary> delegations;
    private final LinkFilter.Counts counts;
    private final Map<Centrality.Measure, List<Centrality.Score>> rankings = new EnumMap<>(Centrality.Measure.class);

    Analyses(ActorGraph graph) {
        this.graph = graph;
        this.search = new ActorSearch(graph);
        this.connections = new Connections(graph);
        this.chains = new AuthorityChain(graph);
        this.delegations = Delegations.of(graph);
        this.counts = LinkFilter.counts(graph);
    }

    ActorGraph graph() {
        return graph;
    }

    ActorSearch search() {
        return search;
    }

    Connections connections() {
        return connections;
    }

    AuthorityChain chains() {
        return chains;
    }

    List<DelegationSummary> delegations() {
        return delegations;
    }

    LinkFilter.Counts counts() {
        return counts;
    }

    List<Centrality.Score> ranking(Centrality.Measure measure) {
        return rankings.computeIfAbsent(measure, m -> Centrality.rank(graph, m));
    }
}
