package app.parley.session;

import app.parley.model.Dataset;
import app.parley.model.Quote;
import app.parley.model.QuoteKind;
import app.parley.model.Span;
import java.time.LocalDate;
import java.util.List;

/**
 * Adds words an actor said: the text is taken from the article at the selected span, never typed.
 *
 * @param speakerId    who said them
 * @param span         the selected words
 * @param kind         direct quote or reported speech
 * @param saidOn       when, or {@code null}
 * @param reportedById who relayed them, or {@code null}
 * @param aboutIds     actors the words are about
 */
public record AddQuote(String speakerId, Span span, QuoteKind kind, LocalDate saidOn, String reportedById,
                       List<String> aboutIds) implements Command {

    /** A quote with no date, relay or subjects. */
    public AddQuote(String speakerId, Span span, QuoteKind kind) {
        this(speakerId, span, kind, null, null, List.of());
    }

    @Override
    public String label(Dataset before) {
        return "Add quote by " + Names.actor(before, speakerId);
    }

    @Override
    public void perform(Draft draft) throws EditRefused {
        Checks.actor(draft, speakerId);
        if (kind == null) {
            throw new EditRefused("Choose direct quote or reported speech.");
        }
        String words = Checks.words(draft, span);
        String id = Ids.fresh(Ids.slug(speakerId + " quote", "quote"), Checks.taken(draft, List.of(Part.QUOTES)));
        Quote quote = new Quote(id, speakerId, words, kind, span, saidOn, reportedById, aboutIds);
        Checks.quote(draft, quote);
        draft.add(Part.QUOTES, quote);
        draft.created(id);
    }
}
