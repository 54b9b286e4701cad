package app.parley.io;

import app.parley.model.Span;

/**
 * A piece of text a file says stands at a span, to be checked against the source.
 *
 * @param pointer where the claim is written in the file
 * @param span    where the text should stand
 * @param text    the text claimed
 */
record TextClaim(String pointer, Span span, String text) {
}
