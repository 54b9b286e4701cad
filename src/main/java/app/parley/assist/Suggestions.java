package app.parley.assist;

import java.util.List;

/**
 * What the assistant proposes for one article.
 *
 * @param actors    actors in order of first mention
 * @param quotes    quotes in text order
 * @param relations relations in text order
 */
public record Suggestions(List<SuggestedActor> actors, List<SuggestedQuote> quotes,
                          List<SuggestedRelation> relations) {

    /** Freezes the lists. */
    public Suggestions {
        actors = List.copyOf(actors);
        quotes = List.copyOf(quotes);
        relations = List.copyOf(relations);
    }
}
