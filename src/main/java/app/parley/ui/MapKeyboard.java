package app.parley.ui;

import app.parley.render.scene.Bounds;
import app.parley.render.scene.NodeShape;
import app.parley.render.scene.Scene;
import java.util.Optional;
import java.util.Set;

/**
 * Moving the selection on the map with the arrow keys: from the selected card to the nearest card that lies in the
 * direction pressed (within 60 degrees of it), nearer ones along that direction preferred over ones off to the side.
 */
final class MapKeyboard {

    /** A direction on the screen. */
    enum Direction {
        LEFT(-1, 0), RIGHT(1, 0), UP(0, -1), DOWN(0, 1);

        private final int dx;
        private final int dy;

        Direction(int dx, int dy) {
            this.dx = dx;
            this.dy = dy;
        }
    }

    /** How much a card off to the side counts against it, per unit of distance across the direction. */
    private static final double SIDEWAYS_COST = 2;
    /** tan(60°): cards further off the direction than this are not in it. */
    private static final double CONE = Math.sqrt(3);

    private MapKeyboard() {
    }

    /**
     * The card next from {@code actorId} in {@code direction}, skipping {@code hidden} actors; empty when none lies
     * that way.
     */
    static Optional<NodeShape> next(Scene scene, String actorId, Direction direction, Set<String> hidden) {
        NodeShape from = scene.nodes().stream().filter(n -> n.actorId().equals(actorId)).findFirst().orElse(null);
        if (from == null) {
            return Optional.empty();
        }
        NodeShape best = null;
        double bestScore = Double.MAX_VALUE;
        for (NodeShape node : scene.nodes()) {
            if (node == from || hidden.contains(node.actorId())) {
                continue;
            }
            double dx = node.box().centerX() - from.box().centerX();
            double dy = node.box().centerY() - from.box().centerY();
            double along = dx * direction.dx + dy * direction.dy;
            double across = Math.abs(dx * direction.dy - dy * direction.dx);
            if (along <= 0 || across > along * CONE) {
                continue;
            }
            double score = along + SIDEWAYS_COST * across;
            if (score < bestScore) {
                bestScore = score;
                best = node;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The shown card nearest a world point: where arrow keys start when nothing is selected. */
    static Optional<NodeShape> nearest(Scene scene, Bounds visible, Set<String> hidden) {
        NodeShape best = null;
        double bestDistance = Double.MAX_VALUE;
        for (NodeShape node : scene.nodes()) {
            if (hidden.contains(node.actorId())) {
                continue;
            }
            double distance = Math.hypot(node.box().centerX() - visible.centerX(),
                    node.box().centerY() - visible.centerY());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = node;
            }
        }
        return Optional.ofNullable(best);
    }
}
