package app.parley.graph;

import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.RelationType;
import app.parley.model.Side;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.MaskSubgraph;

/**
 * Which link categories, actor kinds and sides are shown. An actor is hidden if its kind or side is hidden; a link
 * if its category is hidden or either of its ends is. Immutable: every change returns a new filter.
 */
public final class LinkFilter {

    private static final List<String> CATEGORIES = categoryList();
    private static final LinkFilter ALL = new LinkFilter(Set.of(), EnumSet.noneOf(ActorKind.class),
            new TreeSet<>(Side.ORDER));

    /**
     * How many links of each category and actors of each kind and side a graph holds, for a filter panel that shows
     * counts. Every category, kind and known side appears, in vocabulary order, zero where there are none, and then
     * the map's own sides.
     *
     * @param categories links per category ("role" first, then relation types)
     * @param kinds      actors per kind
     * @param sides      actors per side
     */
    public record Counts(Map<String, Integer> categories, Map<ActorKind, Integer> kinds, Map<Side, Integer> sides) {

        /** Freezes the maps, keeping their order. */
        public Counts {
            categories = Collections.unmodifiableMap(new LinkedHashMap<>(categories));
            kinds = Collections.unmodifiableMap(new EnumMap<>(kinds));
            sides = Collections.unmodifiableMap(new LinkedHashMap<>(sides));
        }
    }

    private final Set<String> hiddenCategories;
    private final Set<ActorKind> hiddenKinds;
    private final Set<Side> hiddenSides;

    private LinkFilter(Set<String> hiddenCategories, Set<ActorKind> hiddenKinds, Set<Side> hiddenSides) {
        this.hiddenCategories = Collections.unmodifiableSet(new TreeSet<>(hiddenCategories));
        this.hiddenKinds = Collections.unmodifiableSet(copy(hiddenKinds, ActorKind.class));
        this.hiddenSides = Collections.unmodifiableSet(sides(hiddenSides));
    }

    /** The filter that shows everything. */
    public static LinkFilter all() {
        return ALL;
    }

    /** Every link category: "role", then the relation type ids in vocabulary order. */
    public static List<String> categories() {
        return CATEGORIES;
    }

    /** The counts of links per category and actors per kind and side in {@code graph}, whatever is shown. */
    public static Counts counts(ActorGraph graph) {
        Map<String, Integer> categories = new LinkedHashMap<>();
        CATEGORIES.forEach(c -> categories.put(c, 0));
        graph.links().forEach(l -> categories.merge(l.category(), 1, Integer::sum));
        Map<ActorKind, Integer> kinds = new EnumMap<>(ActorKind.class);
        Arrays.stream(ActorKind.values()).forEach(k -> kinds.put(k, 0));
        Map<Side, Integer> sides = new TreeMap<>(Side.ORDER);
        Side.KNOWN.forEach(s -> sides.put(s, 0));
        for (Actor actor : vertices(graph)) {
            kinds.merge(actor.kind(), 1, Integer::sum);
            sides.merge(actor.side(), 1, Integer::sum);
        }
        return new Counts(categories, kinds, sides);
    }

    /** Everything shown again. */
    public LinkFilter reset() {
        return ALL;
    }

    /** Whether nothing is hidden. */
    public boolean showsEverything() {
        return hiddenCategories.isEmpty() && hiddenKinds.isEmpty() && hiddenSides.isEmpty();
    }

    /** This filter with a link category ("role" or a relation type id) shown or hidden. */
    public LinkFilter withCategory(String category, boolean shown) {
        if (!CATEGORIES.contains(category)) {
            throw new IllegalArgumentException("Unknown link category \"" + category + "\"; known: "
                    + String.join(", ", CATEGORIES));
        }
        Set<String> hidden = new TreeSet<>(hiddenCategories);
        toggle(hidden, category, shown);
        return new LinkFilter(hidden, hiddenKinds, hiddenSides);
    }

    /** This filter with an actor kind shown or hidden. */
    public LinkFilter withKind(ActorKind kind, boolean shown) {
        Set<ActorKind> hidden = copy(hiddenKinds, ActorKind.class);
        toggle(hidden, Objects.requireNonNull(kind, "kind"), shown);
        return new LinkFilter(hiddenCategories, hidden, hiddenSides);
    }

    /** This filter with a side shown or hidden. */
    public LinkFilter withSide(Side side, boolean shown) {
        Set<Side> hidden = sides(hiddenSides);
        toggle(hidden, Objects.requireNonNull(side, "side"), shown);
        return new LinkFilter(hiddenCategories, hiddenKinds, hidden);
    }

    /** Whether links of a category are shown (their ends may still hide them). */
    public boolean showsCategory(String category) {
        return !hiddenCategories.contains(category);
    }

    /** Whether actors of a kind are shown. */
    public boolean showsKind(ActorKind kind) {
        return !hiddenKinds.contains(kind);
    }

    /** Whether actors of a side are shown. */
    public boolean showsSide(Side side) {
        return !hiddenSides.contains(side);
    }

    /** Whether an actor is visible: neither its kind nor its side is hidden. */
    public boolean shows(Actor actor) {
        return showsKind(actor.kind()) && showsSide(actor.side());
    }

    /** Whether a link of {@code graph} is visible: its category is shown and both its ends are visible. */
    public boolean shows(ActorGraph graph, Link link) {
        return showsCategory(link.category())
                && graph.actor(link.fromId()).map(this::shows).orElse(false)
                && graph.actor(link.toId()).map(this::shows).orElse(false);
    }

    /** Visibility of every vertex, indexed by vertex number. */
    public boolean[] visibleVertices(ActorGraph graph) {
        boolean[] visible = new boolean[graph.size()];
        for (int i = 0; i < visible.length; i++) {
            visible[i] = shows(graph.actors().get(i));
        }
        return visible;
    }

    /** The visible actors, in vertex order. */
    public List<Actor> visibleActors(ActorGraph graph) {
        return vertices(graph).stream().filter(this::shows).toList();
    }

    /** The visible links, in dataset order. */
    public List<Link> visibleLinks(ActorGraph graph) {
        return graph.links().stream().filter(l -> shows(graph, l)).toList();
    }

    /** A live read-only JGraphT view of {@code graph} without the hidden actors and links. */
    public Graph<Actor, Link> view(ActorGraph graph) {
        return new MaskSubgraph<>(graph.graph(), a -> !shows(a), l -> !shows(graph, l));
    }

    /** The hidden link categories, sorted. */
    public Set<String> hiddenCategories() {
        return hiddenCategories;
    }

    /** The hidden actor kinds. */
    public Set<ActorKind> hiddenKinds() {
        return hiddenKinds;
    }

    /** The hidden sides. */
    public Set<Side> hiddenSides() {
        return hiddenSides;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LinkFilter that && hiddenCategories.equals(that.hiddenCategories)
                && hiddenKinds.equals(that.hiddenKinds) && hiddenSides.equals(that.hiddenSides);
    }

    @Override
    public int hashCode() {
        return Objects.hash(hiddenCategories, hiddenKinds, hiddenSides);
    }

    @Override
    public String toString() {
        return "LinkFilter[hidden categories=" + hiddenCategories + ", kinds=" + hiddenKinds + ", sides="
                + hiddenSides + "]";
    }

    private static List<Actor> vertices(ActorGraph graph) {
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < graph.size(); i++) {
            if (graph.indexOf(graph.actors().get(i).id()) == i) {
                actors.add(graph.actors().get(i));
            }
        }
        return actors;
    }

    private static <T> void toggle(Set<T> hidden, T item, boolean shown) {
        if (shown) {
            hidden.remove(item);
        } else {
            hidden.add(item);
        }
    }

    private static Set<Side> sides(Set<Side> set) {
        Set<Side> sides = new TreeSet<>(Side.ORDER);
        sides.addAll(set);
        return sides;
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> set, Class<E> type) {
        return set.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(set);
    }

    private static List<String> categoryList() {
        List<String> categories = new ArrayList<>(List.of(RoleLink.CATEGORY));
        Arrays.stream(RelationType.values()).map(RelationType::id).forEach(categories::add);
        return List.copyOf(categories);
    }
}
