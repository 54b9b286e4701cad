package app.parley.graph;

import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.RelationType;
import app.parley.model.Role;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Summaries of every delegation in a graph, to compare who each side sent to the table. */
public final class Delegations {

    private Delegations() {
    }

    /** One summary per actor of kind delegation, in dataset order. */
    public static List<DelegationSummary> of(ActorGraph graph) {
        List<DelegationSummary> summaries = new ArrayList<>();
        List<Actor> actors = graph.actors();
        for (int i = 0; i < actors.size(); i++) {
            Actor actor = actors.get(i);
            if (actor.kind() == ActorKind.DELEGATION && graph.indexOf(actor.id()) == i) {
                summaries.add(summarise(graph, actor));
            }
        }
        return List.copyOf(summaries);
    }

    /** The summary of one delegation. */
    public static DelegationSummary summarise(ActorGraph graph, Actor delegation) {
        String id = delegation.id();
        Set<String> leaderIds = new LinkedHashSet<>(sources(graph, RelationType.LEADS, id));
        Set<String> memberIds = new LinkedHashSet<>(sources(graph, RelationType.MEMBER_OF, id));
        for (Link link : graph.links()) {
            if (link instanceof RoleLink && link.toId().equals(id)) {
                memberIds.add(link.fromId());
            }
        }
        memberIds.removeAll(leaderIds);
        List<Actor> represents = new ArrayList<>();
        List<Actor> senders = new ArrayList<>();
        List<Mandate> mandates = new ArrayList<>();
        Set<String> people = new LinkedHashSet<>(leaderIds);
        people.addAll(memberIds);
        for (Link link : graph.links()) {
            if (is(link, RelationType.REPRESENTS) && link.fromId().equals(id)) {
                graph.actor(link.toId()).ifPresent(represents::add);
            } else if (is(link, RelationType.SENT) && link.toId().equals(id)) {
                graph.actor(link.fromId()).ifPresent(senders::add);
            } else if (is(link, RelationType.GAVE_MANDATE_TO)
                    && (link.toId().equals(id) || people.contains(link.toId()))) {
                mandates.add(new Mandate(graph.actor(link.fromId()).orElseThrow(),
                        graph.actor(link.toId()).orElseThrow(), link, graph.sentenceOf(link.evidence())));
            }
        }
        return new DelegationSummary(delegation, represents.stream().distinct().toList(), delegates(graph, leaderIds),
                delegates(graph, memberIds), senders.stream().distinct().toList(), mandates);
    }

    private static List<String> sources(ActorGraph graph, RelationType type, String targetId) {
        return graph.links().stream().filter(l -> is(l, type) && l.toId().equals(targetId)).map(Link::fromId).toList();
    }

    private static List<Delegate> delegates(ActorGraph graph, Set<String> ids) {
        List<Delegate> delegates = new ArrayList<>();
        for (String personId : ids) {
            List<Role> roles = graph.index().rolesOf(personId);
            graph.actor(personId).ifPresent(person -> delegates.add(new Delegate(person, roles)));
        }
        return delegates;
    }

    private static boolean is(Link link, RelationType type) {
        return link instanceof RelationLink relation && relation.relation().type() == type;
    }
}
