package app.parley.model;

/** The camp an actor belongs to in the negotiation. */
public enum Side implements Vocabulary {
    UKRAINE("ukraine", "Ukraine"),
    RUSSIA("russia", "Russia"),
    TURKEY("turkey", "Turkey"),
    UNITED_STATES("united-states", "United States"),
    EUROPE_NATO("europe-nato", "Europe / NATO"),
    OTHER("other", "Other");

    private final String id;
    private final String label;

    Side(String id, String label) {
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
