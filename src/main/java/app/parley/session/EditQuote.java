package app.parley.session;

import app.parley.model.Dataset;
import app.parley.model.Quote;
import app.parley.model.QuoteKind;
import app.parley.model.Span;
import java.time.LocalDate;
import java.util.List;

/**
 * Changes a quote; its text follows the span, from the article. Its id stays.
 *
 * @param quoteId      the quote
 * @param speakerId    who said the words
 * @param span         the words
 * @param kind         direct quote or reported speech
 * @param saidOn       when, or {@code null}
 * @param reportedById who relayed them, or {@code null}
 * @param aboutIds     actors the words are about
 */
public record EditQuote(String quoteId, String speakerId, Span span, QuoteKind kind, LocalDate saidOn,
                        String reportedById, List<String> aboutIds) implements Command {

    @Override
    public String label(Dataset before) {
        return "Edit quote by " + before.quotes().stream().filter(q -> q.id().equals(quoteId))
                .map(q -> Names.actor(before, q.speakerId())).findFirst().orElse(quoteId);
    }

    @Override
    public void perform(Draft draft) throws EditRefused {
        Checks.element(draft, Part.QUOTES, quoteId);
        Checks.actor(draft, speakerId);
        if (kind == null) {
            throw new EditRefused("Choose direct quote or reported speech.");
        }
        Quote quote = new Quote(quoteId, speakerId, Checks.words(draft, span), kind, span, saidOn, reportedById,
                aboutIds);
        Checks.quote(draft, quote);
        draft.replace(Part.QUOTES, quote);
    }
}
