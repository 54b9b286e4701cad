package app.parley.assist;

/**
 * A title the article gives an actor.
 *
 * @param title    the title as worded ("Foreign Minister")
 * @param of       the name of the state, organization or person the title belongs to, or {@code null}
 * @param evidence the words that state it
 */
public record SuggestedRole(String title, String of, TextRange evidence) {
}
