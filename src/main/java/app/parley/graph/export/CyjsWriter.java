package app.parley.graph.export;

import app.parley.graph.ActorGraph;
import app.parley.graph.Link;
import app.parley.model.Actor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the graph as Cytoscape JSON ({@code .cyjs}), which Cytoscape desktop imports and Cytoscape.js takes as is:
 * {@code elements.nodes} with the actors' attributes, their drawing colours and shape and a {@code position} where
 * the caller drew them (y down, as both have it); {@code elements.edges} with the links' attributes ({@code
 * interaction} is the relation type) and stroke; {@code style}, a Cytoscape.js style sheet that maps those to the
 * look of Parley's map; and in {@code data} the title and the sources ({@code parley_sources}) so Parley reopens the
 * file with its evidence.
 */
public final class CyjsWriter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double CARD_TINT = 0.22;

    /** Writes {@code graph} to {@code target}, replacing it atomically, and returns what it had to repair. */
    public Repairs write(ActorGraph graph, Placement placement, Path target) throws IOException {
        Repairs repairs = new Repairs();
        TextFiles.write(target, out -> write(graph, placement, out, repairs));
        return repairs;
    }

    /** Writes {@code graph} to {@code out}, recording replaced characters in {@code repairs}. */
    public void write(ActorGraph graph, Placement placement, Writer out, Repairs repairs) throws IOException {
        JsonGenerator json = new JsonFactory(JSON).createGenerator(out);
        json.useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeStringField("format_version", "1.0");
        json.writeStringField("generated_by", "Parley");
        json.writeStringField("target_cytoscapejs_version", "~3.0");
        json.writeObjectFieldStart("data");
        repairs.at("the title");
        json.writeStringField("name", repairs.cleanSurrogates(graph.dataset().title()));
        repairs.at("the sources");
        json.writeFieldName(GraphMlWriter.SOURCES);
        json.writeRawValue(repairs.cleanSurrogates(SourcesJson.write(graph.dataset().sources())));
        json.writeEndObject();
        json.writeObjectFieldStart("elements");
        json.writeArrayFieldStart("nodes");
        for (Actor actor : graph.actors()) {
            repairs.at("actor " + actor.id());
            node(json, repairs, actor, placement);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("edges");
        for (Link link : graph.links()) {
            repairs.at("link " + link.id());
            edge(json, repairs, LinkFacts.of(graph, link), Looks.line(link));
        }
        json.writeEndArray();
        json.writeEndObject();
        style(json);
        json.writeEndObject();
        json.flush();
    }

    private static void node(JsonGenerator json, Repairs repairs, Actor actor, Placement placement)
            throws IOException {
        int colour = placement.colour(actor.side());
        Optional<Place> place = placement.place(actor.id());
        json.writeStartObject();
        json.writeObjectFieldStart("data");
        json.writeStringField("id", repairs.cleanSurrogates(actor.id()));
        strings(json, repairs, Attributes.of(actor));
        json.writeStringField("colour", Looks.hex(colour));
        json.writeStringField("fill", Looks.hex(Looks.tint(colour, CARD_TINT)));
        json.writeStringField("shape", switch (actor.kind()) {
            case STATE -> "hexagon";
            case ORGANIZATION -> "rectangle";
            default -> "round-rectangle";
        });
        json.writeStringField("border_style", switch (actor.kind()) {
            case DELEGATION -> "double";
            default -> "solid";
        });
        if (place.isPresent()) {
            json.writeNumberField("width", round(place.get().width()));
            json.writeNumberField("height", round(place.get().height()));
        }
        json.writeEndObject();
        if (place.isPresent()) {
            json.writeObjectFieldStart("position");
            json.writeNumberField("x", round(place.get().x()));
            json.writeNumberField("y", round(place.get().y()));
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void edge(JsonGenerator json, Repairs repairs, LinkFacts fact, Looks.Line line)
            throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("data");
        json.writeStringField("id", repairs.cleanSurrogates(fact.id()));
        json.writeStringField("source", repairs.cleanSurrogates(fact.from()));
        json.writeStringField("target", repairs.cleanSurrogates(fact.to()));
        json.writeStringField("interaction", fact.relation());
        for (Map.Entry<String, String> value : Attributes.of(fact).entrySet()) {
            switch (value.getKey()) {
                case "directed" -> json.writeBooleanField("directed", fact.directed());
                case "start" -> json.writeNumberField("start", fact.start());
                case "end" -> json.writeNumberField("end", fact.end());
                default -> json.writeStringField(value.getKey(), repairs.cleanSurrogates(value.getValue()));
            }
        }
        json.writeStringField("line_style", switch (line) {
            case SOLID -> "solid";
            case DOTTED -> "dotted";
            default -> "dashed";
        });
        json.writeNumberField("line_width", line == Looks.Line.CONFLICT ? 2 : 1);
        json.writeStringField("arrow", fact.directed() ? "triangle" : "none");
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void strings(JsonGenerator json, Repairs repairs, Map<String, String> values) throws IOException {
        for (Map.Entry<String, String> value : values.entrySet()) {
            json.writeStringField(value.getKey(), repairs.cleanSurrogates(value.getValue()));
        }
    }

    private static void style(JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("style");
        json.writeStartObject();
        json.writeStringField("selector", "node");
        json.writeObjectFieldStart("style");
        json.writeStringField("label", "data(name)");
        json.writeStringField("shape", "data(shape)");
        json.writeStringField("background-color", "data(fill)");
        json.writeStringField("border-color", "data(colour)");
        json.writeStringField("border-style", "data(border_style)");
        json.writeNumberField("border-width", 2);
        json.writeStringField("text-valign", "center");
        json.writeStringField("font-family", "DejaVu Sans");
        json.writeEndObject();
        json.writeEndObject();
        json.writeStartObject();
        json.writeStringField("selector", "node[width]");
        json.writeObjectFieldStart("style");
        json.writeStringField("width", "data(width)");
        json.writeStringField("height", "data(height)");
        json.writeEndObject();
        json.writeEndObject();
        json.writeStartObject();
        json.writeStringField("selector", "edge");
        json.writeObjectFieldStart("style");
        json.writeStringField("label", "data(label)");
        json.writeStringField("line-style", "data(line_style)");
        json.writeStringField("width", "data(line_width)");
        json.writeStringField("target-arrow-shape", "data(arrow)");
        json.writeStringField("curve-style", "bezier");
        json.writeStringField("line-color", "#59626d");
        json.writeStringField("target-arrow-color", "#59626d");
        json.writeNumberField("font-size", 9);
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
