package app.parley.model;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The camp an actor belongs to in the negotiation: one of the camps every map knows (those of the Istanbul talks,
 * and Other), or one a map names for itself ("Armenia"), written in the file's {@code sides}.
 */
public final class Side implements Vocabulary {

    /** Ukraine and those who act for it. */
    public static final Side UKRAINE = new Side("ukraine", "Ukraine", 0);
    /** Russia and those who act for it. */
    public static final Side RUSSIA = new Side("russia", "Russia", 1);
    /** Turkey, host and mediator of the Istanbul talks. */
    public static final Side TURKEY = new Side("turkey", "Turkey", 2);
    /** The United States. */
    public static final Side UNITED_STATES = new Side("united-states", "United States", 3);
    /** European states, the EU and NATO. */
    public static final Side EUROPE_NATO = new Side("europe-nato", "Europe / NATO", 4);
    /** Anyone else: the press, states named in passing. */
    public static final Side OTHER = new Side("other", "Other", 5);

    /** How many of a map's own sides are drawn in colours of their own; those after them repeat the colours. */
    public static final int DISTINCT_OWN = 6;

    /** The camps every map knows, in the order legends and zones list them. */
    public static final List<Side> KNOWN = List.of(UKRAINE, RUSSIA, TURKEY, UNITED_STATES, EUROPE_NATO, OTHER);

    /** Known camps first, in their order, then a map's own in the order it names them. */
    public static final Comparator<Side> ORDER = Comparator.comparingInt(Side::order).thenComparing(Side::id);

    private final String id;
    private final String label;
    private final int order;

    private Side(String id, String label, int order) {
        this.id = id;
        this.label = label;
        this.order = order;
    }

    /**
     * A camp a map names for itself, {@code order} places after the first known camp ({@code KNOWN.size()} for the
     * first of the map's own).
     *
     * @throws IllegalArgumentException when the id is not lower-case words joined by hyphens, or the label is blank
     */
    public static Side named(String id, String label, int order) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        if (!id.matches("[\\p{Ll}\\p{Lo}0-9]+(-[\\p{Ll}\\p{Lo}0-9]+)*")) {
            throw new IllegalArgumentException("A side's id is lower-case words joined by hyphens: '" + id + "'");
        }
        if (label.isBlank()) {
            throw new IllegalArgumentException("A side needs a name");
        }
        if (order < KNOWN.size()) {
            throw new IllegalArgumentException("A map's own sides come after the known ones: " + order);
        }
        return known(id).orElseGet(() -> new Side(id, label.strip(), order));
    }

    /**
     * The order a new side of a map whose own sides are {@code own} takes: after the last of them, so that it never
     * shares a colour with one still in the map.
     */
    public static int after(List<Side> own) {
        return own.stream().mapToInt(Side::order).max().orElse(KNOWN.size() - 1) + 1;
    }

    /** The known camp with this id. */
    public static Optional<Side> known(String id) {
        return KNOWN.stream().filter(s -> s.id.equals(id)).findFirst();
    }

    /** The id a side named {@code label} gets: "Nagorno-Karabakh" gives "nagorno-karabakh". */
    public static String idFor(String label) {
        String id = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{Ll}\\p{Lo}0-9]+", "-").replaceAll("(^-|-$)", "");
        return id.isEmpty() ? "side" : id;
    }

    /** Where the side comes in legends, zones and colours: known camps first, then the map's own. */
    public int order() {
        return order;
    }

    /** Whether every map knows this camp. */
    public boolean isKnown() {
        return order < KNOWN.size() && KNOWN.get(order) == this;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Side side && side.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
