package app.parley.render.scene;

import app.parley.graph.Link;
import app.parley.graph.RelationLink;
import app.parley.graph.RoleLink;

/** How an edge is drawn: by what the link means, not by its exact type, so the picture stays readable. */
public enum EdgeGroup {
    /** Chains of command and membership: leads, sent, gave mandate to, represents, member of, spokesperson for. */
    AUTHORITY("authority and membership"),
    /** Talking: mediates, hosts, met with, negotiates with, proposed, seeks meeting with. */
    DIPLOMACY("diplomacy"),
    /** Pressure and hostility: criticised, accused, pressured, at war with. */
    CONFLICT("criticism and conflict"),
    /** A position held in a state, organization or delegation. */
    ROLE("holds a position in");

    private final String label;

    EdgeGroup(String label) {
        this.label = label;
    }

    /** The legend's wording. */
    public String label() {
        return label;
    }

    /** The group a link is drawn in. */
    public static EdgeGroup of(Link link) {
        if (link instanceof RoleLink) {
            return ROLE;
        }
        return switch (((RelationLink) link).relation().type()) {
            case CRITICISED, ACCUSED, PRESSURED, AT_WAR_WITH -> CONFLICT;
            case MEDIATES, HOSTS, MET_WITH, NEGOTIATES_WITH, PROPOSED, SEEKS_MEETING_WITH -> DIPLOMACY;
            default -> AUTHORITY;
        };
    }
}
