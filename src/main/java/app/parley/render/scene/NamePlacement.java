package app.parley.render.scene;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Sets every shown actor's name at a readable size when the view is too far out for the cards' own text: the most
 * connected actors first, each at the largest size from {@code targetPx} down to {@code leastPx} and the first place
 * (over its card, below, above, right, left, in one line or two, then a little further off) inside the scene's
 * bounds where it meets no name placed before and, if possible, no other card; failing that, the free place nearest
 * its card. Over its card a name takes the one of its one- and two-line forms that grows the card least, so that it
 * leaves room for its neighbours' names. Type is never set
 * below {@code leastPx}.
 */
public final class NamePlacement {

    /** Positions tried around a card, in order of preference. */
    private enum Place { CENTRE, BELOW, ABOVE, RIGHT, LEFT }

    private static final Place[] ON_CARD = {Place.CENTRE};
    private static final Place[] ALL_PLACES = Place.values();
    /**
     * How much smaller than the target a name may be set to stay over its own card before it moves beside it, in
     * output pixels: a name on its card reads better than a bigger one tied to an empty card by a line.
     */
    private static final double INSIDE_SHRINK_PX = 2;

    private static final double PAD_X_PX = 3;
    private static final double PAD_Y_PX = 1.5;
    private static final double GAP_PX = 2;
    private static final int SEARCH_RINGS = 12;
    /** How far a label at the target size may move from its card before a smaller size is tried, in rings. */
    private static final int NEAR_RINGS = 6;
    /** How far a label may move from its card at the very last, in rings. */
    private static final int FAR_RINGS = 60;

    private final Scene scene;
    private final TextMeasurer measurer;
    private final FontSpec nameFont;

    public NamePlacement(Scene scene, TextMeasurer measurer, FontSpec nameFont) {
        this.scene = scene;
        this.measurer = measurer;
        this.nameFont = nameFont;
    }

    /**
     * The labels of the cards {@code shown} accepts, at {@code scale} output pixels per world unit, type between
     * {@code leastPx} and {@code targetPx}.
     */
    public List<NameLabel> place(java.util.function.IntPredicate shown, double scale, double targetPx, double leastPx) {
        return place(shown, scale, targetPx, leastPx, List.of());
    }

    /**
     * The labels as {@link #place(java.util.function.IntPredicate, double, double, double)} sets them, kept off
     * {@code keepOff} (the zones' captions) as they keep off each other.
     */
    public List<NameLabel> place(java.util.function.IntPredicate shown, double scale, double targetPx, double leastPx,
                                 List<Bounds> keepOff) {
        int[] order = IntStream.range(0, scene.nodes().size()).filter(shown).boxed()
                .sorted(Comparator.comparingInt((Integer v) -> -scene.incidentEdges(v).length).thenComparingInt(v -> v))
                .mapToInt(Integer::intValue).toArray();
        List<Bounds> cards = new ArrayList<>(order.length);
        for (int v : order) {
            cards.add(scene.nodes().get(v).box());
        }
        List<NameLabel> placed = new ArrayList<>(order.length);
        double clearance = 1 / scale;
        List<Bounds> taken = new ArrayList<>(order.length + keepOff.size());
        for (Bounds area : keepOff) {
            taken.add(area.inflate(clearance));
        }
        for (int i = 0; i < order.length; i++) {
            int v = order[i];
            NameLabel best = firstFree(v, i, cards, taken, scale, targetPx,
                    Math.max(leastPx, targetPx - INSIDE_SHRINK_PX), true, clearance, ON_CARD);
            for (int pass = 0; pass < 2 && best == null; pass++) {
                best = firstFree(v, i, cards, taken, scale, targetPx, targetPx, pass == 0, clearance, ALL_PLACES);
            }
            if (best == null) {
                best = nearestFree(v, taken, scale, targetPx, true, NEAR_RINGS);
            }
            for (int pass = 0; pass < 2 && best == null; pass++) {
                best = firstFree(v, i, cards, taken, scale, targetPx, leastPx, pass == 0, clearance, ALL_PLACES);
            }
            if (best == null) {
                best = nearestFree(v, taken, scale, leastPx, true, SEARCH_RINGS);
            }
            if (best == null) {
                best = nearestFree(v, taken, scale, leastPx, false, FAR_RINGS);
            }
            if (best == null) {
                best = label(v, lines(scene.nodes().get(v).card()).size() > 1 ? 2 : 1, Place.CENTRE, leastPx, scale);
            }
            placed.add(best);
            taken.add(best.drawnBox(scene.nodes().get(v)).inflate(clearance));
        }
        placed.sort(Comparator.comparingInt(NameLabel::vertex));
        return placed;
    }

    private NameLabel firstFree(int v, int self, List<Bounds> cards, List<Bounds> taken, double scale,
                                double targetPx, double leastPx, boolean avoidCards, double clearance,
                                Place[] places) {
        for (double px = targetPx; px >= leastPx - 1e-9; px = next(px, leastPx)) {
            for (Place place : places) {
                NameLabel found = null;
                for (int lineCount = 1; lineCount <= 2; lineCount++) {
                    NameLabel label = label(v, lineCount, place, px, scale);
                    if (label != null && scene.bounds().contains(label.box())
                            && free(label.drawnBox(scene.nodes().get(v)), self, cards, taken, avoidCards, clearance)
                            && (found == null || place == Place.CENTRE && drawnArea(label) < drawnArea(found))) {
                        found = label;
                    }
                }
                if (found != null) {
                    return found;
                }
            }
            if (px <= leastPx) {
                break;
            }
        }
        return null;
    }

    /**
     * The label of size {@code leastPx} nearest its card, searched ring by ring out to {@code rings} steps of half a line,
     * that meets no name placed before (cards may lie under it); {@code null} if there is none.
     */
    private NameLabel nearestFree(int v, List<Bounds> taken, double scale, double leastPx, boolean inside,
                                  int rings) {
        for (int lineCount = 2; lineCount >= 1; lineCount--) {
            NameLabel centred = label(v, lineCount, Place.CENTRE, leastPx, scale);
            if (centred == null) {
                continue;
            }
            Bounds box = centred.box();
            double step = leastPx / scale / 2;
            for (int ring = 1; ring <= rings; ring++) {
                for (int dy = -ring; dy <= ring; dy++) {
                    for (int dx = -ring; dx <= ring; dx++) {
                        if (Math.max(Math.abs(dx), Math.abs(dy)) != ring) {
                            continue;
                        }
                        Bounds moved = new Bounds(box.x() + dx * step * 2, box.y() + dy * step, box.width(),
                                box.height());
                        if ((!inside || scene.bounds().contains(moved)) && free(moved, -1, List.of(), taken, false, 0)) {
                            return new NameLabel(v, centred.lines(), moved, leastPx);
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The area a label takes drawn: over its card, the grown card; a name over its card takes as little as it can. */
    private double drawnArea(NameLabel label) {
        Bounds drawn = label.drawnBox(scene.nodes().get(label.vertex()));
        return drawn.width() * drawn.height();
    }

    private static double next(double px, double leastPx) {
        return px - 1 < leastPx && px > leastPx ? leastPx : px - 1;
    }

    private static boolean free(Bounds box, int self, List<Bounds> cards, List<Bounds> taken, boolean avoidCards,
                                double clearance) {
        for (Bounds other : taken) {
            if (overlaps(box, other)) {
                return false;
            }
        }
        if (avoidCards) {
            for (int i = 0; i < cards.size(); i++) {
                if (i != self && overlaps(box, cards.get(i).inflate(clearance))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether two rectangles share more than an edge. */
    static boolean overlaps(Bounds a, Bounds b) {
        return a.x() < b.maxX() && b.x() < a.maxX() && a.y() < b.maxY() && b.y() < a.maxY();
    }

    /** The name in one line, or split in two at the space nearest its middle ({@code null} if it has no space). */
    private NameLabel label(int v, int lineCount, Place place, double px, double scale) {
        NodeShape node = scene.nodes().get(v);
        List<String> words = lineCount == 1 ? List.of(name(node)) : split(name(node));
        if (words == null) {
            return null;
        }
        FontSpec font = new FontSpec(nameFont.family(), px / scale, nameFont.bold());
        double padX = PAD_X_PX / scale;
        double padY = PAD_Y_PX / scale;
        double lineHeight = measurer.ascent(font) + measurer.descent(font);
        double textWidth = 0;
        for (String line : words) {
            textWidth = Math.max(textWidth, measurer.width(line, font));
        }
        double width = textWidth + 2 * padX;
        double height = words.size() * lineHeight + 2 * padY;
        Bounds card = node.box();
        double gap = GAP_PX / scale;
        double x = switch (place) {
            case RIGHT -> card.maxX() + gap;
            case LEFT -> card.x() - gap - width;
            default -> card.centerX() - width / 2;
        };
        double y = switch (place) {
            case BELOW -> card.maxY() + gap;
            case ABOVE -> card.y() - gap - height;
            default -> card.centerY() - height / 2;
        };
        List<TextRun> runs = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String line = words.get(i);
            double dx = (width - measurer.width(line, font)) / 2;
            runs.add(new TextRun(line, dx, padY + i * lineHeight + measurer.ascent(font), font, false));
        }
        return new NameLabel(v, runs, new Bounds(x, y, width, height), px);
    }

    private static String name(NodeShape node) {
        return node.card().lines().isEmpty() ? node.actorId() : node.card().lines().get(0).text();
    }

    private static List<String> lines(NodeCard card) {
        return card.lines().isEmpty() ? List.of() : List.of(card.lines().get(0).text().split(" "));
    }

    /** Two lines split at the space nearest the middle, or {@code null} for one word. */
    private static List<String> split(String name) {
        int middle = name.length() / 2;
        int best = -1;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) == ' ' && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) {
                best = i;
            }
        }
        return best <= 0 ? null : List.of(name.substring(0, best), name.substring(best + 1));
    }
}
