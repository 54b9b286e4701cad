package app.parley.session;

import app.parley.model.Dataset;
import app.parley.model.Quote;
import app.parley.model.Relation;
import app.parley.model.Role;
import app.parley.model.Span;
import java.util.Objects;

/**
 * Points a link, a role or a quote at other words of an article (a quote's text becomes those words); everything
 * else about it stays, its id too. The new words are checked as when it was made.
 *
 * @param target what is re-pointed
 * @param id     its id
 * @param words  the words it rests on from now on
 */
public record ChangeEvidence(Target target, String id, Span words) implements Command {

    /** What kind of element has its words changed. */
    public enum Target {
        /** A link (relation) and its evidence. */
        LINK,
        /** A role and its evidence. */
        ROLE,
        /** A quote and its words. */
        QUOTE
    }

    /** Checks the required fields. */
    public ChangeEvidence {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String label(Dataset before) {
        return switch (target) {
            case LINK -> "Change evidence of link " + before.relations().stream().filter(r -> r.id().equals(id))
                    .map(r -> Names.relation(before, r)).findFirst().orElse(id);
            case ROLE -> "Change evidence of role " + before.roles().stream().filter(r -> r.id().equals(id))
                    .map(r -> r.title() + " of " + Names.actor(before, r.holderId())).findFirst().orElse(id);
            case QUOTE -> "Change words of quote by " + before.quotes().stream().filter(q -> q.id().equals(id))
                    .map(q -> Names.actor(before, q.speakerId())).findFirst().orElse(id);
        };
    }

    @Override
    public void perform(Draft draft) throws EditRefused {
        String text = Checks.words(draft, words);
        switch (target) {
            case LINK -> {
                Relation was = Checks.element(draft, Part.RELATIONS, id);
                Relation now = new Relation(id, was.fromId(), was.type(), was.toId(), words);
                Checks.relation(draft, now);
                draft.replace(Part.RELATIONS, now);
            }
            case ROLE -> {
                Role was = Checks.element(draft, Part.ROLES, id);
                Role now = new Role(id, was.holderId(), was.title(), was.ofId(), was.rank(), words);
                Checks.role(draft, now);
                draft.replace(Part.ROLES, now);
            }
            case QUOTE -> {
                Quote was = Checks.element(draft, Part.QUOTES, id);
                Quote now = new Quote(id, was.speakerId(), text, was.kind(), words, was.saidOn(),
                        was.reportedById(), was.aboutIds());
                Checks.quote(draft, now);
                draft.replace(Part.QUOTES, now);
            }
        }
    }
}
