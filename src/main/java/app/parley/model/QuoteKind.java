package app.parley.model;

/** Whether the article prints the words in quote marks or reports them. */
public enum QuoteKind implements Vocabulary {
    DIRECT("direct", "direct quote"),
    REPORTED("reported", "reported speech");

    private final String id;
    private final String label;

    QuoteKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }
}
