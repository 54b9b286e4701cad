package app.parley.assist;

import app.parley.model.RelationType;

/**
 * A link the article states in one clause.
 *
 * @param from     the actor it starts at, by name
 * @param type     the kind of link
 * @param to       the actor it points to, by name
 * @param evidence the clause that states it
 */
public record SuggestedRelation(String from, RelationType type, String to, TextRange evidence) {
}
