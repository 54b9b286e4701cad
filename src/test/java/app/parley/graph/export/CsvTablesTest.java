package app.parley.graph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parley.graph.ActorGraph;
import app.parley.graph.Link;
import app.parley.io.DatasetReader;
import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.Dataset;
import app.parley.model.Quote;
import app.parley.model.QuoteKind;
import app.parley.model.Relation;
import app.parley.model.RelationType;
import app.parley.model.Side;
import app.parley.model.Source;
import app.parley.model.Span;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTablesTest {

    @TempDir
    Path folder;

    private static List<List<String>> table(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0]).as("no byte order mark").isNotEqualTo((byte) 0xEF);
        return CsvReader.read(new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void istanbulTablesReadBackToTheDatasetRowForRow() throws IOException {
        ActorGraph graph = ActorGraph.of(DatasetReader.istanbul());
        List<Path> files = new CsvTables().write(graph, folder.resolve("tables"), new Repairs());

        assertThat(files).extracting(f -> f.getFileName().toString())
                .containsExactly("actors.csv", "relations.csv", "quotes.csv", "sources.csv");
        List<List<String>> actors = table(files.get(0));
        assertThat(actors.get(0)).isEqualTo(CsvTables.ACTOR_COLUMNS);
        assertThat(actors).hasSize(graph.size() + 1);
        for (int i = 0; i < graph.size(); i++) {
            Actor actor = graph.actors().get(i);
            assertThat(actors.get(i + 1)).containsExactly(actor.id(), actor.name(), actor.kind().id(),
                    actor.side().id(), Aliases.join(actor.aliases()));
        }
        Source source = graph.dataset().sources().get(0);
        List<List<String>> links = table(files.get(1));
        assertThat(links.get(0)).isEqualTo(CsvTables.RELATION_COLUMNS);
        assertThat(links).hasSize(graph.links().size() + 1);
        for (int i = 0; i < graph.links().size(); i++) {
            Link link = graph.links().get(i);
            List<String> row = links.get(i + 1);
            assertThat(row.get(0)).isEqualTo(link.id());
            assertThat(row.get(3)).isEqualTo(link.category());
            assertThat(row.get(4)).isEqualTo(link.label());
            Span span = new Span(row.get(8), Integer.parseInt(row.get(9)), Integer.parseInt(row.get(10)));
            assertThat(span).isEqualTo(link.evidence());
            assertThat(row.get(11)).isEqualTo(source.excerpt(span));
            assertThat(row.get(12)).isEqualTo(source.excerpt(source.sentenceAround(span)).replaceAll("\\s+", " ")
                    .strip());
        }
        List<List<String>> quotes = table(files.get(2));
        assertThat(quotes.get(0)).isEqualTo(CsvTables.QUOTE_COLUMNS);
        assertThat(quotes).hasSize(graph.dataset().quotes().size() + 1);
        for (int i = 0; i < graph.dataset().quotes().size(); i++) {
            Quote quote = graph.dataset().quotes().get(i);
            List<String> row = quotes.get(i + 1);
            assertThat(row.get(0)).isEqualTo(quote.id());
            assertThat(row.get(4)).isEqualTo(quote.text());
            Span span = new Span(row.get(8), Integer.parseInt(row.get(9)), Integer.parseInt(row.get(10)));
            assertThat(source.excerpt(span)).as("the span holds the quote").isEqualTo(quote.text());
            assertThat(row.get(7)).isEqualTo(Aliases.join(quote.aboutIds()));
        }
    }

    @Test
    void commasQuotesAndLineBreaksSurviveTheRoundTrip() throws IOException {
        String text = "Smith, \"the elder\", said:\nWe stay.\r\nMore.";
        Source source = new Source("s", "T", "P", LocalDate.of(2025, 5, 16), "en", null, text, null);
        List<Actor> actors = List.of(
                new Actor("smith", "Smith, \"the elder\"", ActorKind.PERSON, List.of("S, J", "Ǆemal"), Side.OTHER),
                new Actor("jones", " Jones ", ActorKind.STATE, List.of(), Side.UKRAINE));
        Relation relation = new Relation("r", "smith", RelationType.MET_WITH, "jones", new Span("s", 0, 28));
        Quote quote = new Quote("q", "smith", "We stay.\r\nMore.", QuoteKind.DIRECT, new Span("s", 26, 41),
                null, null, List.of("jones"));
        ActorGraph graph = ActorGraph.of(new Dataset("t", List.of(source), actors, List.of(), List.of(relation),
                List.of(quote)));
        List<Path> files = new CsvTables().write(graph, folder, new Repairs());

        assertThat(table(files.get(0)).get(1)).containsExactly("smith", "Smith, \"the elder\"", "person", "other",
                "[\"S, J\",\"Ǆemal\"]");
        assertThat(table(files.get(0)).get(2).get(1)).isEqualTo(" Jones ");
        assertThat(table(files.get(1)).get(1).get(11)).isEqualTo("Smith, \"the elder\", said:\nWe");
        assertThat(table(files.get(2)).get(1).get(4)).isEqualTo("We stay.\r\nMore.");
    }

    @Test
    void fieldsAreQuotedOnlyWhenTheyMustBe() {
        assertThat(CsvWriter.field("plain")).isEqualTo("plain");
        assertThat(CsvWriter.field("İbrahim Kalın")).isEqualTo("İbrahim Kalın");
        assertThat(CsvWriter.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvWriter.field("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(CsvWriter.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvWriter.field(" padded")).isEqualTo("\" padded\"");
        assertThat(CsvWriter.field("")).isEmpty();
        assertThat(CsvWriter.field(null)).isEmpty();
    }

    @Test
    void recordsEndWithCrLfAndMustMatchTheHeader() throws IOException {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out, List.of("a", "b"));
        csv.row(List.of("1", "2"));

        assertThat(out).hasToString("a,b\r\n1,2\r\n");
        assertThatThrownBy(() -> csv.row(List.of("1"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 fields");
    }

    @Test
    void aFileWhereTheFolderShouldBeIsRefused() throws IOException {
        Path file = Files.writeString(folder.resolve("taken"), "x");
        ActorGraph graph = ActorGraph.of(DatasetReader.istanbul());

        assertThatThrownBy(() -> new CsvTables().write(graph, file, new Repairs())).isInstanceOf(IOException.class)
                .hasMessageContaining("is a file");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasStartWithAnApostrophe() throws IOException {
        List<Path> files = new CsvTables().write(Hostile.graph(), folder, new Repairs());
        List<List<String>> actors = table(files.get(0));
        List<String> formula = actors.stream().filter(row -> row.get(0).equals("formula")).findFirst().orElseThrow();

        assertThat(formula.get(1)).isEqualTo("'=HYPERLINK(\"http://evil\",\"click\")");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readValue(formula.get(4), String[].class))
                .containsExactly("@SUM(1)", "-2+3", "+cmd|' /C calc'!A0", "'quoted");
        assertThat(table(files.get(1)).get(1).get(11)).as("evidence starting with =")
                .isEqualTo("'=HYPERLINK(\"http://x\") ");
        for (Path file : files) {
            for (List<String> row : table(file)) {
                for (String cell : row) {
                    assertThat(cell).as(file.getFileName() + " cell").doesNotStartWith("=").doesNotStartWith("+")
                            .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t")
                            .doesNotStartWith("\r");
                }
            }
        }
    }

    @Test
    void neutralisingIsUndoneByDroppingOneLeadingApostrophe() {
        for (String value : List.of("=1+1", "+1", "-2+3", "@SUM(1)", "\tx", "\rx", "'=1", "'", "plain", "İbrahim")) {
            String written = CsvWriter.neutralised(value);
            assertThat(written.startsWith("'") ? written.substring(1) : written).isEqualTo(value);
        }
        assertThat(CsvWriter.neutralised("plain")).isEqualTo("plain");
        assertThat(CsvWriter.neutralised("-2+3")).isEqualTo("'-2+3");
    }

    @Test
    void aliasesWithSeparatorsSplitBackExactly() throws IOException {
        List<Path> files = new CsvTables().write(Hostile.graph(), folder, new Repairs());
        List<String> evil = table(files.get(0)).get(1);

        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readValue(evil.get(4), String[].class))
                .containsExactly("=1+1", "a; b", "c, d");
    }

    @Test
    void aFailureWhileWritingTheSetLeavesTheOldSetAndNoTemporaryFile() throws IOException {
        ActorGraph graph = ActorGraph.of(DatasetReader.istanbul());
        List<Path> old = new CsvTables().write(graph, folder, new Repairs());
        java.util.Map<Path, String> before = new java.util.HashMap<>();
        for (Path file : old) {
            before.put(file, Files.readString(file));
        }
        FileSet set = new FileSet(folder).add(CsvTables.ACTORS, out -> out.write("new actors"))
                .add(CsvTables.RELATIONS, out -> out.write("new relations"))
                .add(CsvTables.QUOTES, out -> {
                    out.write("half");
                    throw new IOException("No space left on device");
                });

        assertThatThrownBy(set::write).isInstanceOf(IOException.class).hasMessage("No space left on device");
        for (Path file : old) {
            assertThat(Files.readString(file)).as(file.getFileName().toString()).isEqualTo(before.get(file));
        }
        try (var listing = Files.list(folder)) {
            assertThat(listing.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("actors.csv",
                    "relations.csv", "quotes.csv", "sources.csv");
        }
    }

    @Test
    void sourcesTableHoldsTheArticleTheSpansPointInto() throws IOException {
        ActorGraph graph = ActorGraph.of(DatasetReader.istanbul());
        List<Path> files = new CsvTables().write(graph, folder, new Repairs());
        List<List<String>> sources = table(files.get(3));

        assertThat(sources.get(0)).isEqualTo(CsvTables.SOURCE_COLUMNS);
        assertThat(sources.get(1).get(0)).isEqualTo(graph.dataset().sources().get(0).id());
        assertThat(sources.get(1).get(6)).isEqualTo(graph.dataset().sources().get(0).text());
    }
}
