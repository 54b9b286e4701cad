package app.parley.render;

import java.util.List;

/**
 * The measured card of one actor: its size and the lines of text inside it.
 *
 * @param width  card width
 * @param height card height
 * @param lines  text lines placed relative to the card
 */
public record NodeCard(double width, double height, List<TextRun> lines) {

    /** Freezes the lines. */
    public NodeCard {
        lines = List.copyOf(lines);
    }
}
