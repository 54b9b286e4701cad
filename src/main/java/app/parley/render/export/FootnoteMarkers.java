package app.parley.render.export;

import app.parley.render.paint.Drawing;
import app.parley.render.paint.GraphDrawing;
import app.parley.render.paint.Surface;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.EdgeLabel;
import app.parley.render.scene.FontSpec;
import app.parley.render.scene.Scene;
import app.parley.render.scene.TextMeasurer;
import app.parley.render.scene.Theme;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A graph drawing with the markers of its source notes on top: a small disc with the note's number beside the label
 * of every cited link (after it, else before it, else over a right-hand corner: wherever it covers no card, label or other
 * marker), or on the label's spot when labels are off. The picture and the footnote block so tell which sentence each
 * link rests on. Markers are placed once, in world coordinates like the labels, so tiles match.
 */
public final class FootnoteMarkers implements Drawing {

    private static final double FONT_SIZE = 9.5;
    private static final double GAP = 2;

    private final Drawing drawing;
    private final Scene scene;
    private final Footnotes notes;
    private final Theme theme;
    private final TextMeasurer measurer;
    private final boolean besideLabels;
    private final Map<Integer, Bounds> boxes = new HashMap<>();

    /**
     * Markers over a drawing.
     *
     * @param drawing      the graph drawing underneath
     * @param scene        its geometry, for the label positions
     * @param notes        which links carry which number
     * @param theme        colours and type
     * @param measurer     text widths
     * @param besideLabels whether labels are drawn (markers go beside them) or not (markers take their place)
     */
    public FootnoteMarkers(Drawing drawing, Scene scene, Footnotes notes, Theme theme, TextMeasurer measurer,
                           boolean besideLabels) {
        this.drawing = drawing;
        this.scene = scene;
        this.notes = notes;
        this.theme = theme;
        this.measurer = measurer;
        this.besideLabels = besideLabels;
        List<Bounds> placed = new ArrayList<>();
        for (int edge : notes.numbersByEdge().keySet()) {
            Bounds box = place(edge, placed);
            if (box.width() > 0) {
                boxes.put(edge, box);
                placed.add(box);
            }
        }
    }

    private FontSpec font() {
        return FontSpec.bold(FONT_SIZE * theme.fontScale());
    }

    /** Where the marker of link {@code edge} is drawn, in world coordinates; empty bounds if it has none. */
    public Bounds markerBox(int edge) {
        return boxes.getOrDefault(edge, Bounds.EMPTY);
    }

    private Bounds place(int edge, List<Bounds> placed) {
        int number = notes.numberOf(edge);
        EdgeLabel label = scene.edges().get(edge).label();
        if (number == 0 || label == null) {
            return Bounds.EMPTY;
        }
        FontSpec font = font();
        double height = measurer.lineHeight(font) * 1.1;
        double width = Math.max(height, measurer.width(Integer.toString(number), font) + height * 0.55);
        Bounds box = label.box();
        double y = box.centerY() - height / 2;
        if (!besideLabels) {
            return new Bounds(box.centerX() - width / 2, y, width, height);
        }
        double gap = GAP * theme.fontScale();
        Bounds after = new Bounds(box.maxX() + gap, y, width, height);
        List<Bounds> candidates = List.of(after, new Bounds(box.x() - gap - width, y, width, height),
                new Bounds(box.maxX() - width * 0.4, box.y() - height * 0.6, width, height),
                new Bounds(box.maxX() - width * 0.4, box.maxY() - height * 0.4, width, height));
        for (Bounds candidate : candidates) {
            if (isFree(candidate, edge, placed)) {
                return candidate;
            }
        }
        return after;
    }

    private boolean isFree(Bounds candidate, int edge, List<Bounds> placed) {
        boolean[] covered = {false};
        scene.nodesIn(candidate, v -> covered[0] = true);
        scene.edgesIn(candidate, e -> {
            EdgeLabel other = scene.edges().get(e).label();
            covered[0] |= e != edge && other != null && other.box().intersects(candidate);
        });
        return !covered[0] && placed.stream().noneMatch(candidate::intersects);
    }

    @Override
    public Bounds bounds() {
        Bounds all = drawing.bounds();
        for (int edge : notes.numbersByEdge().keySet()) {
            Bounds marker = markerBox(edge);
            if (marker.width() > 0) {
                all = all.union(marker);
            }
        }
        return all;
    }

    @Override
    public void paint(Surface surface, Bounds visible, double scale) {
        drawing.paint(surface, visible, scale);
        FontSpec font = font();
        if (font.size() * scale < GraphDrawing.MIN_READABLE_PX) {
            return;
        }
        for (Map.Entry<Integer, Integer> entry : notes.numbersByEdge().entrySet()) {
            Bounds box = markerBox(entry.getKey());
            if (box.width() == 0 || !box.intersects(visible)) {
                continue;
            }
            String number = Integer.toString(entry.getValue());
            surface.beginGroup("footnote-" + number + "-" + scene.edges().get(entry.getKey()).linkId(),
                    "footnote-marker");
            surface.fillRoundRect(box.x(), box.y(), box.width(), box.height(), box.height(), theme.text());
            double textX = box.x() + (box.width() - measurer.width(number, font)) / 2;
            double baseline = box.y() + (box.height() + measurer.ascent(font) - measurer.descent(font)) / 2;
            surface.fillText(number, textX, baseline, font, theme.background());
            surface.endGroup();
        }
    }
}
