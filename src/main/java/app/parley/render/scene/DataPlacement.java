package app.parley.render.scene;

import app.parley.graph.export.Place;
import app.parley.graph.export.Placement;
import app.parley.model.Side;
import java.util.HashMap;
import java.util.Map;

/** The drawing a data export carries: every card of a scene where it stands, and the theme's side colours. */
public final class DataPlacement {

    private DataPlacement() {
    }

    /** The cards of {@code scene} and the side colours of {@code theme}. */
    public static Placement of(Scene scene, Theme theme) {
        Map<String, Place> places = new HashMap<>();
        for (NodeShape node : scene.nodes()) {
            Bounds box = node.box();
            places.put(node.actorId(), new Place(box.centerX(), box.y() + box.height() / 2, box.width(),
                    box.height()));
        }
        Map<Side, Integer> colours = new HashMap<>();
        for (Side side : Side.KNOWN) {
            colours.put(side, theme.side(side).argb() & 0xFFFFFF);
        }
        for (NodeShape node : scene.nodes()) {
            colours.putIfAbsent(node.side(), theme.side(node.side()).argb() & 0xFFFFFF);
        }
        return new Placement(places, colours);
    }
}
