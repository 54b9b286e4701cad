package app.parley.session;

import app.parley.assist.SuggestionAcceptor;
import app.parley.assist.Suggestions;
import app.parley.io.DatasetValidator;
import app.parley.io.Problem;
import app.parley.model.Dataset;
import app.parley.model.Source;
import java.util.List;

/**
 * Takes accepted suggestions of the article assistant into the map as one edit: the actors they name (matched to the
 * map's own by name or alias, accents optional, or added), their roles, quotes and links, each pointing into the
 * article {@code sourceId}. Quotes without a speaker and links to actors not taken are left out, as
 * {@link SuggestionAcceptor} does.
 *
 * @param sourceId the map's article the suggestions were made from
 * @param accepted what the user accepted
 */
public record AcceptSuggestions(String sourceId, Suggestions accepted) implements Command {

    @Override
    public String label(Dataset before) {
        int quotes = accepted.quotes().size();
        int links = accepted.relations().size();
        if (quotes == 1 && links == 0) {
            String speaker = accepted.quotes().get(0).speaker();
            return "Accept quote by " + (speaker == null ? "nobody" : speaker);
        }
        if (links == 1 && quotes == 0) {
            var link = accepted.relations().get(0);
            return "Accept link " + link.from() + " " + link.type().label() + " " + link.to();
        }
        if (quotes == 0 && links == 0 && accepted.actors().size() == 1) {
            return "Accept actor " + accepted.actors().get(0).name();
        }
        return "Accept " + count() + " suggestions";
    }

    /** How many suggestions this takes: actors, quotes and links together. */
    public int count() {
        return accepted.actors().size() + accepted.quotes().size() + accepted.relations().size();
    }

    @Override
    public void perform(Draft draft) throws EditRefused {
        Source source = Checks.element(draft, Part.SOURCES, sourceId);
        Dataset before = draft.base();
        Dataset after = SuggestionAcceptor.accept(before, source, accepted).dataset();
        for (Problem problem : DatasetValidator.validate(after)) {
            if (problem.isError()) {
                throw new EditRefused("The suggestions would make the map invalid: " + problem.message());
            }
        }
        appendNew(draft, Part.ACTORS, before, after);
        appendNew(draft, Part.ROLES, before, after);
        appendNew(draft, Part.RELATIONS, before, after);
        appendNew(draft, Part.QUOTES, before, after);
    }

    /** Appends the elements {@code after} holds beyond those of {@code before} (the acceptor only appends). */
    private static <T> void appendNew(Draft draft, Part<T> part, Dataset before, Dataset after) {
        List<T> added = part.of(after).subList(part.of(before).size(), part.of(after).size());
        added.forEach(element -> draft.add(part, element));
    }
}
