package app.parley.graph;

import app.parley.model.Actor;
import app.parley.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Finds where a text names known actors, by name or alias, as whole words; longer names win over shorter ones. */
public final class ActorMentions {

    /**
     * One place a text names an actor.
     *
     * @param span    where the name stands
     * @param actorId the actor named
     */
    public record Mention(Span span, String actorId) {
    }

    private record Name(String text, String actorId) {
    }

    private ActorMentions() {
    }

    /** The mentions of {@code actors} in {@code text} of source {@code sourceId}, in text order, never overlapping. */
    public static List<Mention> find(String sourceId, String text, List<Actor> actors) {
        List<Name> names = new ArrayList<>();
        for (Actor actor : actors) {
            names.add(new Name(actor.name(), actor.id()));
            actor.aliases().forEach(alias -> names.add(new Name(alias, actor.id())));
        }
        names.sort(Comparator.comparingInt((Name n) -> n.text().length()).reversed());
        boolean[] taken = new boolean[text.length()];
        List<Mention> mentions = new ArrayList<>();
        for (Name name : names) {
            if (name.text().isBlank()) {
                continue;
            }
            for (int at = text.indexOf(name.text()); at >= 0; at = text.indexOf(name.text(), at + 1)) {
                int end = at + name.text().length();
                if (wholeWord(text, at, end) && free(taken, at, end)) {
                    for (int i = at; i < end; i++) {
                        taken[i] = true;
                    }
                    mentions.add(new Mention(new Span(sourceId, at, end), name.actorId()));
                }
            }
        }
        mentions.sort(Comparator.comparingInt(m -> m.span().start()));
        return mentions;
    }

    private static boolean wholeWord(String text, int start, int end) {
        boolean before = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
        boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
        return before && after;
    }

    private static boolean free(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }
}
