package app.parley.session;

import app.parley.model.Dataset;
import app.parley.model.Source;

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

    @Override
    public void perform(Draft draft) throws EditRefused {
        Source source = Checks.element(draft, Part.SOURCES, sourceId);
        long roles = draft.list(Part.ROLES).stream().filter(r -> r.evidence().sourceId().equals(sourceId)).count();
        long links = draft.list(Part.RELATIONS).stream().filter(r -> r.evidence().sourceId().equals(sourceId)).count();
        long quotes = draft.list(Part.QUOTES).stream().filter(q -> q.span().sourceId().equals(sourceId)).count();
        if (roles + links + quotes > 0) {
            throw new EditRefused("“" + source.title() + "” is cited by " + citing(roles, links, quotes)
                    + "; delete those first.");
        }
        draft.remove(Part.SOURCES, sourceId);
    }

    private static String citing(long roles, long links, long quotes) {
        StringBuilder out = new StringBuilder();
        append(out, links, "link");
        append(out, roles, "role");
        append(out, quotes, "quote");
        return out.toString();
    }

    private static void append(StringBuilder out, long n, String noun) {
        if (n > 0) {
            out.append(out.length() > 0 ? ", " : "").append(n).append(' ').append(noun).append(n == 1 ? "" : "s");
        }
    }
}
