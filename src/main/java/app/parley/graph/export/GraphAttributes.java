package app.parley.graph.export;

import app.parley.graph.ActorGraph;
import app.parley.graph.Link;
import app.parley.model.Actor;
import java.util.LinkedHashMap;
import java.util.Collections;
import java.util.Map;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;

/**
 * The attributes GraphML and GEXF carry, with the same names in both: for actors {@code label} (the name, which
 * Gephi shows), {@code name}, {@code kind}, {@code side} and {@code aliases} (joined with "; "); for links
 * {@code relation} (the relation type, or {@code role}), {@code label}, {@code directed}, {@code evidence},
 * {@code sentence}, {@code source_id}, {@code start} and {@code end}. GEXF reserves {@code type} and {@code source}
 * on edges, hence those two names.
 */
final class GraphAttributes {

    /** How aliases are joined into one value. */
    static final String ALIAS_SEPARATOR = "; ";

    /** Actor attribute names and types, in the order they are declared. */
    static final Map<String, AttributeType> ACTOR = ordered(
            "label", AttributeType.STRING, "name", AttributeType.STRING, "kind", AttributeType.STRING,
            "side", AttributeType.STRING, "aliases", AttributeType.STRING);

    /** Link attribute names and types, in the order they are declared. */
    static final Map<String, AttributeType> LINK = ordered(
            "relation", AttributeType.STRING, "label", AttributeType.STRING, "directed", AttributeType.BOOLEAN,
            "evidence", AttributeType.STRING, "sentence", AttributeType.STRING, "source_id", AttributeType.STRING,
            "start", AttributeType.INT, "end", AttributeType.INT);

    private final ActorGraph graph;
    private final Map<Link, LinkFacts> facts = new LinkedHashMap<>();

    GraphAttributes(ActorGraph graph) {
        this.graph = graph;
        for (Link link : graph.links()) {
            facts.put(link, LinkFacts.of(graph, link));
        }
    }

    /** The attributes of an actor. */
    Map<String, Attribute> actor(Actor actor) {
        Map<String, Attribute> out = new LinkedHashMap<>();
        out.put("label", DefaultAttribute.createAttribute(actor.name()));
        out.put("name", DefaultAttribute.createAttribute(actor.name()));
        out.put("kind", DefaultAttribute.createAttribute(actor.kind().id()));
        out.put("side", DefaultAttribute.createAttribute(actor.side().id()));
        out.put("aliases", DefaultAttribute.createAttribute(String.join(ALIAS_SEPARATOR, actor.aliases())));
        return out;
    }

    /** The attributes of a link. */
    Map<String, Attribute> link(Link link) {
        LinkFacts fact = facts(link);
        Map<String, Attribute> out = new LinkedHashMap<>();
        out.put("relation", DefaultAttribute.createAttribute(fact.relation()));
        out.put("label", DefaultAttribute.createAttribute(fact.label()));
        out.put("directed", DefaultAttribute.createAttribute(fact.directed()));
        out.put("evidence", DefaultAttribute.createAttribute(fact.evidence()));
        out.put("sentence", DefaultAttribute.createAttribute(fact.sentence()));
        out.put("source_id", DefaultAttribute.createAttribute(fact.source()));
        out.put("start", DefaultAttribute.createAttribute(fact.start()));
        out.put("end", DefaultAttribute.createAttribute(fact.end()));
        return out;
    }

    /** The facts of a link. */
    LinkFacts facts(Link link) {
        LinkFacts fact = facts.get(link);
        return fact == null ? LinkFacts.of(graph, link) : fact;
    }

    private static Map<String, AttributeType> ordered(Object... pairs) {
        Map<String, AttributeType> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], (AttributeType) pairs[i + 1]);
        }
        return Collections.unmodifiableMap(out);
    }
}
