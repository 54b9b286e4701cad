package app.parley.session;

import app.parley.model.Dataset;
import java.util.Set;

/**
 * Deletes a quote; story steps that show it no longer do.
 *
 * @param quoteId the quote
 */
public record DeleteQuote(String quoteId) implements Command {

    @Override
    public String label(Dataset before) {
        return "Delete quote by " + before.quotes().stream().filter(q -> q.id().equals(quoteId))
                .map(q -> Names.actor(before, q.speakerId())).findFirst().orElse(quoteId);
    }

    @Override
    public void perform(Draft draft) throws EditRefused {
        Checks.element(draft, Part.QUOTES, quoteId);
        StoryCleanup.remove(draft, Set.of(), Set.of(), Set.of(quoteId));
        draft.remove(Part.QUOTES, quoteId);
    }
}
