package app.parley.layout;

import app.parley.layout.TablePlan.Placement;
import app.parley.layout.TablePlan.Seating;
import app.parley.layout.TablePlan.Zone;
import java.util.ArrayList;
import java.util.List;

/**
 * The negotiating table as the room was described: the table runs down the middle, the mediator sits at its head
 * (top) with his delegation's card on the table before him, the two delegations face each other along the long
 * sides, each leader in the middle of his side with the members around him and the delegation's card on the table
 * edge in front of them, and behind each side sit those it answers to. The remaining camps are drawn as labelled
 * zones: the delegations' camps below the people behind their sides, the mediator's camp beyond the head, the others
 * below the foot. Seats are spaced by the box sizes, so nothing overlaps. The table (y from 0 down) is centred on x = 0.
 *
 * <p>The zones below the foot wrap into rows and their grids take the shape that lets the whole drawing fill the
 * maps of the small screens Parley is used on (a 1024 × 700 laptop or projector and a 1366 × 768 laptop) best: of a
 * few arrangements, the one whose fit to both is largest.
 */
public final class TableLayout implements Layout {

    /** Space between a seat and the table edge, room for a short edge label to the place card. */
    static final double SEAT_GAP = 48;
    /** Space between boxes stacked in a column. */
    static final double ROW_GAP = 26;
    /** Space between the seats and the row behind them, where edge labels go. */
    static final double COLUMN_GAP = 130;
    /** Space between a place card and the table edge. */
    static final double CARD_INSET = 24;
    /** Space between the two place cards across the table, room for the label of the edge between them. */
    static final double ACROSS_GAP = 110;
    /** Space between zones and everything else. */
    static final double ZONE_GAP = 44;
    /** Space between a zone's edge and its boxes. */
    static final double ZONE_PADDING = 14;
    /** Room at the top of a zone for its label. */
    static final double ZONE_CAPTION = 44;
    /** Space between the columns of people behind a side. */
    static final double CELL_GAP = 22;
    /**
     * Space between boxes side by side in a zone: room for the names set over the cards, larger than the cards' own
     * text, when the whole table is fitted to a small screen.
     */
    static final double NAME_GAP_X = 80;
    /** Space between the people at the head, whose names over their cards are the first to be set, in one line. */
    static final double HEAD_GAP = 110;
    /** Space between the rows of a zone, room for names in two lines over the cards at the fit of a small screen. */
    static final double NAME_GAP_Y = 40;
    /** A rough width per character of a zone label, so the zone is at least as wide as its label. */
    static final double CAPTION_CHARACTER = 9;
    private static final double MIN_TABLE_WIDTH = 320;
    private static final double TABLE_ASPECT = 0.85;
    private static final double MIN_FOOT_WIDTH = 1200;
    /** How much wider than the table and its sides a row of zones below may grow before it wraps, tried in turn. */
    private static final double[] FOOT_STRETCHES = {0.5, 0.75, 1.0, 1.3, 1.6};
    /** How much wider than tall (in cards) a zone's grid above or below the table is made, tried in turn. */
    private static final double[] GRID_RATIOS = {0.5, 0.8, 1.3, 2.0};
    /**
     * The shapes (width over height) of the maps the drawing is fitted to: those of a 1024 × 700 and a 1366 × 768
     * window, less the fit's margins.
     */
    private static final double[] VIEW_ASPECTS = {664.0 / 494, 926.0 / 562};

    private final TablePlan plan;

    /** A table layout seating the actors as {@code plan} says. */
    public TableLayout(TablePlan plan) {
        this.plan = plan;
    }

    /** The seating this layout follows. */
    public TablePlan plan() {
        return plan;
    }

    @Override
    public void apply(LayoutGraph graph, LayoutModel model, LayoutMonitor monitor) {
        if (graph.vertexCount() != plan.vertexCount() || model.size() != plan.vertexCount()) {
            throw new IllegalArgumentException("The plan is for " + plan.vertexCount() + " vertices but the graph has "
                    + graph.vertexCount() + " and the model " + model.size());
        }
        Shape best = null;
        double bestFit = Double.NEGATIVE_INFINITY;
        for (double ratio : GRID_RATIOS) {
            for (double stretch : FOOT_STRETCHES) {
                Shape shape = new Shape(stretch, ratio);
                LayoutModel trial = new LayoutModel(model.size());
                new Drawing(graph, trial, shape).draw();
                double fit = fit(graph, trial);
                if (fit > bestFit + 1e-9) {
                    bestFit = fit;
                    best = shape;
                }
            }
        }
        new Drawing(graph, model, best).draw();
        monitor.progress(1);
    }

    /**
     * How well a drawing fills the small screens' maps: the product of its zooms when fitted to each of
     * {@link #VIEW_ASPECTS} (per unit of map height), as a sum of logarithms.
     */
    private static double fit(LayoutGraph graph, LayoutModel drawn) {
        PointExtent extent = PointExtent.ofBoxes(graph, drawn, 1, 1);
        for (Backdrop backdrop : drawn.backdrops()) {
            extent = extent.including(backdrop.x(), backdrop.y(), backdrop.width(), backdrop.height());
        }
        double width = Math.max(1, extent.width());
        double height = Math.max(1, extent.height());
        double fit = 0;
        for (double aspect : VIEW_ASPECTS) {
            fit += Math.log(Math.min(aspect / width, 1 / height));
        }
        return fit;
    }

    /**
     * How the zones above and below the table are arranged.
     *
     * @param footStretch how much wider than the rest a row of zones below may grow before it wraps
     * @param gridRatio   how much wider than tall, in cards, a zone's grid above or below is
     */
    private record Shape(double footStretch, double gridRatio) {
    }

    /** One placement of the plan with the box sizes of a graph. */
    private final class Drawing {

        private final LayoutGraph graph;
        private final LayoutModel model;
        private final Shape shape;
        private final List<Backdrop> backdrops = new ArrayList<>();
        private double left;
        private double right;
        private double top;
        private double bottom;

        Drawing(LayoutGraph graph, LayoutModel model, Shape shape) {
            this.graph = graph;
            this.model = model;
            this.shape = shape;
        }

        void draw() {
            if (plan.hasTable()) {
                drawTable();
            }
            List<Zone> foot = new ArrayList<>();
            plan.zones().stream().filter(z -> z.placement() == Placement.FOOT).forEach(foot::add);
            placeFoot(foot);
            model.setBackdrops(backdrops);
        }

        private void drawTable() {
            double pitch = maxHeight(seatedVertices()) + ROW_GAP;
            int maxSlot = 0;
            for (Seating side : plan.sides()) {
                maxSlot = Math.max(maxSlot, maxSlot(side));
            }
            double cardsWidth = ACROSS_GAP;
            double cardHeight = 0;
            for (Seating side : plan.sides()) {
                cardsWidth += graph.width(side.card()) + CARD_INSET;
                cardHeight = Math.max(cardHeight, graph.height(side.card()));
            }
            double headCardWidth = plan.headCard() >= 0 ? graph.width(plan.headCard()) + 2 * CARD_INSET : 0;
            double headCardHeight = plan.headCard() >= 0 ? graph.height(plan.headCard()) : 0;
            double width = Math.max(MIN_TABLE_WIDTH, Math.max(cardsWidth, headCardWidth));
            double length = Math.max(TABLE_ASPECT * width, 2 * (maxSlot * pitch + pitch / 2) + 2 * CARD_INSET);
            if (plan.headCard() >= 0) {
                length = Math.max(length, 2 * (CARD_INSET + headCardHeight + ROW_GAP) + cardHeight);
            }
            backdrops.add(new Backdrop(Backdrop.Kind.TABLE, -width / 2, 0, width, length, ""));
            left = -width / 2;
            right = width / 2;
            top = 0;
            bottom = length;
            if (plan.headCard() >= 0) {
                put(plan.headCard(), 0, CARD_INSET + headCardHeight / 2);
            }
            placeHead();
            for (int s = 0; s < plan.sides().size(); s++) {
                placeSide(plan.sides().get(s), s == 0 ? -1 : 1, width, length, pitch);
            }
            List<Zone> above = new ArrayList<>();
            plan.zones().stream().filter(z -> z.placement() == Placement.HEAD).forEach(above::add);
            placeAbove(above);
        }

        private List<Integer> seatedVertices() {
            List<Integer> seated = new ArrayList<>();
            for (Seating side : plan.sides()) {
                if (side.leader() >= 0) {
                    seated.add(side.leader());
                }
                seated.addAll(side.members());
                seated.addAll(side.backRow());
            }
            return seated;
        }

        /** The slots of a side's seats from its middle: the leader at 0, then members at -1, +1, -2, +2 and so on. */
        private int[] slots(Seating side) {
            int offset = side.leader() >= 0 ? 1 : 0;
            int[] slots = new int[side.members().size()];
            for (int i = 0; i < slots.length; i++) {
                int k = i + offset;
                slots[i] = k % 2 == 1 ? -(k + 1) / 2 : k / 2;
            }
            return slots;
        }

        private int maxSlot(Seating side) {
            int max = 0;
            for (int slot : slots(side)) {
                max = Math.max(max, Math.abs(slot));
            }
            return max;
        }

        /** The mediator in the middle above the table, the others alternately right and left of him. */
        private void placeHead() {
            List<Integer> head = plan.head();
            if (head.isEmpty()) {
                return;
            }
            double rowHeight = maxHeight(head);
            double y = -SEAT_GAP - rowHeight / 2;
            int mediator = head.get(0);
            put(mediator, 0, y);
            double rightEdge = graph.width(mediator) / 2;
            double leftEdge = -rightEdge;
            for (int i = 1; i < head.size(); i++) {
                int v = head.get(i);
                double w = graph.width(v);
                if (i % 2 == 1) {
                    put(v, rightEdge + HEAD_GAP + w / 2, y);
                    rightEdge += HEAD_GAP + w;
                } else {
                    put(v, leftEdge - HEAD_GAP - w / 2, y);
                    leftEdge -= HEAD_GAP + w;
                }
            }
            top = Math.min(top, -SEAT_GAP - rowHeight);
            left = Math.min(left, leftEdge);
            right = Math.max(right, rightEdge);
        }

        /** One long side: card, seats, the row behind and the camp's zone, growing outward in {@code direction}. */
        private void placeSide(Seating side, int direction, double width, double length, double pitch) {
            double middle = length / 2;
            int card = side.card();
            put(card, direction * (width / 2 - CARD_INSET - graph.width(card) / 2), middle);
            double outer = width / 2;
            List<Integer> seats = new ArrayList<>();
            if (side.leader() >= 0) {
                put(side.leader(), direction * (width / 2 + SEAT_GAP + graph.width(side.leader()) / 2), middle);
                seats.add(side.leader());
            }
            int[] slots = slots(side);
            for (int i = 0; i < slots.length; i++) {
                int v = side.members().get(i);
                put(v, direction * (width / 2 + SEAT_GAP + graph.width(v) / 2), middle + slots[i] * pitch);
                seats.add(v);
            }
            double inner = outer + (seats.isEmpty() ? ZONE_GAP : SEAT_GAP);
            if (!seats.isEmpty()) {
                outer += SEAT_GAP + maxWidth(seats);
            }
            double sideTop = middle - (maxSlot(side) + 0.5) * pitch;
            double sideBottom = middle + (maxSlot(side) + 0.5) * pitch;
            if (!side.backRow().isEmpty()) {
                double bottomBefore = bottom;
                bottom = sideBottom;
                outer = placeColumns(side.backRow(), direction, outer + COLUMN_GAP, middle, length, pitch);
                sideBottom = bottom;
                bottom = Math.max(bottomBefore, bottom);
            }
            for (Zone zone : plan.zones()) {
                Placement placement = direction < 0 ? Placement.LEFT : Placement.RIGHT;
                if (zone.placement() == placement) {
                    Grid grid = gridWithin(zone, outer - inner);
                    double x = direction < 0 ? -inner - grid.width : inner;
                    double y = sideBottom + ZONE_GAP;
                    grid.place(x, y);
                    outer = Math.max(outer, inner + grid.width);
                    sideBottom = y + grid.height;
                }
            }
            if (direction < 0) {
                left = Math.min(left, -outer);
            } else {
                right = Math.max(right, outer);
            }
            top = Math.min(top, sideTop);
            bottom = Math.max(bottom, sideBottom);
        }

        /**
         * Stacks {@code vertices} in columns beside the table, each column centred on {@code middle} and no taller
         * than the table; returns the new outer edge.
         */
        private double placeColumns(List<Integer> vertices, int direction, double inner, double middle, double length,
                                    double pitch) {
            int perColumn = Math.max(1, (int) Math.floor((length + ROW_GAP) / pitch));
            double columnWidth = maxWidth(vertices);
            double edge = inner;
            for (int start = 0; start < vertices.size(); start += perColumn) {
                int count = Math.min(perColumn, vertices.size() - start);
                double centre = edge + columnWidth / 2;
                for (int r = 0; r < count; r++) {
                    put(vertices.get(start + r), direction * centre, middle + (r - (count - 1) / 2.0) * pitch);
                }
                top = Math.min(top, middle - count * pitch / 2);
                bottom = Math.max(bottom, middle + count * pitch / 2);
                edge += columnWidth + CELL_GAP;
            }
            return edge - CELL_GAP;
        }

        /** The mediator's camp: zones side by side, centred above the head. */
        private void placeAbove(List<Zone> zones) {
            if (zones.isEmpty()) {
                return;
            }
            List<Grid> grids = new ArrayList<>();
            double total = -ZONE_GAP;
            double tallest = 0;
            for (Zone zone : zones) {
                Grid grid = wideGrid(zone);
                grids.add(grid);
                total += ZONE_GAP + grid.width;
                tallest = Math.max(tallest, grid.height);
            }
            double x = -total / 2;
            double base = top - ZONE_GAP;
            for (Grid grid : grids) {
                grid.place(x, base - grid.height);
                x += grid.width + ZONE_GAP;
            }
            top = base - tallest;
            left = Math.min(left, -total / 2);
            right = Math.max(right, total / 2);
        }

        /** The other camps: rows of zones below everything, each row centred, wrapped near the drawing's width. */
        private void placeFoot(List<Zone> zones) {
            if (zones.isEmpty()) {
                return;
            }
            double limit = shape.footStretch() * Math.max(MIN_FOOT_WIDTH, right - left);
            List<List<Grid>> rows = new ArrayList<>();
            List<Grid> row = new ArrayList<>();
            double rowWidth = -ZONE_GAP;
            for (Zone zone : zones) {
                Grid grid = wideGrid(zone);
                if (!row.isEmpty() && rowWidth + ZONE_GAP + grid.width > limit) {
                    rows.add(row);
                    row = new ArrayList<>();
                    rowWidth = -ZONE_GAP;
                }
                row.add(grid);
                rowWidth += ZONE_GAP + grid.width;
            }
            rows.add(row);
            double y = plan.hasTable() ? bottom + ZONE_GAP : 0;
            for (List<Grid> grids : rows) {
                double width = -ZONE_GAP;
                double tallest = 0;
                for (Grid grid : grids) {
                    width += ZONE_GAP + grid.width;
                    tallest = Math.max(tallest, grid.height);
                }
                double x = -width / 2;
                for (Grid grid : grids) {
                    grid.place(x, y);
                    x += grid.width + ZONE_GAP;
                }
                y += tallest + ZONE_GAP;
            }
        }

        /** A grid about {@link Shape#gridRatio()} times wider than tall in cards, for zones above and below the table. */
        private Grid wideGrid(Zone zone) {
            int count = zone.vertices().size();
            int rows = Math.max(1, (int) Math.ceil(Math.sqrt(count / shape.gridRatio())));
            return new Grid(zone, (count + rows - 1) / rows);
        }

        /** The grid of the most columns no wider than {@code room}, or of one column. */
        private Grid gridWithin(Zone zone, double room) {
            for (int columns = zone.vertices().size(); columns > 1; columns--) {
                Grid grid = new Grid(zone, columns);
                if (grid.width <= room) {
                    return grid;
                }
            }
            return new Grid(zone, 1);
        }

        private void put(int v, double x, double y) {
            if (!model.pinned(v)) {
                model.set(v, x, y);
            }
        }

        private double maxWidth(List<Integer> vertices) {
            double max = 0;
            for (int v : vertices) {
                max = Math.max(max, graph.width(v));
            }
            return max;
        }

        private double maxHeight(List<Integer> vertices) {
            double max = 0;
            for (int v : vertices) {
                max = Math.max(max, graph.height(v));
            }
            return max;
        }

        /**
         * A zone's actors in a grid under its label, with its backdrop: rows of equal height, each column as wide as
         * its widest card.
         */
        private final class Grid {

            private final Zone zone;
            private final int columns;
            private final double[] columnWidths;
            private final double cellHeight;
            private final double content;
            private final double width;
            private final double height;

            Grid(Zone zone, int columns) {
                this.zone = zone;
                this.columns = Math.max(1, columns);
                int rows = (zone.vertices().size() + this.columns - 1) / this.columns;
                columnWidths = new double[this.columns];
                List<Integer> vertices = zone.vertices();
                for (int i = 0; i < vertices.size(); i++) {
                    int column = i % this.columns;
                    columnWidths[column] = Math.max(columnWidths[column], graph.width(vertices.get(i)));
                }
                double sum = -NAME_GAP_X;
                for (double columnWidth : columnWidths) {
                    sum += columnWidth + NAME_GAP_X;
                }
                content = sum;
                cellHeight = maxHeight(zone.vertices()) + NAME_GAP_Y;
                width = Math.max(content, CAPTION_CHARACTER * zone.label().length()) + 2 * ZONE_PADDING;
                height = ZONE_CAPTION + rows * cellHeight - NAME_GAP_Y + 2 * ZONE_PADDING;
            }

            void place(double x, double y) {
                double[] centres = new double[columns];
                double edge = x + (width - content) / 2;
                for (int column = 0; column < columns; column++) {
                    centres[column] = edge + columnWidths[column] / 2;
                    edge += columnWidths[column] + NAME_GAP_X;
                }
                List<Integer> vertices = zone.vertices();
                for (int i = 0; i < vertices.size(); i++) {
                    int row = i / columns;
                    put(vertices.get(i), centres[i % columns],
                            y + ZONE_PADDING + ZONE_CAPTION + row * cellHeight + (cellHeight - NAME_GAP_Y) / 2);
                }
                backdrops.add(new Backdrop(Backdrop.Kind.ZONE, x, y, width, height, zone.label()));
            }
        }
    }
}
