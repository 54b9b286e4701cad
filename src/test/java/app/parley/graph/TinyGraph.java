package app.parley.graph;

import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.Dataset;
import app.parley.model.Rank;
import app.parley.model.Relation;
import app.parley.model.RelationType;
import app.parley.model.Role;
import app.parley.model.Side;
import app.parley.model.Source;
import app.parley.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds small graphs by hand: every role and relation gets its own sentence in one source text, and its evidence is
 * that sentence without the full stop, so sentences and spans are known exactly.
 */
final class TinyGraph {

    static final String SOURCE = "s";

    private final StringBuilder text = new StringBuilder();
    private final List<Actor> actors = new ArrayList<>();
    private final List<Role> roles = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();

    static TinyGraph create() {
        return new TinyGraph();
    }

    TinyGraph person(String id, String name, Side side, String... aliases) {
        return actor(id, name, ActorKind.PERSON, side, aliases);
    }

    TinyGraph actor(String id, String name, ActorKind kind, Side side, String... aliases) {
        actors.add(new Actor(id, name, kind, List.of(aliases), side));
        return this;
    }

    /** A relation whose evidence is {@code sentence}, which must start with a capital and have no full stop. */
    TinyGraph relation(String id, String from, RelationType type, String to, String sentence) {
        relations.add(new Relation(id, from, type, to, append(sentence)));
        return this;
    }

    /** A relation with a sentence made up from its parts. */
    TinyGraph relation(String from, RelationType type, String to) {
        return relation(from + "-" + type.id() + "-" + to, from, type, to,
                "Then " + from + " " + type.label() + " " + to);
    }

    TinyGraph role(String id, String holder, String title, String of, Rank rank) {
        roles.add(new Role(id, holder, title, of, rank, append("The " + title + " is " + holder)));
        return this;
    }

    Dataset dataset() {
        Source source = new Source(SOURCE, "Tiny report", "Test", LocalDate.of(2025, 5, 16), "en", null,
                text.toString(), null);
        return new Dataset("Tiny", List.of(source), actors, roles, relations, List.of());
    }

    ActorGraph graph() {
        return ActorGraph.of(dataset());
    }

    private Span append(String sentence) {
        if (!text.isEmpty()) {
            text.append(' ');
        }
        int start = text.length();
        text.append(sentence);
        int end = text.length();
        text.append('.');
        return new Span(SOURCE, start, end);
    }
}
