package app.parley.render.paint;

import app.parley.layout.Backdrop;
import app.parley.model.ActorKind;
import app.parley.model.Side;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.CurveCut;
import app.parley.render.scene.EdgeGroup;
import app.parley.render.scene.EdgeLabel;
import app.parley.render.scene.EdgeShape;
import app.parley.render.scene.FontSpec;
import app.parley.render.scene.LineCut;
import app.parley.render.scene.NameLabel;
import app.parley.render.scene.NodeShape;
import app.parley.render.scene.Rgba;
import app.parley.render.scene.Stroke;
import app.parley.render.scene.TextRun;
import app.parley.render.scene.Theme;
import app.parley.render.scene.ZoneCaption;

/** Draws the parts of the picture (cards, curves, arrow heads, labels, backdrops) in a theme's colours. */
final class ShapePainter {

    private static final double BORDER = 2.5;
    /** The least width of a name label's border on the output, in pixels, so that it reads far out. */
    private static final double LEAST_LABEL_BORDER_PX = 1.5;
    private static final double ORGANIZATION_ARC = 8;
    private static final double DELEGATION_ARC = 18;
    private static final double DELEGATION_INSET = 4;
    private static final double ARROW_LENGTH = 11;
    private static final double ARROW_HALF_WIDTH = 5;

    /**
     * The zoom below which the links of a map of up to {@value GraphDrawing#LABELLED_LIMIT} actors keep the width and
     * dash lengths on the output that they have at this zoom, as a map keeps its roads visible far out.
     */
    static final double LINK_ZOOM = 0.5;

    /** How wide a card whose name is set beside it is drawn, in output pixels. */
    static final double MARKER_PX = 10;

    private final Theme theme;

    ShapePainter(Theme theme) {
        this.theme = theme;
    }

    /** A card's outline and fill, by kind and side. */
    void card(Surface surface, NodeShape node) {
        outline(surface, node.kind(), node.side(), node.box());
    }

    /**
     * A card whose name is set beside it: a dot in its side's colour at the card's centre, {@link #MARKER_PX} across
     * on the output (never larger than the card), where the line from its name ends, as a map marks a place.
     */
    void marker(Surface surface, NodeShape node, double scale) {
        Bounds card = node.box();
        double size = Math.min(MARKER_PX / scale, Math.min(card.width(), card.height()));
        surface.fillRoundRect(card.centerX() - size / 2, card.centerY() - size / 2, size, size, size,
                theme.side(node.side()));
        surface.strokeRoundRect(card.centerX() - size / 2, card.centerY() - size / 2, size, size, size,
                Stroke.solid(theme.cardFill(node.side()), 1.5 / scale));
    }

    /** The card shape of a kind in a box: pill, hexagon-ended box, box, or double box. */
    void outline(Surface surface, ActorKind kind, Side side, Bounds box) {
        outline(surface, kind, side, box, theme.cardFill(side), 0);
    }

    /** The card shape with its border at least {@code leastBorder} world units wide. */
    private void outline(Surface surface, ActorKind kind, Side side, Bounds box, Rgba fill, double leastBorder) {
        Stroke border = Stroke.solid(theme.side(side),
                Math.max(leastBorder, BORDER * Math.max(1, theme.fontScale() * 0.8)));
        switch (kind) {
            case PERSON -> {
                surface.fillRoundRect(box.x(), box.y(), box.width(), box.height(), box.height(), fill);
                surface.strokeRoundRect(box.x(), box.y(), box.width(), box.height(), box.height(), border);
            }
            case STATE -> {
                double inset = Math.min(box.height() / 2.6, box.width() / 4);
                double[] xs = {box.x() + inset, box.maxX() - inset, box.maxX(), box.maxX() - inset, box.x() + inset, box.x()};
                double[] ys = {box.y(), box.y(), box.centerY(), box.maxY(), box.maxY(), box.centerY()};
                surface.fillPolygon(xs, ys, fill);
                surface.strokePolygon(xs, ys, border);
            }
            case ORGANIZATION -> {
                surface.fillRoundRect(box.x(), box.y(), box.width(), box.height(), ORGANIZATION_ARC, fill);
                surface.strokeRoundRect(box.x(), box.y(), box.width(), box.height(), ORGANIZATION_ARC, border);
            }
            case DELEGATION -> {
                surface.fillRoundRect(box.x(), box.y(), box.width(), box.height(), DELEGATION_ARC, fill);
                surface.strokeRoundRect(box.x(), box.y(), box.width(), box.height(), DELEGATION_ARC, border);
                if (box.width() > 2 * DELEGATION_INSET && box.height() > 2 * DELEGATION_INSET) {
                    Bounds inner = box.inflate(-DELEGATION_INSET);
                    surface.strokeRoundRect(inner.x(), inner.y(), inner.width(), inner.height(),
                            DELEGATION_ARC - DELEGATION_INSET, Stroke.solid(theme.side(side), border.width() * 0.5));
                }
            }
            default -> throw new IllegalStateException("Unknown kind " + kind);
        }
    }

    /** A card's name and role lines, each only if at {@code scale} it is at least {@code readablePx} pixels high. */
    void cardText(Surface surface, NodeShape node, double scale, double readablePx) {
        Bounds box = node.box();
        for (TextRun line : node.card().lines()) {
            if (line.font().size() * scale < readablePx) {
                continue;
            }
            surface.fillText(line.text(), box.x() + line.dx(), box.y() + line.baseline(), line.font(),
                    line.muted() ? theme.mutedText() : theme.text());
        }
    }

    /**
     * An actor's name label: over its card, the card's shape grown to hold the name; beside it, a chip in the card's
     * colours tied to the card by a short line. Either way it reads over links and backdrops.
     */
    void nameLabel(Surface surface, NodeShape node, NameLabel label, double scale) {
        Bounds box = label.box();
        Bounds card = node.box();
        if (label.onCard(node)) {
            outline(surface, node.kind(), node.side(), label.drawnBox(node), theme.cardFill(node.side()),
                    LEAST_LABEL_BORDER_PX / scale);
        } else {
            double x = Math.max(box.x(), Math.min(box.maxX(), card.centerX()));
            double y = Math.max(box.y(), Math.min(box.maxY(), card.centerY()));
            Stroke border = Stroke.solid(theme.side(node.side()), 1.2 / scale);
            surface.strokeLine(x, y, card.centerX(), card.centerY(), border);
            double arc = Math.min(box.height(), 8 / scale);
            surface.fillRoundRect(box.x(), box.y(), box.width(), box.height(), arc, theme.cardFill(node.side()));
            surface.strokeRoundRect(box.x(), box.y(), box.width(), box.height(), arc, border);
        }
        for (TextRun line : label.lines()) {
            surface.fillText(line.text(), box.x() + line.dx(), box.y() + line.baseline(), line.font(), theme.text());
        }
    }

    /** A heavy ring around the selected card. */
    void selectionRing(Surface surface, NodeShape node, double scale) {
        double gap = 5 / Math.max(scale, 0.2);
        Bounds ring = node.box().inflate(gap);
        double arc = node.kind() == ActorKind.PERSON ? ring.height() : DELEGATION_ARC + gap;
        surface.strokeRoundRect(ring.x(), ring.y(), ring.width(), ring.height(), arc,
                Stroke.solid(theme.selection(), 3.5 / Math.max(scale, 0.5)));
    }

    /** How a group of links is stroked. */
    Stroke edgeStroke(EdgeGroup group, boolean strong) {
        double weight = strong ? 1.8 : 1.0;
        Rgba colour = theme.edge();
        return switch (group) {
            case AUTHORITY -> Stroke.solid(colour, 2.2 * weight);
            case DIPLOMACY -> new Stroke(colour, 2.0 * weight, new double[] {12, 5});
            case CONFLICT -> new Stroke(colour, 2.0 * weight, new double[] {4, 4});
            case ROLE -> new Stroke(colour, 1.4 * weight, new double[] {1.5, 4});
        };
    }

    /**
     * A link's curve and, if directed, its arrow head. A straight line is cut to {@code area} first (a curve too, on
     * a {@link Surface#drawsScreenFrames() screen}), its start moved by whole dash patterns only, so that a long
     * dashed line costs what its visible part costs and its dashes stay where they were.
     */
    void edge(Surface surface, EdgeShape edge, boolean strong, boolean selected, double scale, Bounds area,
              double growth) {
        Stroke stroke = linkStroke(edge.group(), strong, selected, growth);
        if (straight(edge)) {
            double[] cut = LineCut.within(edge.x1(), edge.y1(), edge.x2(), edge.y2(), area, stroke.dashes());
            if (cut != null) {
                surface.strokeLine(cut[0], cut[1], cut[2], cut[3], stroke);
            }
        } else if (surface.drawsScreenFrames()) {
            double[] cut = CurveCut.within(edge.x1(), edge.y1(), edge.cx(), edge.cy(), edge.x2(), edge.y2(), area,
                    stroke.dashes());
            if (cut != null) {
                surface.strokeQuadCurve(cut[0], cut[1], cut[2], cut[3], cut[4], cut[5], stroke);
            }
        } else {
            surface.strokeQuadCurve(edge.x1(), edge.y1(), edge.cx(), edge.cy(), edge.x2(), edge.y2(), stroke);
        }
        if (edge.directed() && arrowsShown(scale)) {
            double[] head = arrowHead(edge, strong || selected);
            if (head != null) {
                surface.fillPolygon(new double[] {head[0], head[2], head[4]}, new double[] {head[1], head[3], head[5]},
                        stroke.color());
            }
        }
    }

    /**
     * Adds a link, cut as {@link #edge(Surface, EdgeShape, boolean, boolean, double, Bounds, double)} cuts it, and its
     * arrow head to the batch of its style in {@code batches}.
     */
    void edge(LinkBatches batches, EdgeShape edge, boolean strong, boolean selected, double scale, Bounds area,
              boolean cutCurves) {
        LinkBatches.Batch batch = batches.of(edge.group(), strong, selected);
        double[] dashes = batch.dashes();
        if (straight(edge)) {
            double[] cut = LineCut.within(edge.x1(), edge.y1(), edge.x2(), edge.y2(), area, dashes);
            if (cut != null) {
                batch.line(cut);
            }
        } else if (cutCurves) {
            double[] cut = CurveCut.within(edge.x1(), edge.y1(), edge.cx(), edge.cy(), edge.x2(), edge.y2(), area,
                    dashes);
            if (cut != null) {
                batch.curve(cut);
            }
        } else {
            batch.curve(new double[] {edge.x1(), edge.y1(), edge.cx(), edge.cy(), edge.x2(), edge.y2()});
        }
        if (edge.directed() && arrowsShown(scale)) {
            double[] head = arrowHead(edge, strong || selected);
            if (head != null) {
                batch.arrow(head);
            }
        }
    }

    /**
     * The stroke of a link of {@code group}, highlighted or selected, {@code growth} times as wide and as long in its
     * dashes as at full size (see {@link #linkGrowth}).
     */
    Stroke linkStroke(EdgeGroup group, boolean strong, boolean selected, double growth) {
        Stroke stroke = edgeStroke(group, strong);
        Stroke shown = selected ? new Stroke(theme.selection(), stroke.width() * 1.4, stroke.dashes()) : stroke;
        return growth == 1 ? shown : shown.scaledBy(growth);
    }

    /**
     * How many times as wide (and as long in their dashes) links are drawn in world units at {@code scale}: in a map
     * of up to {@value GraphDrawing#LABELLED_LIMIT} actors drawn smaller than {@link #LINK_ZOOM}, enough to keep them
     * as wide on the output as at that zoom; otherwise 1, so that a big graph's links stay fine lines.
     */
    static double linkGrowth(int actors, double scale) {
        return actors <= GraphDrawing.LABELLED_LIMIT && scale < LINK_ZOOM ? LINK_ZOOM / scale : 1;
    }

    /** Whether a link is drawn as a straight line (its control point is its middle). */
    static boolean straight(EdgeShape edge) {
        return Math.abs(edge.cx() - (edge.x1() + edge.x2()) / 2) < 0.5
                && Math.abs(edge.cy() - (edge.y1() + edge.y2()) / 2) < 0.5;
    }

    /** Whether arrow heads are drawn at {@code scale}: only where they are a few pixels long. */
    static boolean arrowsShown(double scale) {
        return ARROW_LENGTH * scale >= 3;
    }

    /** The corners {tip x, tip y, x, y, x, y} of a link's arrow head, or {@code null} when it has no direction. */
    double[] arrowHead(EdgeShape edge, boolean strong) {
        double tipX = edge.x2();
        double tipY = edge.y2();
        double dx = tipX - edge.cx();
        double dy = tipY - edge.cy();
        double length = Math.hypot(dx, dy);
        if (length < 1e-9) {
            return null;
        }
        double ux = dx / length;
        double uy = dy / length;
        double size = (strong ? 1.3 : 1.0) * Math.max(1, theme.fontScale() * 0.8);
        double baseX = tipX - ux * ARROW_LENGTH * size;
        double baseY = tipY - uy * ARROW_LENGTH * size;
        double half = ARROW_HALF_WIDTH * size;
        return new double[] {tipX, tipY, baseX - uy * half, baseY + ux * half, baseX + uy * half, baseY - ux * half};
    }

    /** A link's label on its background box. */
    void edgeLabel(Surface surface, EdgeLabel label, boolean strong) {
        Bounds box = label.box();
        surface.fillRoundRect(box.x(), box.y(), box.width(), box.height(), box.height() * 0.6, theme.labelBackground());
        if (strong) {
            surface.strokeRoundRect(box.x(), box.y(), box.width(), box.height(), box.height() * 0.6,
                    Stroke.solid(theme.edge(), 1.2));
        }
        FontSpec font = strong ? new FontSpec(label.font().family(), label.font().size(), true) : label.font();
        surface.fillText(label.text(), label.textX(), label.baseline(), font, theme.edgeLabelText());
    }

    /** The negotiating table or a camp's zone (the room kept for names is never handed here: it is not drawn). */
    void backdrop(Surface surface, Backdrop backdrop, double scale) {
        if (backdrop.kind() == Backdrop.Kind.TABLE) {
            surface.fillRoundRect(backdrop.x(), backdrop.y(), backdrop.width(), backdrop.height(), 40, theme.tableFill());
            surface.strokeRoundRect(backdrop.x(), backdrop.y(), backdrop.width(), backdrop.height(), 40,
                    Stroke.solid(theme.mutedText().withOpacity(0.45), 2));
        } else {
            surface.fillRoundRect(backdrop.x(), backdrop.y(), backdrop.width(), backdrop.height(), 28, theme.zoneFill());
        }
        ZoneCaption.of(backdrop, theme, scale).ifPresent(caption -> surface.fillText(caption.text(), caption.x(),
                caption.baseline(), caption.font(), theme.mutedText()));
    }
}
