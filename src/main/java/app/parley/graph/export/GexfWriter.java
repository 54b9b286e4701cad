package app.parley.graph.export;

import app.parley.graph.ActorGraph;
import app.parley.graph.Link;
import app.parley.model.Actor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.gexf.GEXFExporter.AttributeCategory;

/**
 * Writes the graph as GEXF 1.2 for Gephi: actors as nodes labelled with their names, roles and relations as edges
 * labelled with their wording (directed, but for the relations that have no direction, such as "met with", which say
 * {@code type="undirected"}), and the attributes of {@link GraphAttributes} as node and edge attributes.
 */
public final class GexfWriter {

    /** An edge's start tag up to the end of its id attribute: group 2 is the id, escaped. */
    private static final Pattern EDGE_START = Pattern.compile("(<edge id=\")([^\"]*)\"");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);");

    /** Writes {@code graph} to {@code target}, replacing it atomically, and returns {@code target}. */
    public Path write(ActorGraph graph, Path target) throws IOException {
        return TextFiles.write(target, out -> write(graph, out));
    }

    /** Writes {@code graph} to {@code out}. */
    public void write(ActorGraph graph, Writer out) throws IOException {
        Path raw = Files.createTempFile("parley-", ".gexf");
        try {
            try (Writer writer = Files.newBufferedWriter(raw, StandardCharsets.UTF_8)) {
                export(graph, writer);
            }
            Set<String> undirected = new HashSet<>();
            graph.links().forEach(link -> {
                if (!link.directed()) {
                    undirected.add(link.id());
                }
            });
            try (BufferedReader reader = Files.newBufferedReader(raw, StandardCharsets.UTF_8)) {
                markUndirected(reader, out, undirected);
            }
        } finally {
            Files.deleteIfExists(raw);
        }
    }

    /**
     * Copies the GEXF of {@code in} to {@code out} line by line, giving the edges named in {@code undirected} their
     * type; every other character is copied as JGraphT wrote it (escaped line breaks in attributes stay escaped).
     */
    private static void markUndirected(BufferedReader in, Writer out, Set<String> undirected) throws IOException {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            Matcher edge = EDGE_START.matcher(line);
            if (edge.find() && undirected.contains(unescape(edge.group(2)))) {
                out.write(line, 0, edge.end());
                out.write(" type=\"undirected\"");
                out.write(line, edge.end(), line.length() - edge.end());
            } else {
                out.write(line);
            }
            out.write('\n');
        }
        out.flush();
    }

    /** The text of an XML attribute value. */
    private static String unescape(String escaped) {
        return ENTITY.matcher(escaped).replaceAll(entity -> {
            String name = entity.group(1);
            String text = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> new String(Character.toChars(name.startsWith("#x")
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1))));
            };
            return Matcher.quoteReplacement(text);
        });
    }

    private static void export(ActorGraph graph, Writer out) {
        GraphAttributes attributes = new GraphAttributes(graph);
        GEXFExporter<Actor, Link> exporter = new GEXFExporter<>(Actor::id, Link::id);
        exporter.setCreator("Parley");
        exporter.setDescription(graph.dataset().title());
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_META, true);
        register(exporter, GraphAttributes.ACTOR, AttributeCategory.NODE);
        register(exporter, GraphAttributes.LINK, AttributeCategory.EDGE);
        exporter.setVertexAttributeProvider(attributes::actor);
        exporter.setEdgeAttributeProvider(attributes::link);
        exporter.exportGraph(graph.graph(), out);
    }

    private static void register(GEXFExporter<Actor, Link> exporter, Map<String, AttributeType> names,
                                 AttributeCategory category) {
        names.forEach((name, type) -> {
            if (!"label".equals(name)) {
                exporter.registerAttribute(name, category, switch (type) {
                    case BOOLEAN -> GEXFAttributeType.BOOLEAN;
                    case INT -> GEXFAttributeType.INTEGER;
                    default -> GEXFAttributeType.STRING;
                });
            }
        });
    }
}
