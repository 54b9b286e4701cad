package app.parley.render.scene;

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

    /** The same card drawn {@code factor} times as large, text and all, for sizing cards by a score. */
    public NodeCard scaled(double factor) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("Scale factor must be positive");
        }
        List<TextRun> scaled = lines.stream().map(line -> new TextRun(line.text(), line.dx() * factor,
                line.baseline() * factor, new FontSpec(line.font().family(), line.font().size() * factor,
                line.font().bold()), line.muted())).toList();
        return new NodeCard(width * factor, height * factor, scaled);
    }
}
