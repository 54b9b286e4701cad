package app.parley.ui;

import app.parley.model.Span;

/**
 * A request to show a span in the article view; the serial makes a repeated request for the same span a new event.
 *
 * @param span   the words to highlight and scroll to
 * @param serial increases with every request
 */
public record ArticleRequest(Span span, long serial) {
}
