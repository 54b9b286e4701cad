package app.parley.graph.export;

import app.parley.graph.Link;
import app.parley.graph.RelationLink;
import app.parley.graph.RoleLink;

/** How Parley draws a link, in words every format can map: the stroke and whether it is drawn heavier. */
final class Looks {

    /** A link's stroke, as the legend names it. */
    enum Line {
        /** Authority and membership. */
        SOLID,
        /** Diplomacy (long dashes). */
        DASHED,
        /** Criticism and conflict (short dashes, heavier). */
        CONFLICT,
        /** A position held: a role (dots). */
        DOTTED
    }

    private Looks() {
    }

    /** The stroke of {@code link}. */
    static Line line(Link link) {
        if (link instanceof RoleLink) {
            return Line.DOTTED;
        }
        return switch (((RelationLink) link).relation().type()) {
            case CRITICISED, ACCUSED, PRESSURED, AT_WAR_WITH -> Line.CONFLICT;
            case MEDIATES, HOSTS, MET_WITH, NEGOTIATES_WITH, PROPOSED, SEEKS_MEETING_WITH -> Line.DASHED;
            default -> Line.SOLID;
        };
    }

    /** {@code colour} mixed with white, {@code amount} of the way to the colour (0: white, 1: the colour). */
    static int tint(int colour, double amount) {
        int red = mix(colour >> 16 & 0xFF, amount);
        int green = mix(colour >> 8 & 0xFF, amount);
        int blue = mix(colour & 0xFF, amount);
        return red << 16 | green << 8 | blue;
    }

    /** {@code #rrggbb}. */
    static String hex(int colour) {
        return String.format("#%06x", colour & 0xFFFFFF);
    }

    private static int mix(int channel, double amount) {
        return (int) Math.round(255 + (channel - 255) * amount);
    }
}
