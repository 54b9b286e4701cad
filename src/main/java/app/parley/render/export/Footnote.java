package app.parley.render.export;

import app.parley.model.Span;

/**
 * One numbered source note of an exported picture: the sentence of the article a link rests on, and the article.
 *
 * @param number   1, 2, 3… as the markers on the picture show it
 * @param sentence the whole sentence around the link's evidence
 * @param citation the source: title, publisher, date
 * @param span     where the sentence stands in its source
 */
public record Footnote(int number, String sentence, String citation, Span span) {

    /** Checks the number. */
    public Footnote {
        if (number < 1) {
            throw new IllegalArgumentException("Footnotes are numbered from 1");
        }
    }

    /** The note as the footnote block prints it after its number: the sentence, a dash, the citation. */
    public String text() {
        return sentence + " — " + citation;
    }
}
