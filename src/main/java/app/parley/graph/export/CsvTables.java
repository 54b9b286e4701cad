package app.parley.graph.export;

import app.parley.graph.ActorGraph;
import app.parley.graph.Link;
import app.parley.model.Actor;
import app.parley.model.Dataset;
import app.parley.model.Quote;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the graph as three CSV tables (RFC 4180, UTF-8 without a byte order mark, CRLF line ends) into a folder:
 * <ul>
 *   <li>{@value #ACTORS}: {@code id, name, kind, side, aliases} (aliases joined with "; ");</li>
 *   <li>{@value #RELATIONS}: every link of the graph, roles included (relation {@code role}):
 *       {@code id, from, from_name, relation, label, to, to_name, directed, source_id, start, end, evidence,
 *       sentence};</li>
 *   <li>{@value #QUOTES}: {@code id, speaker, speaker_name, kind, text, said_on, reported_by, about, source_id, start,
 *       end} ({@code about}: actor ids joined with "; ").</li>
 * </ul>
 * Offsets are UTF-16 code units into the source text, end exclusive, as in the dataset.
 */
public final class CsvTables {

    /** The actors table's file name. */
    public static final String ACTORS = "actors.csv";
    /** The links table's file name. */
    public static final String RELATIONS = "relations.csv";
    /** The quotes table's file name. */
    public static final String QUOTES = "quotes.csv";

    /** The actors table's columns. */
    public static final List<String> ACTOR_COLUMNS = List.of("id", "name", "kind", "side", "aliases");
    /** The links table's columns. */
    public static final List<String> RELATION_COLUMNS = List.of("id", "from", "from_name", "relation", "label", "to",
            "to_name", "directed", "source_id", "start", "end", "evidence", "sentence");
    /** The quotes table's columns. */
    public static final List<String> QUOTE_COLUMNS = List.of("id", "speaker", "speaker_name", "kind", "text",
            "said_on", "reported_by", "about", "source_id", "start", "end");

    /**
     * Writes the three tables into {@code folder} (created if missing), each replaced atomically.
     *
     * @return the files written
     */
    public List<Path> write(ActorGraph graph, Path folder) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IOException(folder + " is a file; CSV export writes three tables into a folder");
        }
        Files.createDirectories(folder);
        Dataset dataset = graph.dataset();
        Path actors = TextFiles.write(folder.resolve(ACTORS), out -> {
            CsvWriter csv = new CsvWriter(out, ACTOR_COLUMNS);
            for (Actor actor : graph.actors()) {
                csv.row(List.of(actor.id(), actor.name(), actor.kind().id(), actor.side().id(),
                        String.join(GraphAttributes.ALIAS_SEPARATOR, actor.aliases())));
            }
        });
        GraphAttributes attributes = new GraphAttributes(graph);
        Path relations = TextFiles.write(folder.resolve(RELATIONS), out -> {
            CsvWriter csv = new CsvWriter(out, RELATION_COLUMNS);
            for (Link link : graph.links()) {
                LinkFacts fact = attributes.facts(link);
                csv.row(List.of(fact.id(), fact.from(), name(graph, fact.from()), fact.relation(), fact.label(),
                        fact.to(), name(graph, fact.to()), Boolean.toString(fact.directed()), fact.source(),
                        Integer.toString(fact.start()), Integer.toString(fact.end()), fact.evidence(),
                        fact.sentence()));
            }
        });
        Path quotes = TextFiles.write(folder.resolve(QUOTES), out -> {
            CsvWriter csv = new CsvWriter(out, QUOTE_COLUMNS);
            for (Quote quote : dataset.quotes()) {
                List<String> row = new ArrayList<>(QUOTE_COLUMNS.size());
                row.add(quote.id());
                row.add(quote.speakerId());
                row.add(name(graph, quote.speakerId()));
                row.add(quote.kind().id());
                row.add(quote.text());
                row.add(quote.saidOn() == null ? "" : quote.saidOn().toString());
                row.add(quote.reportedById() == null ? "" : quote.reportedById());
                row.add(String.join(GraphAttributes.ALIAS_SEPARATOR, quote.aboutIds()));
                row.add(quote.span().sourceId());
                row.add(Integer.toString(quote.span().start()));
                row.add(Integer.toString(quote.span().end()));
                csv.row(row);
            }
        });
        return List.of(actors, relations, quotes);
    }

    private static String name(ActorGraph graph, String actorId) {
        return graph.actor(actorId).map(Actor::name).orElse("");
    }
}
