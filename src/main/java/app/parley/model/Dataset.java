package app.parley.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one map holds: its sources and the actors, roles, relations and quotes drawn from them.
 *
 * @param title     what the map is about
 * @param sources   the articles
 * @param actors    the actors
 * @param roles     the positions actors hold
 * @param relations the links between actors
 * @param quotes    the words actors said
 * @param story     the steps a teacher presents the map in; {@link Story#EMPTY} for none
 * @param positions where the user placed cards, by actor id (pinned when the map is opened); empty for none
 */
public record Dataset(String title, List<Source> sources, List<Actor> actors, List<Role> roles,
                      List<Relation> relations, List<Quote> quotes, Story story, Map<String, CardPosition> positions) {

    /** The format identifier written into every dataset file. */
    public static final String FORMAT = "parley/1";

    /** Freezes the lists. */
    public Dataset {
        Objects.requireNonNull(title, "title");
        sources = List.copyOf(sources);
        actors = List.copyOf(actors);
        roles = List.copyOf(roles);
        relations = List.copyOf(relations);
        quotes = List.copyOf(quotes);
        story = story == null ? Story.EMPTY : story;
        positions = Map.copyOf(positions == null ? Map.of() : positions);
    }

    /** A dataset without placed cards. */
    public Dataset(String title, List<Source> sources, List<Actor> actors, List<Role> roles, List<Relation> relations,
                   List<Quote> quotes, Story story) {
        this(title, sources, actors, roles, relations, quotes, story, Map.of());
    }

    /** A dataset without a story. */
    public Dataset(String title, List<Source> sources, List<Actor> actors, List<Role> roles, List<Relation> relations,
                   List<Quote> quotes) {
        this(title, sources, actors, roles, relations, quotes, Story.EMPTY);
    }

    /** The sides this map names for itself (not the known camps), in their order. */
    public List<Side> ownSides() {
        return actors.stream().map(Actor::side).filter(side -> !side.isKnown()).distinct().sorted(Side.ORDER)
                .toList();
    }

    /** The same dataset with {@code newStory}. */
    public Dataset withStory(Story newStory) {
        return new Dataset(title, sources, actors, roles, relations, quotes, newStory, positions);
    }

    /** The same dataset with other card positions. */
    public Dataset withPositions(Map<String, CardPosition> newPositions) {
        return new Dataset(title, sources, actors, roles, relations, quotes, story, newPositions);
    }

    /** A one-line count of what the dataset holds. */
    public String summary() {
        return String.join(", ", count(actors.size(), "actor"), count(roles.size(), "role"),
                count(relations.size(), "relation"), count(quotes.size(), "quote"), count(sources.size(), "source"));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
