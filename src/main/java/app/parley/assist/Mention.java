package app.parley.assist;

/**
 * A place the article refers to someone: by name, by a pronoun, by a title ("the minister") or by "who".
 *
 * @param start      where it starts
 * @param end        where it ends
 * @param firstToken its first token
 * @param lastToken  its last token
 * @param type       how it refers
 * @param actor      the actor it names, {@code null} for pronouns and titles until resolved
 * @param possessive whether ’s follows it
 * @param head       the title's head noun for {@link Type#TITLE}, else {@code null}
 */
record Mention(int start, int end, int firstToken, int lastToken, Type type, ActorDraft actor, boolean possessive,
               String head) {

    /** How a mention refers. */
    enum Type { NAME, PRONOUN, TITLE, RELATIVE }
}
