package app.parley.cli;

import app.parley.graph.ActorPath;
import app.parley.graph.Centrality;
import app.parley.graph.DelegationSummary;
import app.parley.model.Actor;
import java.util.List;
import java.util.Optional;

/** How {@code analyze} prints its answers: as text for people or JSON for programs. */
interface AnalysisOutput {

    /** The paths found between two actors, shortest first (possibly none). */
    String paths(Actor from, Actor to, List<ActorPath> paths);

    /** The first {@code limit} places of a ranking. */
    String centrality(Centrality.Measure measure, List<Centrality.Score> ranking, int limit);

    /** Every delegation, with the comparison of their seniority. */
    String delegations(List<DelegationSummary> delegations);

    /** The chain of authority from an actor to a head of state, if there is one. */
    String chain(Actor from, Optional<ActorPath> chain);
}
