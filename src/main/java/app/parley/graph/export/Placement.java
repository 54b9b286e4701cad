package app.parley.graph.export;

import app.parley.model.Side;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How the caller drew the map, for the formats that carry a drawing: each actor's card (by actor id) and each side's
 * colour ({@code 0xRRGGBB}). Actors without a place are written without a position.
 *
 * @param places       cards by actor id
 * @param sideColours  colour of each side; sides left out are drawn grey
 */
public record Placement(Map<String, Place> places, Map<Side, Integer> sideColours) {

    private static final int GREY = 0x7F7F7F;

    /** Freezes both maps. */
    public Placement {
        places = Map.copyOf(places);
        sideColours = Map.copyOf(sideColours);
    }

    /** No positions, and the Okabe–Ito side colours Parley's light theme uses. */
    public static Placement none() {
        return new Placement(Map.of(), okabeIto());
    }

    /** The Okabe–Ito side colours of Parley's light theme. */
    public static Map<Side, Integer> okabeIto() {
        Map<Side, Integer> colours = new HashMap<>();
        colours.put(Side.UKRAINE, 0x0072B2);
        colours.put(Side.RUSSIA, 0xD55E00);
        colours.put(Side.TURKEY, 0x009E73);
        colours.put(Side.UNITED_STATES, 0xCC79A7);
        colours.put(Side.EUROPE_NATO, 0xE69F00);
        colours.put(Side.OTHER, GREY);
        return colours;
    }

    /** The card of {@code actorId}, if it was placed. */
    public Optional<Place> place(String actorId) {
        return Optional.ofNullable(places.get(actorId));
    }

    /** Whether any actor has a place. */
    public boolean positioned() {
        return !places.isEmpty();
    }

    /** The colour of {@code side}, {@code 0xRRGGBB}. */
    public int colour(Side side) {
        return sideColours.getOrDefault(side, GREY);
    }

    /** The colour of {@code side} as {@code #rrggbb}. */
    public String hex(Side side) {
        return String.format("#%06x", colour(side));
    }
}
