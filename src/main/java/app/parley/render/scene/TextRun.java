package app.parley.render.scene;

/**
 * One line of text placed in a node card, relative to the card's top left corner.
 *
 * @param text     the words
 * @param dx       left end, from the card's left edge
 * @param baseline baseline, from the card's top edge
 * @param font     font
 * @param muted    drawn in the secondary text colour
 */
public record TextRun(String text, double dx, double baseline, FontSpec font, boolean muted) {
}
