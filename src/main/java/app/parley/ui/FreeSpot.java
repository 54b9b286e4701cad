package app.parley.ui;

import app.parley.model.CardPosition;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.NodeShape;
import app.parley.render.scene.Scene;

/** Where a new card can go near a point without covering another card: the point itself, or the nearest free place. */
final class FreeSpot {

    /** Room kept for a new card, in world units (about a two-word name). */
    static final double CARD_WIDTH = 170;
    static final double CARD_HEIGHT = 56;
    private static final int RINGS = 40;
    private static final int PER_RING = 12;

    private FreeSpot() {
    }

    /** The free place nearest to ({@code x}, {@code y}) searched on rings around it; the point if all are taken. */
    static CardPosition near(Scene scene, double x, double y) {
        if (scene == null || isFree(scene, x, y)) {
            return new CardPosition(x, y);
        }
        for (int ring = 1; ring <= RINGS; ring++) {
            double radius = ring * CARD_HEIGHT;
            int points = PER_RING * ring;
            for (int k = 0; k < points; k++) {
                double angle = 2 * Math.PI * k / points;
                double px = x + radius * Math.cos(angle) * 1.6;
                double py = y + radius * Math.sin(angle);
                if (isFree(scene, px, py)) {
                    return new CardPosition(px, py);
                }
            }
        }
        return new CardPosition(x, y);
    }

    private static boolean isFree(Scene scene, double x, double y) {
        Bounds room = new Bounds(x - CARD_WIDTH / 2, y - CARD_HEIGHT / 2, CARD_WIDTH, CARD_HEIGHT);
        for (NodeShape node : scene.nodes()) {
            if (node.box().intersects(room)) {
                return false;
            }
        }
        return true;
    }
}
