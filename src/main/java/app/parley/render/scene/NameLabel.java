package app.parley.render.scene;

import app.parley.model.ActorKind;
import java.util.List;

/**
 * An actor's name set at a readable size beside or over its card when the card itself is drawn too small for its
 * text, as a map sets place names.
 *
 * @param vertex the actor's vertex number
 * @param lines  the name in one or two lines, placed relative to {@code box}
 * @param box    where the label stands, in world units
 * @param px     the type size on the output, in pixels
 */
public record NameLabel(int vertex, List<TextRun> lines, Bounds box, double px) {

    /** Freezes the lines. */
    public NameLabel {
        lines = List.copyOf(lines);
    }

    /** How far a person's or a state's card drawn around a name reaches beyond it at each end, per unit of height. */
    private static final double ENDS_PER_HEIGHT = 0.35;

    /** Whether the name stands over its own card ({@code node}), rather than beside it. */
    public boolean onCard(NodeShape node) {
        return box.contains(node.box().centerX(), node.box().centerY());
    }

    /**
     * What is drawn of {@code node} with this name: over its card, the card grown around the name (the name's box
     * widened by the rounded or pointed ends of a person's or a state's card, joined with the card); beside it, the
     * name's box.
     */
    public Bounds drawnBox(NodeShape node) {
        if (!onCard(node)) {
            return box;
        }
        double ends = node.kind() == ActorKind.PERSON || node.kind() == ActorKind.STATE
                ? box.height() * ENDS_PER_HEIGHT : 0;
        return new Bounds(box.x() - ends, box.y(), box.width() + 2 * ends, box.height()).union(node.box());
    }
}
