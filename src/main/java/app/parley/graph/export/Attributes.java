package app.parley.graph.export;

import app.parley.model.Actor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attributes GraphML, GEXF and Cytoscape JSON carry, with the same names in all three: for actors {@code name},
 * {@code kind}, {@code side} and {@code aliases} (a JSON array); for links {@code relation} (the relation type, or
 * {@code role}), {@code label}, {@code directed}, {@code evidence}, {@code sentence}, {@code source_id}, {@code start},
 * {@code end} and {@code rank} (a role's rank). GEXF reserves {@code type} and {@code source} on edges, hence those
 * two names.
 */
final class Attributes {

    /** An attribute's name and type ({@code string}, {@code boolean} or {@code int}). */
    record Column(String name, String type) {
    }

    /** Actor attributes, in the order they are declared. */
    static final List<Column> ACTOR = List.of(new Column("name", "string"), new Column("kind", "string"),
            new Column("side", "string"), new Column("aliases", "string"));

    /** Link attributes, in the order they are declared. */
    static final List<Column> LINK = List.of(new Column("relation", "string"), new Column("label", "string"),
            new Column("directed", "boolean"), new Column("evidence", "string"), new Column("sentence", "string"),
            new Column("source_id", "string"), new Column("start", "int"), new Column("end", "int"),
            new Column("rank", "string"));

    private Attributes() {
    }

    /** The values of an actor's attributes, by name. */
    static Map<String, String> of(Actor actor) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("name", actor.name());
        out.put("kind", actor.kind().id());
        out.put("side", actor.side().id());
        out.put("aliases", Aliases.join(actor.aliases()));
        return out;
    }

    /** The values of a link's attributes, by name. */
    static Map<String, String> of(LinkFacts fact) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("relation", fact.relation());
        out.put("label", fact.label());
        out.put("directed", Boolean.toString(fact.directed()));
        out.put("evidence", fact.evidence());
        out.put("sentence", fact.sentence());
        out.put("source_id", fact.source());
        out.put("start", Integer.toString(fact.start()));
        out.put("end", Integer.toString(fact.end()));
        out.put("rank", fact.rank());
        return out;
    }
}
