package app.parley.graph.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.graph.ActorGraph;
import app.parley.io.Fuzzing;
import app.parley.io.interop.DatasetFiles;
import app.parley.io.interop.Opened;
import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.Dataset;
import app.parley.model.Quote;
import app.parley.model.QuoteKind;
import app.parley.model.Rank;
import app.parley.model.Relation;
import app.parley.model.RelationType;
import app.parley.model.Role;
import app.parley.model.Side;
import app.parley.model.Source;
import app.parley.model.Span;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * Random maps full of hostile text, written in every format and read back by real parsers: the XML is well-formed
 * and valid against the official schemas, the DOT statements are exactly the actors and links, the CSV reads back
 * cell for cell, the Cytoscape JSON parses as strict UTF-8, and Parley opens its own files without an exception.
 */
class WriterFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void everyWriterWritesWhatRealParsersReadBack() {
        int cases = Fuzzing.run(10, seed -> {
            try {
                check(map(new Random(seed)), seed);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        System.out.println("Fuzzed " + cases + " random maps in five formats");
        assertThat(cases).isGreaterThanOrEqualTo(10);
    }

    private void check(ActorGraph graph, long seed) throws IOException {
        Placement drawn = Hostile.grid(graph);
        int links = graph.links().size();

        Document graphml = XmlChecks.parse(text(out -> new GraphMlWriter().write(graph, drawn, out, new Repairs())));
        assertThat(XmlChecks.elements(graphml, GraphMlWriter.NAMESPACE, "edge")).hasSize(links);
        XmlChecks.without(graphml, GraphMlWriter.YED);
        XmlChecks.elements(graphml, GraphMlWriter.NAMESPACE, "key").forEach(k -> k.removeAttribute("yfiles.type"));
        XmlChecks.validate(graphml, XmlChecks.SCHEMAS.resolve("graphml/graphml.xsd"));

        Document gexf = XmlChecks.parse(text(out -> new GexfWriter().write(graph, drawn, out, new Repairs())));
        assertThat(XmlChecks.elements(gexf, GexfWriter.NAMESPACE, "node")).hasSize(graph.size());
        XmlChecks.validate(XmlChecks.without(gexf, GexfWriter.VIZ), XmlChecks.SCHEMAS.resolve("gexf-1.3/gexf.xsd"));

        List<String> statements = DotStatements.of(text(out -> new DotWriter().write(graph, drawn, out,
                new Repairs())));
        assertThat(statements.stream().filter(s -> s.startsWith("\""))).hasSize(graph.size() + links);

        JsonNode cyjs = JSON.readTree(text(out -> new CyjsWriter().write(graph, drawn, out, new Repairs()))
                .getBytes(StandardCharsets.UTF_8));
        assertThat(cyjs.path("elements").path("edges")).hasSize(links);

        Path tables = folder.resolve("csv-" + seed);
        List<Path> files = new CsvTables().write(graph, tables, new Repairs());
        List<List<String>> actors = CsvReader.read(Files.readString(files.get(0)));
        assertThat(actors).hasSize(graph.size() + 1);
        Repairs clean = new Repairs();
        for (int i = 0; i < graph.size(); i++) {
            String written = actors.get(i + 1).get(1);
            assertThat(written.startsWith("'") ? written.substring(1) : written)
                    .isEqualTo(clean.clean(graph.actors().get(i).name()));
        }
        assertThat(CsvReader.read(Files.readString(files.get(1)))).hasSize(links + 1);

        for (DataFormat format : List.of(DataFormat.GRAPHML, DataFormat.GEXF, DataFormat.CYJS, DataFormat.CSV)) {
            Path file = folder.resolve(seed + "-" + format.extension() + (format == DataFormat.CSV ? "" : "."
                    + format.extension()));
            format.export(graph, drawn, file);
            Opened opened = new DatasetFiles().open(file);
            assertThat(opened.result().problems()).allSatisfy(p -> assertThat(p.message().chars())
                    .noneMatch(Character::isISOControl));
        }
    }

    private static String text(Writing writing) throws IOException {
        StringWriter out = new StringWriter();
        writing.write(out);
        return out.toString();
    }

    @FunctionalInterface
    private interface Writing {
        void write(StringWriter out) throws IOException;
    }

    /** A random map: hostile names and ids, a hostile article, links of every kind with spans inside it. */
    private static ActorGraph map(Random random) {
        String text = "x" + Fuzzing.text(random, 40);
        Source source = new Source("s" + Fuzzing.text(random, 2), Fuzzing.text(random, 3), null, null, "en", null,
                text, null);
        Set<String> ids = new LinkedHashSet<>();
        int size = 1 + random.nextInt(6);
        while (ids.size() < size) {
            String id = Fuzzing.text(random, 3);
            if (!id.isBlank()) {
                ids.add(id);
            }
        }
        List<Actor> actors = new ArrayList<>();
        for (String id : ids) {
            List<String> aliases = new ArrayList<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                aliases.add(Fuzzing.text(random, 3));
            }
            actors.add(new Actor(id, "n" + Fuzzing.text(random, 5), ActorKind.values()[random.nextInt(4)], aliases,
                    Side.KNOWN.get(random.nextInt(Side.KNOWN.size()))));
        }
        List<String> actorIds = new ArrayList<>(ids);
        List<Relation> relations = new ArrayList<>();
        List<Role> roles = new ArrayList<>();
        for (int i = random.nextInt(8); i > 0; i--) {
            String from = actorIds.get(random.nextInt(actorIds.size()));
            String to = actorIds.get(random.nextInt(actorIds.size()));
            int start = random.nextInt(text.length());
            Span span = new Span(source.id(), start, start + random.nextInt(text.length() - start + 1));
            if (random.nextBoolean()) {
                relations.add(new Relation("r" + i + Fuzzing.text(random, 2), from,
                        RelationType.values()[random.nextInt(RelationType.values().length)], to, span));
            } else {
                roles.add(new Role("o" + i + Fuzzing.text(random, 2), from, "t" + Fuzzing.text(random, 3), to,
                        random.nextBoolean() ? null : Rank.values()[random.nextInt(Rank.values().length)], span));
            }
        }
        List<Quote> quotes = List.of(new Quote("q", actorIds.get(0), text.substring(0, 1), QuoteKind.DIRECT,
                new Span(source.id(), 0, 1), null, null, actorIds.subList(0, 1)));
        return ActorGraph.of(new Dataset(Fuzzing.text(random, 4), List.of(source), actors, roles, relations,
                quotes));
    }
}
