package app.parley.model;

/** What sort of actor sits in the graph. */
public enum ActorKind implements Vocabulary {
    PERSON("person", "Person"),
    STATE("state", "State"),
    ORGANIZATION("organization", "Organization"),
    DELEGATION("delegation", "Delegation");

    private final String id;
    private final String label;

    ActorKind(String id, String label) {
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
