package app.parley.layout;

import app.parley.graph.ActorGraph;
import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.Rank;
import app.parley.model.Relation;
import app.parley.model.RelationType;
import app.parley.model.Role;
import app.parley.model.Side;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who sits where at the negotiating table, read from the roles and relations of an actor graph: the mediator at
 * the head with his own delegation, the two negotiating delegations on the long sides with the people they answer
 * to behind them, and everyone else grouped by camp around the table. Vertex numbers are those of the graph.
 *
 * @param vertexCount the number of vertices of the graph the plan was made for
 * @param head        who sits at the head, the mediator first
 * @param headCard    the mediator's delegation, placed on the table at the head, or -1
 * @param sides       the long sides, left first: none, one or two
 * @param zones       the remaining actors, camp by camp
 */
public record TablePlan(int vertexCount, List<Integer> head, int headCard, List<Seating> sides, List<Zone> zones) {

    /** Freezes the lists. */
    public TablePlan {
        head = List.copyOf(head);
        sides = List.copyOf(sides);
        zones = List.copyOf(zones);
    }

    /** Where a zone goes around the table. */
    public enum Placement {
        /** Beyond the head of the table. */
        HEAD,
        /** Outside the left side. */
        LEFT,
        /** Outside the right side. */
        RIGHT,
        /** Below the foot of the table. */
        FOOT
    }

    /**
     * One long side of the table.
     *
     * @param card    the delegation, placed on the table edge in front of its side like a place card
     * @param leader  who leads the delegation, seated in the middle of the side, or -1
     * @param members the other members, most senior first, seated around the leader
     * @param backRow those the delegation answers to (its state, head of state, senders and their close aides),
     *                seated behind it
     */
    public record Seating(int card, int leader, List<Integer> members, List<Integer> backRow) {

        /** Freezes the lists. */
        public Seating {
            members = List.copyOf(members);
            backRow = List.copyOf(backRow);
        }
    }

    /**
     * Actors of one camp grouped around the table.
     *
     * @param placement where the zone goes
     * @param label     the camp's name, drawn with the zone
     * @param vertices  its actors, states first
     */
    public record Zone(Placement placement, String label, List<Integer> vertices) {

        /** Freezes the list. */
        public Zone {
            vertices = List.copyOf(vertices);
        }
    }

    /** Whether anyone sits at the table; without a mediator or delegations there are only zones. */
    public boolean hasTable() {
        return !head.isEmpty() || headCard >= 0 || !sides.isEmpty();
    }

    /** Works out the seating of {@code graph}; never fails, falling back to zones by camp. */
    public static TablePlan of(ActorGraph graph) {
        return new Planner(graph).plan();
    }

    /** The reading of one graph into a plan. */
    private static final class Planner {

        private final ActorGraph graph;
        private final List<Actor> actors;
        private final List<Relation> relations = new ArrayList<>();
        private final List<Role> roles = new ArrayList<>();
        private final boolean[] placed;

        Planner(ActorGraph graph) {
            this.graph = graph;
            this.actors = graph.actors();
            this.placed = new boolean[actors.size()];
            for (Relation relation : graph.dataset().relations()) {
                if (graph.indexOf(relation.fromId()) >= 0 && graph.indexOf(relation.toId()) >= 0) {
                    relations.add(relation);
                }
            }
            for (Role role : graph.dataset().roles()) {
                if (graph.indexOf(role.holderId()) >= 0) {
                    roles.add(role);
                }
            }
        }

        TablePlan plan() {
            Set<Integer> mediators = sources(RelationType.MEDIATES, null);
            Set<Integer> mediatorDelegations = new TreeSet<>();
            for (int mediator : mediators) {
                mediatorDelegations.addAll(delegationsOf(mediator));
            }
            List<Integer> head = new ArrayList<>(mediators);
            mediatorDelegations.removeAll(mediators);
            int headCard = first(mediatorDelegations);
            if (headCard >= 0) {
                for (int member : crew(headCard)) {
                    if (!head.contains(member) && actor(member).kind() == ActorKind.PERSON) {
                        head.add(member);
                    }
                }
            }
            head.forEach(this::place);
            place(headCard);

            List<Integer> negotiating = negotiatingDelegations();
            List<Seating> sides = new ArrayList<>();
            for (int delegation : negotiating) {
                if (placed[delegation] || sides.size() == 2) {
                    continue;
                }
                place(delegation);
                Set<Integer> leaders = sources(RelationType.LEADS, delegation);
                leaders.removeIf(v -> placed[v]);
                int leader = first(leaders);
                place(leader);
                List<Integer> members = new ArrayList<>();
                for (int member : crew(delegation)) {
                    if (member != leader && !placed[member]) {
                        members.add(member);
                    }
                }
                members.sort(Comparator.comparingInt(this::seniority).thenComparingInt(v -> v));
                members.forEach(this::place);
                sides.add(new Seating(delegation, leader, members, List.of()));
            }
            List<Seating> seated = new ArrayList<>();
            for (Seating side : sides) {
                List<Integer> backRow = backRow(side.card());
                backRow.forEach(this::place);
                seated.add(new Seating(side.card(), side.leader(), side.members(), backRow));
            }
            Side mediatorSide = mediators.isEmpty() ? null : actor(mediators.iterator().next()).side();
            boolean table = !head.isEmpty() || headCard >= 0 || !seated.isEmpty();
            return new TablePlan(actors.size(), head, headCard, seated, zones(seated, mediatorSide, table));
        }

        private Actor actor(int v) {
            return actors.get(v);
        }

        private void place(int v) {
            if (v >= 0) {
                placed[v] = true;
            }
        }

        private static int first(Set<Integer> vertices) {
            return vertices.isEmpty() ? -1 : vertices.iterator().next();
        }

        /** The starts of relations of {@code type} (ending at {@code target}, if not null), in vertex order. */
        private Set<Integer> sources(RelationType type, Integer target) {
            Set<Integer> found = new TreeSet<>();
            for (Relation relation : relations) {
                int to = graph.indexOf(relation.toId());
                if (relation.type() == type && (target == null || to == target)) {
                    found.add(graph.indexOf(relation.fromId()));
                }
            }
            return found;
        }

        /** The ends of relations of {@code type} starting at {@code source}, in vertex order. */
        private Set<Integer> targets(RelationType type, int source) {
            Set<Integer> found = new TreeSet<>();
            for (Relation relation : relations) {
                if (relation.type() == type && graph.indexOf(relation.fromId()) == source) {
                    found.add(graph.indexOf(relation.toId()));
                }
            }
            return found;
        }

        /** The delegations {@code v} leads, is a member of or holds a role in. */
        private Set<Integer> delegationsOf(int v) {
            Set<Integer> found = new TreeSet<>();
            found.addAll(targets(RelationType.MEMBER_OF, v));
            found.addAll(targets(RelationType.LEADS, v));
            for (Role role : roles) {
                if (graph.indexOf(role.holderId()) == v && role.ofId() != null) {
                    found.add(graph.indexOf(role.ofId()));
                }
            }
            found.removeIf(d -> d < 0 || actor(d).kind() != ActorKind.DELEGATION);
            return found;
        }

        /** Everyone who leads, is a member of or holds a role in {@code delegation}, in vertex order. */
        private Set<Integer> crew(int delegation) {
            Set<Integer> crew = new TreeSet<>();
            crew.addAll(sources(RelationType.LEADS, delegation));
            crew.addAll(sources(RelationType.MEMBER_OF, delegation));
            for (Role role : roles) {
                if (role.ofId() != null && graph.indexOf(role.ofId()) == delegation) {
                    crew.add(graph.indexOf(role.holderId()));
                }
            }
            return crew;
        }

        /** The best tier among {@code v}'s ranked roles; unranked actors come last. */
        private int seniority(int v) {
            int best = Integer.MAX_VALUE;
            for (Role role : roles) {
                if (graph.indexOf(role.holderId()) == v && role.rank() != null) {
                    best = Math.min(best, role.rank().tier());
                }
            }
            return best;
        }

        /** Delegations that are mediated or negotiate with another delegation, in vertex order, not yet placed. */
        private List<Integer> negotiatingDelegations() {
            Set<Integer> found = new TreeSet<>();
            for (Relation relation : relations) {
                int from = graph.indexOf(relation.fromId());
                int to = graph.indexOf(relation.toId());
                if (relation.type() == RelationType.MEDIATES && isDelegation(to)) {
                    found.add(to);
                }
                if (relation.type() == RelationType.NEGOTIATES_WITH && isDelegation(from) && isDelegation(to)) {
                    found.add(from);
                    found.add(to);
                }
            }
            found.removeIf(d -> placed[d]);
            return new ArrayList<>(found);
        }

        private boolean isDelegation(int v) {
            return actor(v).kind() == ActorKind.DELEGATION;
        }

        /**
         * Those a delegation answers to: the states it represents, their heads of state, whoever sent it or gave it
         * its mandate, then those close to them (chiefs of staff, envoys) and the spokespeople of its camp's
         * organizations, each followed by the organization.
         */
        private List<Integer> backRow(int delegation) {
            Set<Integer> row = new LinkedHashSet<>();
            Set<Integer> states = targets(RelationType.REPRESENTS, delegation);
            row.addAll(states);
            Set<Integer> principals = new TreeSet<>();
            for (Role role : roles) {
                if (role.rank() == Rank.HEAD_OF_STATE && role.ofId() != null
                        && states.contains(graph.indexOf(role.ofId()))) {
                    principals.add(graph.indexOf(role.holderId()));
                }
            }
            principals.addAll(sources(RelationType.SENT, delegation));
            principals.addAll(sources(RelationType.GAVE_MANDATE_TO, delegation));
            row.addAll(principals);
            for (int principal : principals) {
                row.addAll(sources(RelationType.CHIEF_OF_STAFF_TO, principal));
                row.addAll(sources(RelationType.ENVOY_OF, principal));
            }
            Side side = actor(delegation).side();
            for (Relation relation : relations) {
                int organization = graph.indexOf(relation.toId());
                if (relation.type() == RelationType.SPOKESPERSON_FOR && actor(organization).side().equals(side)
                        && actor(organization).kind() == ActorKind.ORGANIZATION) {
                    row.add(graph.indexOf(relation.fromId()));
                    row.add(organization);
                }
            }
            List<Integer> free = new ArrayList<>();
            for (int v : row) {
                if (!placed[v]) {
                    free.add(v);
                    placed[v] = true;
                }
            }
            return free;
        }

        /** Everyone not yet placed, camp by camp in the order of {@link Side#ORDER}, each camp states first. */
        private List<Zone> zones(List<Seating> sides, Side mediatorSide, boolean table) {
            Map<Side, List<Integer>> camps = new TreeMap<>(Side.ORDER);
            for (int v = 0; v < actors.size(); v++) {
                if (!placed[v]) {
                    camps.computeIfAbsent(actor(v).side(), s -> new ArrayList<>()).add(v);
                }
            }
            List<Zone> zones = new ArrayList<>();
            camps.forEach((side, members) -> {
                members.sort(Comparator.comparingInt((Integer v) -> CampOrder.kindRank(actor(v).kind()))
                        .thenComparingInt(v -> v));
                zones.add(new Zone(placement(side, sides, mediatorSide, table), side.label(), members));
            });
            return zones;
        }

        private Placement placement(Side side, List<Seating> sides, Side mediatorSide, boolean table) {
            if (!table) {
                return Placement.FOOT;
            }
            for (int s = 0; s < sides.size(); s++) {
                if (actor(sides.get(s).card()).side().equals(side)) {
                    return s == 0 ? Placement.LEFT : Placement.RIGHT;
                }
            }
            return side.equals(mediatorSide) ? Placement.HEAD : Placement.FOOT;
        }
    }
}
