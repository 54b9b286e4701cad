package app.parley.assist;

/** Finds where a verb's subject may stand when an aside set off by commas separates them ("X, who …, said"). */
final class Clauses {

    private Clauses() {
    }

    /**
     * The offset before which to look for the subject of the verb at token {@code verb}: the verb itself, or the
     * opening comma of an aside that ends right before it.
     */
    static int beforeAside(Article article, int verb, int sentenceStart) {
        int k = verb - 1;
        if (k < 1 || !article.tokens.get(k).is(",")) {
            return article.tokens.get(verb).start();
        }
        for (int c = k - 1; c >= 0 && article.tokens.get(c).start() >= sentenceStart; c--) {
            Token t = article.tokens.get(c);
            if (t.is(",") && !t.quoted()) {
                return t.start();
            }
        }
        return article.tokens.get(verb).start();
    }
}
