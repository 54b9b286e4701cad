package app.parley.assist;

import app.parley.graph.TextFolding;
import app.parley.model.Side;
import java.util.HashSet;
import java.util.Set;

/** Maps the side a suggestion names (a state or alliance) onto Parley's camps. */
final class SideNames {

    /** EU and NATO members (ISO codes): their membership is in no JDK list. */
    private static final Set<String> EUROPE_NATO_CODES = WordSet.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE",
            "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES",
            "SE", "GB", "NO", "IS", "CA", "AL", "ME", "MK");
    private static final Set<String> EUROPE_NATO_NAMES = new HashSet<>();

    static {
        Places places = Places.get();
        EUROPE_NATO_CODES.forEach(code -> EUROPE_NATO_NAMES.add(TextFolding.fold(places.name(code))));
        EUROPE_NATO_NAMES.addAll(Set.of("european union", "eu", "nato", "europe / nato", "europe-nato", "europe",
                "european commission"));
    }

    private SideNames() {
    }

    /**
     * The side a side name gives a map: a known camp, or else a side of the map's own of that name ("Armenia"),
     * {@code order} places after the first known camp; {@link Side#OTHER} when there is no name.
     */
    static Side sideOrOwn(String name, int order) {
        Side known = side(name);
        if (known != Side.OTHER || name == null || name.isBlank()) {
            return known;
        }
        return Side.named(Side.idFor(name), name.strip(), order);
    }

    /** The camp of a side name; {@link Side#OTHER} when it is none of the named camps or unknown. */
    static Side side(String name) {
        if (name == null || name.isBlank()) {
            return Side.OTHER;
        }
        String folded = TextFolding.fold(name);
        for (Side side : Side.KNOWN) {
            if (folded.equals(TextFolding.fold(side.label())) || folded.equals(side.id())) {
                return side;
            }
        }
        if (folded.equals("turkiye")) {
            return Side.TURKEY;
        }
        if (folded.equals("us") || folded.equals("u.s.") || folded.equals("usa")) {
            return Side.UNITED_STATES;
        }
        return EUROPE_NATO_NAMES.contains(folded) ? Side.EUROPE_NATO : Side.OTHER;
    }
}
