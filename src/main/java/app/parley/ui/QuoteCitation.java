package app.parley.ui;

import app.parley.model.DatasetIndex;
import app.parley.model.Quote;
import app.parley.model.QuoteKind;
import app.parley.model.Source;

/**
 * A quote as a line to paste into an essay or a report, with who said it and the article it comes from, so that it
 * stays sourced outside the map: {@code “unconditional ceasefire” — Ukraine. Source: Russia and Ukraine hold
 * first direct talks…, Unattributed news report, 2025-05-16.}
 */
final class QuoteCitation {

    private QuoteCitation() {
    }

    /** The line for {@code quote}, its names and source looked up in {@code index}. */
    static String of(Quote quote, DatasetIndex index) {
        StringBuilder line = new StringBuilder();
        String speaker = index.nameOf(quote.speakerId());
        if (quote.kind() == QuoteKind.DIRECT) {
            line.append('“').append(quote.text()).append("” — ").append(speaker);
        } else {
            line.append(speaker).append(", reported: ").append(quote.text());
        }
        if (quote.saidOn() != null) {
            line.append(", ").append(quote.saidOn());
        }
        if (quote.reportedById() != null) {
            line.append(", relayed by ").append(index.nameOf(quote.reportedById()));
        }
        StringBuilder cited = new StringBuilder(Sentences.ended(line.toString()));
        Source source = index.source(quote.span().sourceId()).orElse(null);
        if (source != null) {
            cited.append(" Source: ").append(source.citation());
            if (source.url() != null && !source.url().isBlank()) {
                cited.append(", ").append(source.url());
            }
            cited.append('.');
        }
        return cited.toString();
    }
}
