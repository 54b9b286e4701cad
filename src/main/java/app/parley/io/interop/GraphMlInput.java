package app.parley.io.interop;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads GraphML as Parley, yEd, Gephi and NetworkX write it: attributes by their {@code attr.name} (keys declared
 * {@code for="all"} too), yEd's node label, geometry and edge label, and Gephi's {@code x}/{@code y} attributes as
 * positions (y pointing up there, so it is turned over).
 */
final class GraphMlInput {

    private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";
    private static final String YED = "http://www.yworks.com/xml/graphml";

    private GraphMlInput() {
    }

    /** The graph in {@code in}. */
    static Draft read(InputStream in) throws IOException, SAXException {
        Document document = SafeXml.parse(in);
        Draft draft = new Draft("GraphML");
        Map<String, String> names = new HashMap<>();
        for (Element key : Xml.children(document.getDocumentElement(), GRAPHML, "key")) {
            String name = key.getAttribute("attr.name");
            names.put(key.getAttribute("id"), name.isEmpty() ? key.getAttribute("id") : name);
        }
        Element graph = Xml.children(document.getDocumentElement(), GRAPHML, "graph").stream().findFirst()
                .orElseThrow(() -> new SAXException("The GraphML file holds no <graph>"));
        boolean directedByDefault = !"undirected".equals(graph.getAttribute("edgedefault"));
        draft.graph.putAll(values(graph, names));
        for (Element node : Xml.children(graph, GRAPHML, "node")) {
            Map<String, String> values = values(node, names);
            Point position = null;
            Element label = Xml.first(node, YED, "NodeLabel");
            if (label != null && !label.getTextContent().isBlank()) {
                values.putIfAbsent("label", label.getTextContent().strip());
            }
            Element geometry = Xml.first(node, YED, "Geometry");
            if (geometry != null) {
                position = new Point(Xml.number(geometry, "x") + Xml.number(geometry, "width") / 2,
                        Xml.number(geometry, "y") + Xml.number(geometry, "height") / 2);
            } else if (values.containsKey("x") && values.containsKey("y")) {
                position = new Point(parse(values.get("x")), -parse(values.get("y")));
            }
            draft.nodes.add(new Draft.Node(XmlIds.decode(node.getAttribute("id")), values, position));
        }
        if (!Xml.children(graph, GRAPHML, "hyperedge").isEmpty() || Xml.first(graph, GRAPHML, "graph") != null) {
            draft.notes.add("hyperedges and nested graphs are not read");
        }
        for (Element edge : Xml.children(graph, GRAPHML, "edge")) {
            Map<String, String> values = values(edge, names);
            Element label = Xml.first(edge, YED, "EdgeLabel");
            if (label != null && !label.getTextContent().isBlank()) {
                values.putIfAbsent("label", label.getTextContent().strip());
            }
            String directed = edge.getAttribute("directed");
            draft.edges.add(new Draft.Edge(XmlIds.decode(edge.getAttribute("id")),
                    XmlIds.decode(edge.getAttribute("source")), XmlIds.decode(edge.getAttribute("target")), values,
                    directed.isEmpty() ? directedByDefault : Boolean.valueOf("true".equals(directed))));
        }
        return draft;
    }

    /** The plain-text data of an element, by attribute name (yEd's graphics, which hold elements, are skipped). */
    private static Map<String, String> values(Element element, Map<String, String> names) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Element data : Xml.children(element, GRAPHML, "data")) {
            if (hasElements(data)) {
                continue;
            }
            String name = names.getOrDefault(data.getAttribute("key"), data.getAttribute("key"));
            values.put(name, data.getTextContent());
        }
        return values;
    }

    private static boolean hasElements(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                return true;
            }
        }
        return false;
    }

    private static double parse(String number) {
        try {
            double value = Double.parseDouble(number.strip());
            return Double.isFinite(value) ? value : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
