package app.parley.session;

import app.parley.model.Dataset;
import app.parley.model.Quote;
import app.parley.model.Relation;
import app.parley.model.Role;
import app.parley.model.Source;
import java.util.List;

/**
 * Deletes an article that nothing cites. An article that roles, links or quotes point at is refused, saying how many:
 * deleting it would silently take sourced work with it, so those are deleted (or re-pointed) first.
 *
 * @param sourceId the article
 */
public record DeleteSource(String sourceId) implements Command {

    @Override
    public String label(Dataset before) {
        return "Delete article " + before.sources().stream().filter(s -> s.id().equals(sourceId)).map(Source::title)
                .findFirst().orElse(sourceId);
    }

    /**
     * What in {@code dataset} cites the article {@code sourceId}, as "3 links, 1 quote"; empty when nothing does (it
     * can then be deleted).
     */
    public static String citations(Dataset dataset, String sourceId) {
        return citing(dataset.roles(), dataset.relations(), dataset.quotes(), sourceId);
    }

    @Override
    public void perform(Draft draft) throws EditRefused {
        Source source = Checks.element(draft, Part.SOURCES, sourceId);
        String citing = citing(draft.list(Part.ROLES), draft.list(Part.RELATIONS), draft.list(Part.QUOTES), sourceId);
        if (!citing.isEmpty()) {
            throw new EditRefused("“" + source.title() + "” is cited by " + citing + "; delete those first.");
        }
        draft.remove(Part.SOURCES, sourceId);
    }

    private static String citing(List<Role> roles, List<Relation> relations, List<Quote> quotes, String sourceId) {
        StringBuilder out = new StringBuilder();
        append(out, relations.stream().filter(r -> r.evidence().sourceId().equals(sourceId)).count(), "link");
        append(out, roles.stream().filter(r -> r.evidence().sourceId().equals(sourceId)).count(), "role");
        append(out, quotes.stream().filter(q -> q.span().sourceId().equals(sourceId)).count(), "quote");
        return out.toString();
    }

    private static void append(StringBuilder out, long n, String noun) {
        if (n > 0) {
            out.append(out.length() > 0 ? ", " : "").append(n).append(' ').append(noun).append(n == 1 ? "" : "s");
        }
    }
}
