package app.parley.render.scene;

import app.parley.graph.ActorGraph;
import app.parley.graph.GraphEdit;
import app.parley.graph.Link;
import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.Side;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a legend has to explain: the sides, kinds of actor and groups of link that occur in a graph.
 *
 * @param sides  sides present
 * @param kinds  kinds present
 * @param groups link groups present
 */
public record Legend(Set<Side> sides, Set<ActorKind> kinds, Set<EdgeGroup> groups) {

    /** Freezes the sets, keeping their declaration order (sides: {@link Side#ORDER}). */
    public Legend {
        sides = Collections.unmodifiableSet(sides(sides));
        kinds = ordered(ActorKind.class, kinds);
        groups = ordered(EdgeGroup.class, groups);
    }

    private static Set<Side> sides(Set<Side> values) {
        Set<Side> copy = new TreeSet<>(Side.ORDER);
        copy.addAll(values);
        return copy;
    }

    private static <E extends Enum<E>> Set<E> ordered(Class<E> type, Set<E> values) {
        Set<E> copy = EnumSet.noneOf(type);
        copy.addAll(values);
        return Collections.unmodifiableSet(copy);
    }

    /** The legend of everything a graph contains. */
    public static Legend of(ActorGraph graph) {
        Set<Side> sides = sides(Set.of());
        Set<ActorKind> kinds = EnumSet.noneOf(ActorKind.class);
        Set<EdgeGroup> groups = EnumSet.noneOf(EdgeGroup.class);
        for (Actor actor : graph.actors()) {
            sides.add(actor.side());
            kinds.add(actor.kind());
        }
        for (Link link : graph.links()) {
            groups.add(EdgeGroup.of(link));
        }
        return new Legend(sides, kinds, groups);
    }

    /**
     * The legend of the graph {@code edit} made, from this legend of the graph before it: what the edit's new and
     * changed actors and links bring is added, and what the actors and links it removed or changed had is looked for
     * among the others, a look that stops at the first actor or link that still has it.
     */
    public Legend after(GraphEdit edit) {
        ActorGraph before = edit.before();
        ActorGraph after = edit.after();
        Set<Side> nowSides = sides(sides);
        Set<ActorKind> nowKinds = EnumSet.noneOf(ActorKind.class);
        nowKinds.addAll(kinds);
        Set<EdgeGroup> nowGroups = EnumSet.noneOf(EdgeGroup.class);
        nowGroups.addAll(groups);
        Set<Side> sidesAdded = sides(Set.of());
        Set<ActorKind> kindsAdded = EnumSet.noneOf(ActorKind.class);
        Set<EdgeGroup> groupsAdded = EnumSet.noneOf(EdgeGroup.class);
        Set<Side> sidesLeft = sides(Set.of());
        Set<ActorKind> kindsLeft = EnumSet.noneOf(ActorKind.class);
        Set<EdgeGroup> groupsLeft = EnumSet.noneOf(EdgeGroup.class);
        BitSet freshVertices = edit.freshVertices();
        for (int v = freshVertices.nextSetBit(0); v >= 0; v = freshVertices.nextSetBit(v + 1)) {
            sidesAdded.add(after.actors().get(v).side());
            kindsAdded.add(after.actors().get(v).kind());
            int old = edit.vertexOrigins()[v];
            if (old >= 0) {
                sidesLeft.add(before.actors().get(old).side());
                kindsLeft.add(before.actors().get(old).kind());
            }
        }
        BitSet goneVertices = edit.goneVertices();
        for (int v = goneVertices.nextSetBit(0); v >= 0; v = goneVertices.nextSetBit(v + 1)) {
            sidesLeft.add(before.actors().get(v).side());
            kindsLeft.add(before.actors().get(v).kind());
        }
        BitSet freshLinks = edit.freshLinks();
        for (int e = freshLinks.nextSetBit(0); e >= 0; e = freshLinks.nextSetBit(e + 1)) {
            groupsAdded.add(EdgeGroup.of(after.links().get(e)));
            int old = edit.linkOrigins()[e];
            if (old >= 0) {
                groupsLeft.add(EdgeGroup.of(before.links().get(old)));
            }
        }
        BitSet goneLinks = edit.goneLinks();
        for (int e = goneLinks.nextSetBit(0); e >= 0; e = goneLinks.nextSetBit(e + 1)) {
            groupsLeft.add(EdgeGroup.of(before.links().get(e)));
        }
        nowSides.addAll(sidesAdded);
        nowKinds.addAll(kindsAdded);
        nowGroups.addAll(groupsAdded);
        sidesLeft.removeAll(sidesAdded);
        kindsLeft.removeAll(kindsAdded);
        groupsLeft.removeAll(groupsAdded);
        for (Side side : sidesLeft) {
            if (after.actors().stream().noneMatch(a -> a.side().equals(side))) {
                nowSides.remove(side);
            }
        }
        for (ActorKind kind : kindsLeft) {
            if (after.actors().stream().noneMatch(a -> a.kind() == kind)) {
                nowKinds.remove(kind);
            }
        }
        for (EdgeGroup group : groupsLeft) {
            if (after.links().stream().noneMatch(link -> EdgeGroup.of(link) == group)) {
                nowGroups.remove(group);
            }
        }
        return new Legend(nowSides, nowKinds, nowGroups);
    }
}
