package app.parley.session;

import app.parley.model.Dataset;
import app.parley.model.Quote;
import app.parley.model.Relation;
import app.parley.model.Role;
import app.parley.model.StoryStep;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What goes with an actor when it is deleted, for the confirmation that lists it: the roles it holds or that are of
 * it, its links, the quotes it spoke, the quotes that only mention it or were relayed by it (kept, without it), and the
 * story steps that name any of these.
 *
 * @param roles        roles deleted
 * @param relations    links deleted
 * @param quotes       quotes deleted
 * @param quotesEdited quotes kept but no longer naming the actor
 * @param steps        story steps that lose a reference
 */
public record ActorCascade(List<Role> roles, List<Relation> relations, List<Quote> quotes, List<Quote> quotesEdited,
                           List<StoryStep> steps) {

    /** Freezes the lists. */
    public ActorCascade {
        roles = List.copyOf(roles);
        relations = List.copyOf(relations);
        quotes = List.copyOf(quotes);
        quotesEdited = List.copyOf(quotesEdited);
        steps = List.copyOf(steps);
    }

    /** What deleting {@code actorId} from {@code dataset} takes with it. */
    public static ActorCascade of(Dataset dataset, String actorId) {
        List<Role> roles = dataset.roles().stream()
                .filter(r -> r.holderId().equals(actorId) || actorId.equals(r.ofId())).toList();
        List<Relation> relations = dataset.relations().stream()
                .filter(r -> r.fromId().equals(actorId) || r.toId().equals(actorId)).toList();
        List<Quote> quotes = dataset.quotes().stream().filter(q -> q.speakerId().equals(actorId)).toList();
        List<Quote> edited = dataset.quotes().stream().filter(q -> !q.speakerId().equals(actorId)
                && (actorId.equals(q.reportedById()) || q.aboutIds().contains(actorId))).toList();
        List<StoryStep> steps = StoryCleanup.touched(dataset.story().steps(), Set.of(actorId), linkIds(roles, relations),
                ids(quotes));
        return new ActorCascade(roles, relations, quotes, edited, steps);
    }

    /** Whether nothing goes with the actor. */
    public boolean isEmpty() {
        return roles.isEmpty() && relations.isEmpty() && quotes.isEmpty() && quotesEdited.isEmpty() && steps.isEmpty();
    }

    /** One line per kind of thing that goes with it ("3 links", "1 quote"), for a confirmation; empty when none. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        count(lines, relations.size(), "link", "links");
        count(lines, roles.size(), "role", "roles");
        count(lines, quotes.size(), "quote", "quotes");
        count(lines, quotesEdited.size(), "quote that mentions it (kept)", "quotes that mention it (kept)");
        count(lines, steps.size(), "story step that shows it (kept)", "story steps that show it (kept)");
        return lines;
    }

    static Set<String> linkIds(List<Role> roles, List<Relation> relations) {
        Set<String> ids = new HashSet<>();
        roles.forEach(r -> ids.add(r.id()));
        relations.forEach(r -> ids.add(r.id()));
        return ids;
    }

    static Set<String> ids(List<Quote> quotes) {
        Set<String> ids = new HashSet<>();
        quotes.forEach(q -> ids.add(q.id()));
        return ids;
    }

    private static void count(List<String> lines, int n, String one, String many) {
        if (n > 0) {
            lines.add(n + " " + (n == 1 ? one : many));
        }
    }
}
