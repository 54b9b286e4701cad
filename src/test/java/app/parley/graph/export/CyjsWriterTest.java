package app.parley.graph.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.graph.ActorGraph;
import app.parley.model.Actor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CyjsWriterTest {

    private static final ActorGraph GRAPH = Hostile.ISTANBUL;
    private static final Placement DRAWN = Hostile.grid(GRAPH);

    private static JsonNode cyjs(ActorGraph graph, Placement placement, Repairs repairs) throws IOException {
        StringWriter out = new StringWriter();
        new CyjsWriter().write(graph, placement, out, repairs);
        byte[] utf8 = out.toString().getBytes(StandardCharsets.UTF_8);
        return new ObjectMapper().readTree(utf8);
    }

    @Test
    void everyActorHasItsPositionColourAndShapeAndEveryLinkItsEnds() throws IOException {
        JsonNode root = cyjs(GRAPH, DRAWN, new Repairs());
        Map<String, JsonNode> nodes = new HashMap<>();
        root.path("elements").path("nodes").forEach(n -> nodes.put(n.path("data").path("id").asText(), n));

        assertThat(nodes).hasSize(GRAPH.size());
        for (Actor actor : GRAPH.actors()) {
            JsonNode node = nodes.get(actor.id());
            Place place = DRAWN.place(actor.id()).orElseThrow();
            assertThat(node.path("position").path("x").asDouble()).isCloseTo(place.x(),
                    org.assertj.core.data.Offset.offset(0.01));
            assertThat(node.path("position").path("y").asDouble()).isCloseTo(place.y(),
                    org.assertj.core.data.Offset.offset(0.01));
            assertThat(node.path("data").path("name").asText()).isEqualTo(actor.name());
            assertThat(node.path("data").path("colour").asText()).isEqualTo(DRAWN.hex(actor.side()));
        }
        assertThat(root.path("elements").path("edges")).hasSize(GRAPH.links().size());
        root.path("elements").path("edges").forEach(e -> assertThat(nodes).containsKeys(
                e.path("data").path("source").asText(), e.path("data").path("target").asText()));
        assertThat(root.path("style").findValuesAsText("selector")).contains("node", "edge");
        assertThat(root.path("data").path(GraphMlWriter.SOURCES).get(0).path("text").asText())
                .isEqualTo(GRAPH.dataset().sources().get(0).text());
    }

    @Test
    void loneSurrogatesAreReplacedSoTheFileIsValidUtf8() throws IOException {
        Repairs repairs = new Repairs();
        JsonNode root = cyjs(Hostile.graph(), Placement.none(), repairs);

        assertThat(repairs.count()).as("two lone surrogates in the name").isEqualTo(2);
        assertThat(root.path("elements").path("nodes").findValuesAsText("name"))
                .contains("Bell\u0007 high\uFFFD low\uFFFD end", Hostile.DOT_BREAKOUT);
    }
}
