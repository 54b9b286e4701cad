package app.parley.render.scene;

import app.parley.graph.ActorGraph;
import app.parley.graph.Link;
import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.Side;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a legend has to explain: the sides, kinds of actor and groups of link that occur in a graph.
 *
 * @param sides  sides present
 * @param kinds  kinds present
 * @param groups link groups present
 */
public record Legend(Set<Side> sides, Set<ActorKind> kinds, Set<EdgeGroup> groups) {

    /** Freezes the sets, keeping their declaration order. */
    public Legend {
        sides = ordered(Side.class, sides);
        kinds = ordered(ActorKind.class, kinds);
        groups = ordered(EdgeGroup.class, groups);
    }

    private static <E extends Enum<E>> Set<E> ordered(Class<E> type, Set<E> values) {
        Set<E> copy = EnumSet.noneOf(type);
        copy.addAll(values);
        return Collections.unmodifiableSet(copy);
    }

    /** The legend of everything a graph contains. */
    public static Legend of(ActorGraph graph) {
        Set<Side> sides = EnumSet.noneOf(Side.class);
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
}
