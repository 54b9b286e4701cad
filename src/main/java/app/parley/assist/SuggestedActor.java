package app.parley.assist;

import app.parley.model.ActorKind;
import java.util.List;

/**
 * An actor the article names.
 *
 * @param name     the fullest form of its name
 * @param kind     person, state, organization or delegation
 * @param side     the state (or alliance) it belongs to, by name, or {@code null} when the text does not say
 * @param aliases  the other forms the article uses
 * @param roles    its titles
 * @param mentions where the article names it
 */
public record SuggestedActor(String name, ActorKind kind, String side, List<String> aliases, List<SuggestedRole> roles,
                             List<TextRange> mentions) {

    /** Freezes the lists. */
    public SuggestedActor {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        mentions = List.copyOf(mentions);
    }
}
