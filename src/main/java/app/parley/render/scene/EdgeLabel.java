package app.parley.render.scene;

/**
 * An edge's label placed in the world.
 *
 * @param text     the words
 * @param box      the label's background box
 * @param textX    left end of the text
 * @param baseline baseline of the text
 * @param font     font
 */
public record EdgeLabel(String text, Bounds box, double textX, double baseline, FontSpec font) {
}
