package app.parley.assist;

/**
 * A word or punctuation mark of the article.
 *
 * @param text       the characters, without a possessive ’s
 * @param start      where it starts
 * @param end        where it ends, before any possessive ’s
 * @param possessive whether ’s or 's followed it
 * @param quoted     whether it stands inside quotation marks
 */
record Token(String text, int start, int end, boolean possessive, boolean quoted) {

    /** Whether it is a word starting with a capital letter. */
    boolean capitalized() {
        return Character.isUpperCase(text.charAt(0)) && Character.isLetter(text.charAt(0));
    }

    /** Whether it is a word. */
    boolean word() {
        return Character.isLetter(text.charAt(0));
    }

    /** The text in lower case. */
    String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether it is one of the given punctuation characters. */
    boolean is(String punctuation) {
        return text.length() == 1 && !Character.isLetterOrDigit(text.charAt(0)) && punctuation.contains(text);
    }
}
