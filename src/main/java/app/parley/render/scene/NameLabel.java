package app.parley.render.scene;

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
}
