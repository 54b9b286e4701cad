package app.parley.model;

/** How senior a role is; a lower tier is more senior. */
public enum Rank implements Vocabulary {
    HEAD_OF_STATE("head-of-state", "head of state", 1),
    HEAD_OF_ORGANIZATION("head-of-organization", "head of organization", 1),
    MINISTER("minister", "minister", 2),
    DEPUTY_MINISTER("deputy-minister", "deputy minister", 3),
    AGENCY_HEAD("agency-head", "agency head", 3),
    SENIOR_OFFICIAL("senior-official", "senior official", 3),
    SPOKESPERSON("spokesperson", "spokesperson", 4),
    OFFICIAL("official", "official", 5);

    private final String id;
    private final String label;
    private final int tier;

    Rank(String id, String label, int tier) {
        this.id = id;
        this.label = label;
        this.tier = tier;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    /** Seniority from 1 (head of state or organization) downwards. */
    public int tier() {
        return tier;
    }
}
