package app.parley.graph;

import app.parley.model.Actor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds actors by name or alias, ignoring case and diacritics, best matches first: exact name, exact alias, name
 * prefix, word prefix, alias prefix, then anywhere in a name or alias.
 */
public final class ActorSearch {

    /** How well a query matches an actor, best first. */
    public enum MatchKind {
        /** The whole name. */
        EXACT_NAME,
        /** A whole alias ("Putin", "UK"). */
        EXACT_ALIAS,
        /** The start of the name. */
        NAME_PREFIX,
        /** The start of a later word of the name ("Kalin" in "İbrahim Kalın"). */
        WORD_PREFIX,
        /** The start of an alias or of one of its words. */
        ALIAS_PREFIX,
        /** Somewhere inside the name or an alias. */
        SUBSTRING
    }

    /**
     * One actor found.
     *
     * @param actor   the actor
     * @param kind    how well it matched
     * @param matched the name or alias that matched, as the dataset spells it
     */
    public record Match(Actor actor, MatchKind kind, String matched) {
    }

    /** What a name typed by a person refers to. */
    public enum Outcome {
        /** One actor. */
        FOUND,
        /** Several actors match equally well. */
        AMBIGUOUS,
        /** No actor matches. */
        UNKNOWN
    }

    /**
     * The answer to "which actor is meant by this?".
     *
     * @param query      what was typed
     * @param outcome    found, ambiguous or unknown
     * @param candidates the actor found, the equally good candidates, or near misses for an unknown name
     */
    public record Resolution(String query, Outcome outcome, List<Actor> candidates) {

        /** Freezes the candidates. */
        public Resolution {
            candidates = List.copyOf(candidates);
        }

        /** The actor, when exactly one was found. */
        public Optional<Actor> actor() {
            return outcome == Outcome.FOUND ? Optional.of(candidates.get(0)) : Optional.empty();
        }
    }

    private static final int NEAR_MISSES = 5;

    private record Entry(Actor actor, String name, List<String> aliases) {
    }

    private final ActorGraph graph;
    private final List<Entry> entries = new ArrayList<>();

    /** Prepares a search over the actors of {@code graph}. */
    public ActorSearch(ActorGraph graph) {
        this.graph = graph;
        List<Actor> actors = graph.actors();
        for (int i = 0; i < actors.size(); i++) {
            Actor actor = actors.get(i);
            if (graph.indexOf(actor.id()) == i) {
                entries.add(new Entry(actor, TextFolding.fold(actor.name()),
                        actor.aliases().stream().map(TextFolding::fold).toList()));
            }
        }
    }

    /** Every actor matching {@code query}, best first; ties in order of their folded names. */
    public List<Match> search(String query) {
        String folded = TextFolding.fold(query);
        if (folded.isEmpty()) {
            return List.of();
        }
        record Found(Match match, String name) {
        }
        List<Found> found = new ArrayList<>();
        for (Entry entry : entries) {
            match(entry, folded).ifPresent(m -> found.add(new Found(m, entry.name())));
        }
        found.sort(Comparator.comparing((Found f) -> f.match().kind()).thenComparing(Found::name)
                .thenComparing(f -> f.match().actor().id()));
        return found.stream().map(Found::match).toList();
    }

    /** Up to {@code limit} actors for what has been typed so far, best first. */
    public List<Actor> suggest(String prefix, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("Limit must not be negative");
        }
        return search(prefix).stream().limit(limit).map(Match::actor).toList();
    }

    /**
     * Which actor {@code query} names: an exact identifier wins, then the single best match; several equally good
     * matches make it ambiguous, and for no match at all the candidates are near misses ("Zelenskyy").
     */
    public Resolution resolve(String query) {
        Optional<Actor> byId = graph.actor(query.strip());
        if (byId.isPresent()) {
            return new Resolution(query, Outcome.FOUND, List.of(byId.get()));
        }
        List<Match> matches = search(query);
        if (matches.isEmpty()) {
            return new Resolution(query, Outcome.UNKNOWN, nearMisses(query));
        }
        MatchKind best = matches.get(0).kind();
        List<Actor> top = matches.stream().filter(m -> m.kind() == best).map(Match::actor).toList();
        return new Resolution(query, top.size() == 1 ? Outcome.FOUND : Outcome.AMBIGUOUS, top);
    }

    /** Actors whose name, a word of it, or an alias is within a few typing errors of {@code query}. */
    public List<Actor> nearMisses(String query) {
        String folded = TextFolding.fold(query);
        if (folded.isEmpty()) {
            return List.of();
        }
        int allowed = Math.max(1, folded.length() / 3);
        record Near(Entry entry, int distance) {
        }
        List<Near> near = new ArrayList<>();
        for (Entry entry : entries) {
            int distance = distance(folded, entry);
            if (distance <= allowed) {
                near.add(new Near(entry, distance));
            }
        }
        near.sort(Comparator.comparingInt(Near::distance).thenComparing(n -> n.entry().name()));
        return near.stream().limit(NEAR_MISSES).map(n -> n.entry().actor()).toList();
    }

    private static Optional<Match> match(Entry entry, String query) {
        Actor actor = entry.actor();
        if (entry.name().equals(query)) {
            return Optional.of(new Match(actor, MatchKind.EXACT_NAME, actor.name()));
        }
        for (int i = 0; i < entry.aliases().size(); i++) {
            if (entry.aliases().get(i).equals(query)) {
                return Optional.of(new Match(actor, MatchKind.EXACT_ALIAS, actor.aliases().get(i)));
            }
        }
        if (entry.name().startsWith(query)) {
            return Optional.of(new Match(actor, MatchKind.NAME_PREFIX, actor.name()));
        }
        if (startsAWord(entry.name(), query)) {
            return Optional.of(new Match(actor, MatchKind.WORD_PREFIX, actor.name()));
        }
        for (int i = 0; i < entry.aliases().size(); i++) {
            if (entry.aliases().get(i).startsWith(query) || startsAWord(entry.aliases().get(i), query)) {
                return Optional.of(new Match(actor, MatchKind.ALIAS_PREFIX, actor.aliases().get(i)));
            }
        }
        if (entry.name().contains(query)) {
            return Optional.of(new Match(actor, MatchKind.SUBSTRING, actor.name()));
        }
        for (int i = 0; i < entry.aliases().size(); i++) {
            if (entry.aliases().get(i).contains(query)) {
                return Optional.of(new Match(actor, MatchKind.SUBSTRING, actor.aliases().get(i)));
            }
        }
        return Optional.empty();
    }

    /** Whether {@code query} occurs in {@code text} at the start of a word other than the first. */
    private static boolean startsAWord(String text, String query) {
        for (int at = text.indexOf(query, 1); at > 0; at = text.indexOf(query, at + 1)) {
            if (!Character.isLetterOrDigit(text.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }

    private static int distance(String query, Entry entry) {
        int best = Levenshtein.between(query, entry.name());
        for (String word : TextFolding.words(entry.name())) {
            best = Math.min(best, Levenshtein.between(query, word));
        }
        for (String alias : entry.aliases()) {
            best = Math.min(best, Levenshtein.between(query, alias));
        }
        return best;
    }
}
