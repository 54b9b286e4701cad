package app.parley.model;

/** The fixed vocabulary of relations between actors, each with how it reads in both directions. */
public enum RelationType implements Vocabulary {
    LEADS("leads", "leads", "is led by", true),
    MEMBER_OF("member-of", "member of", "has member", true),
    REPRESENTS("represents", "represents", "is represented by", true),
    HOSTS("hosts", "hosts", "is hosted by", true),
    MEDIATES("mediates", "mediates with", "is mediated by", true),
    PROPOSED("proposed", "proposed talks to", "was offered talks by", true),
    SENT("sent", "sent", "was sent by", true),
    GAVE_MANDATE_TO("gave-mandate-to", "gave mandate to", "has a mandate from", true),
    MET_WITH("met-with", "met with", "met with", false),
    NEGOTIATES_WITH("negotiates-with", "negotiates with", "negotiates with", false),
    SEEKS_MEETING_WITH("seeks-meeting-with", "seeks meeting with", "is sought for a meeting by", true),
    CRITICISED("criticised", "criticised", "was criticised by", true),
    ACCUSED("accused", "accused", "was accused by", true),
    PRESSURED("pressured", "pressured", "was pressured by", true),
    SPOKESPERSON_FOR("spokesperson-for", "spokesperson for", "has spokesperson", true),
    CHIEF_OF_STAFF_TO("chief-of-staff-to", "chief of staff to", "has chief of staff", true),
    ENVOY_OF("envoy-of", "envoy of", "has envoy", true),
    AT_WAR_WITH("at-war-with", "at war with", "at war with", false);

    private final String id;
    private final String label;
    private final String inverseLabel;
    private final boolean directed;

    RelationType(String id, String label, String inverseLabel, boolean directed) {
        this.id = id;
        this.label = label;
        this.inverseLabel = inverseLabel;
        this.directed = directed;
    }

    @Override
    public String id() {
        return id;
    }

    /** How the relation reads from its source to its target. */
    @Override
    public String label() {
        return label;
    }

    /** How the relation reads from its target back to its source. */
    public String inverseLabel() {
        return inverseLabel;
    }

    /** Whether the relation has a direction; symmetric ones are drawn without an arrow head. */
    public boolean directed() {
        return directed;
    }
}
