package app.parley.render.paint;

import app.parley.model.ActorKind;
import app.parley.model.Side;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.EdgeGroup;
import app.parley.render.scene.FontSpec;
import app.parley.render.scene.Legend;
import app.parley.render.scene.Stroke;
import app.parley.render.scene.TextMeasurer;
import app.parley.render.scene.Theme;
import java.util.ArrayList;
import java.util.List;

/**
 * The legend, painted by the same painter as the graph, as a strip along the bottom edge (above the caption) that the
 * drawing is fitted above, so it never covers an actor.
 */
public final class LegendOverlay implements Overlay {

    private static final double SYMBOL_WIDTH = 38;
    private static final double GAP = 10;
    private static final double MARGIN = 16;
    private static final double PADDING = 12;

    private final Legend legend;
    private final Theme theme;
    private final TextMeasurer measurer;
    private final double scale;
    private final double bottomInset;

    /**
     * A legend overlay.
     *
     * @param legend      what to explain
     * @param theme       colours and type
     * @param measurer    text widths
     * @param scale       output pixels per screen pixel (2 for a 2x export)
     * @param bottomInset output pixels kept free below the legend (for the caption)
     */
    public LegendOverlay(Legend legend, Theme theme, TextMeasurer measurer, double scale, double bottomInset) {
        if (scale <= 0) {
            throw new IllegalArgumentException("Scale must be positive");
        }
        this.legend = legend;
        this.theme = theme;
        this.measurer = measurer;
        this.scale = scale;
        this.bottomInset = bottomInset;
    }

    private record Entry(String text, Side side, ActorKind kind, EdgeGroup group, boolean heading) {
    }

    private List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        out.add(new Entry("Sides", null, null, null, true));
        for (Side side : legend.sides()) {
            out.add(new Entry(side.label(), side, null, null, false));
        }
        out.add(new Entry("Actors", null, null, null, true));
        for (ActorKind kind : legend.kinds()) {
            out.add(new Entry(kind.label(), null, kind, null, false));
        }
        out.add(new Entry("Links", null, null, null, true));
        for (EdgeGroup group : legend.groups()) {
            out.add(new Entry(group.label(), null, null, group, false));
        }
        return out;
    }

    private FontSpec font(boolean heading) {
        FontSpec base = theme.overlayFont();
        return new FontSpec(base.family(), base.size() * scale, heading);
    }

    private double rowHeight() {
        return measurer.lineHeight(font(false)) * 1.45;
    }

    private double entryWidth(Entry entry) {
        double text = measurer.width(entry.text(), font(entry.heading()));
        return entry.heading() ? text + GAP * scale : SYMBOL_WIDTH * scale + GAP * scale * 0.6 + text;
    }

    /** The height of the strip when the image is {@code width} pixels wide. */
    public double stripHeight(double width) {
        return stripRows(width).size() * rowHeight() + 2 * PADDING * scale;
    }

    private List<List<Entry>> stripRows(double width) {
        List<List<Entry>> rows = new ArrayList<>();
        List<Entry> row = new ArrayList<>();
        double used = 0;
        double available = width - 2 * (MARGIN + PADDING) * scale;
        for (Entry entry : entries()) {
            double needed = entryWidth(entry) + 2 * GAP * scale;
            boolean breakHere = !row.isEmpty() && (used + needed > available || entry.heading() && used > available * 0.7);
            if (breakHere) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            row.add(entry);
            used += needed;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    @Override
    public Object appearance() {
        return List.of(LegendOverlay.class, legend, theme, measurer, scale, bottomInset);
    }

    @Override
    public void paint(Surface surface, double width, double height) {
        double stripHeight = stripHeight(width);
        double top = height - bottomInset - stripHeight;
        surface.fillRect(0, top, width, stripHeight, theme.panel());
        surface.strokeLine(MARGIN * scale, top, width - MARGIN * scale, top,
                Stroke.solid(theme.mutedText().withOpacity(0.35), scale));
        double rowY = top + PADDING * scale;
        for (List<Entry> row : stripRows(width)) {
            double x = (MARGIN + PADDING) * scale;
            for (Entry entry : row) {
                paintEntry(surface, entry, x, rowY);
                x += entryWidth(entry) + 2 * GAP * scale;
            }
            rowY += rowHeight();
        }
    }

    private void paintEntry(Surface surface, Entry entry, double x, double top) {
        FontSpec font = font(entry.heading());
        double rowHeight = rowHeight();
        double baseline = top + (rowHeight + measurer.ascent(font) - measurer.descent(font)) / 2;
        if (entry.heading()) {
            surface.fillText(entry.text(), x, baseline, font, theme.text());
            return;
        }
        double symbolWidth = SYMBOL_WIDTH * scale;
        double symbolHeight = rowHeight * 0.62;
        Bounds symbol = new Bounds(x, top + (rowHeight - symbolHeight) / 2, symbolWidth, symbolHeight);
        ShapePainter shapes = new ShapePainter(theme);
        if (entry.side() != null) {
            surface.fillRoundRect(symbol.x() + symbolWidth * 0.2, symbol.y(), symbolWidth * 0.6, symbolHeight,
                    symbolHeight * 0.4, theme.side(entry.side()));
        } else if (entry.kind() != null) {
            shapes.outline(surface, entry.kind(), Side.OTHER, symbol);
        } else {
            Stroke stroke = shapes.edgeStroke(entry.group(), false);
            surface.strokeLine(symbol.x(), symbol.centerY(), symbol.maxX(), symbol.centerY(),
                    new Stroke(stroke.color(), stroke.width() * scale, scaled(stroke.dashes())));
        }
        surface.fillText(entry.text(), x + symbolWidth + GAP * scale * 0.6, baseline, font, theme.text());
    }

    private double[] scaled(double[] dashes) {
        double[] out = dashes.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= scale;
        }
        return out;
    }
}
