package app.parley.io.interop;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Reads GEXF 1.1, 1.2 and 1.3 (Parley, Gephi, NetworkX): attributes by their titles, node labels, edge labels,
 * kinds and types, and {@code viz:position} (y pointing up in GEXF, so it is turned over).
 */
final class GexfInput {

    private GexfInput() {
    }

    /** The graph in {@code in}. */
    static Draft read(InputStream in) throws IOException, SAXException {
        Document document = SafeXml.parse(in);
        Draft draft = new Draft("GEXF");
        Element graph = Xml.children(document.getDocumentElement(), "*", "graph").stream().findFirst()
                .orElseThrow(() -> new SAXException("The GEXF file holds no <graph>"));
        Element description = Xml.first(document.getDocumentElement(), "*", "description");
        if (description != null) {
            draft.graph.put("title", description.getTextContent().strip());
        }
        Map<String, String> nodeTitles = new HashMap<>();
        Map<String, String> edgeTitles = new HashMap<>();
        for (Element attributes : Xml.children(graph, "*", "attributes")) {
            Map<String, String> titles = "edge".equals(attributes.getAttribute("class")) ? edgeTitles : nodeTitles;
            for (Element attribute : Xml.children(attributes, "*", "attribute")) {
                titles.put(attribute.getAttribute("id"), attribute.getAttribute("title"));
            }
        }
        boolean directedByDefault = !"undirected".equals(graph.getAttribute("defaultedgetype"));
        for (Element nodes : Xml.children(graph, "*", "nodes")) {
            for (Element node : Xml.children(nodes, "*", "node")) {
                Map<String, String> values = values(node, nodeTitles);
                if (node.hasAttribute("label")) {
                    values.put("label", node.getAttribute("label"));
                }
                Element position = Xml.children(node, "*", "position").stream().findFirst().orElse(null);
                draft.nodes.add(new Draft.Node(node.getAttribute("id"), values, position == null ? null
                        : new Point(Xml.number(position, "x"), -Xml.number(position, "y"))));
            }
        }
        for (Element edges : Xml.children(graph, "*", "edges")) {
            for (Element edge : Xml.children(edges, "*", "edge")) {
                Map<String, String> values = values(edge, edgeTitles);
                if (edge.hasAttribute("label")) {
                    values.put("label", edge.getAttribute("label"));
                }
                if (edge.hasAttribute("kind")) {
                    values.putIfAbsent("relation", edge.getAttribute("kind"));
                }
                String type = edge.getAttribute("type");
                Boolean directed = type.isEmpty() ? directedByDefault : !"undirected".equals(type);
                draft.edges.add(new Draft.Edge(edge.getAttribute("id"), edge.getAttribute("source"),
                        edge.getAttribute("target"), values, directed));
            }
        }
        return draft;
    }

    private static Map<String, String> values(Element element, Map<String, String> titles) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Element list : Xml.children(element, "*", "attvalues")) {
            for (Element value : Xml.children(list, "*", "attvalue")) {
                String id = value.getAttribute("for");
                values.put(titles.getOrDefault(id, id), value.getAttribute("value"));
            }
        }
        return values;
    }
}
