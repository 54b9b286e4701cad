package app.parley.io.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A graph as a file holds it, before it is mapped onto Parley's model: attributes by name, as text. */
final class Draft {

    /** A node: its id, attributes and, if the file placed it, its centre. */
    record Node(String id, Map<String, String> values, Point position) {
    }

    /** An edge: its id (may be empty), ends, attributes, and whether the file says it has a direction. */
    record Edge(String id, String source, String target, Map<String, String> values, Boolean directed) {
    }

    final String format;
    final Map<String, String> graph = new LinkedHashMap<>();
    final List<Node> nodes = new ArrayList<>();
    final List<Edge> edges = new ArrayList<>();
    final List<Map<String, String>> quotes = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    Draft(String format) {
        this.format = format;
    }
}
