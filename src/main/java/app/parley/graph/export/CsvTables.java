package app.parley.graph.export;

import app.parley.graph.ActorGraph;
import app.parley.graph.Link;
import app.parley.model.Actor;
import app.parley.model.Dataset;
import app.parley.model.Quote;
import app.parley.model.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the graph as four CSV tables (RFC 4180, UTF-8 without a byte order mark, CRLF line ends) into a folder, as a
 * set (see {@link FileSet}); cells a spreadsheet would run as formulas start with an apostrophe (see {@link
 * CsvWriter}):
 * <ul>
 *   <li>{@value #ACTORS}: {@code id, name, kind, side, aliases} (aliases as a JSON array, {@code ["Fidan"]});</li>
 *   <li>{@value #RELATIONS}: every link of the graph, roles included (relation {@code role}):
 *       {@code id, from, from_name, relation, label, to, to_name, directed, source_id, start, end, evidence,
 *       sentence, rank};</li>
 *   <li>{@value #QUOTES}: {@code id, speaker, speaker_name, kind, text, said_on, reported_by, about, source_id, start,
 *       end} ({@code about}: actor ids as a JSON array);</li>
 *   <li>{@value #SOURCES}: {@code id, title, publisher, date, language, url, text}, the articles the spans point
 *       into.</li>
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
    /** The sources table's file name. */
    public static final String SOURCES = "sources.csv";

    /** The actors table's columns. */
    public static final List<String> ACTOR_COLUMNS = List.of("id", "name", "kind", "side", "aliases");
    /** The links table's columns. */
    public static final List<String> RELATION_COLUMNS = List.of("id", "from", "from_name", "relation", "label", "to",
            "to_name", "directed", "source_id", "start", "end", "evidence", "sentence", "rank");
    /** The quotes table's columns. */
    public static final List<String> QUOTE_COLUMNS = List.of("id", "speaker", "speaker_name", "kind", "text",
            "said_on", "reported_by", "about", "source_id", "start", "end");
    /** The sources table's columns. */
    public static final List<String> SOURCE_COLUMNS = List.of("id", "title", "publisher", "date", "language", "url",
            "text");

    /**
     * Writes the four tables into {@code folder} (created if missing) as a set: all or, if anything fails, none.
     *
     * @return the files written; characters no format here can hold are replaced and counted in {@code repairs}
     */
    public List<Path> write(ActorGraph graph, Path folder, Repairs repairs) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IOException(folder + " is a file; CSV export writes its tables into a folder");
        }
        Dataset dataset = graph.dataset();
        FileSet set = new FileSet(folder);
        set.add(ACTORS, out -> {
            CsvWriter csv = new CsvWriter(out, ACTOR_COLUMNS);
            for (Actor actor : graph.actors()) {
                repairs.at("actor " + actor.id());
                csv.row(clean(repairs, List.of(actor.id(), actor.name(), actor.kind().id(), actor.side().id(),
                        Aliases.join(actor.aliases()))));
            }
        });
        set.add(RELATIONS, out -> {
            CsvWriter csv = new CsvWriter(out, RELATION_COLUMNS);
            for (Link link : graph.links()) {
                LinkFacts fact = LinkFacts.of(graph, link);
                repairs.at("link " + fact.id());
                csv.row(clean(repairs, List.of(fact.id(), fact.from(), name(graph, fact.from()), fact.relation(),
                        fact.label(), fact.to(), name(graph, fact.to()), Boolean.toString(fact.directed()),
                        fact.source(), Integer.toString(fact.start()), Integer.toString(fact.end()), fact.evidence(),
                        fact.sentence(), fact.rank())));
            }
        });
        set.add(QUOTES, out -> {
            CsvWriter csv = new CsvWriter(out, QUOTE_COLUMNS);
            for (Quote quote : dataset.quotes()) {
                repairs.at("quote " + quote.id());
                List<String> row = new ArrayList<>(QUOTE_COLUMNS.size());
                row.add(quote.id());
                row.add(quote.speakerId());
                row.add(name(graph, quote.speakerId()));
                row.add(quote.kind().id());
                row.add(quote.text());
                row.add(quote.saidOn() == null ? "" : quote.saidOn().toString());
                row.add(quote.reportedById() == null ? "" : quote.reportedById());
                row.add(Aliases.join(quote.aboutIds()));
                row.add(quote.span().sourceId());
                row.add(Integer.toString(quote.span().start()));
                row.add(Integer.toString(quote.span().end()));
                csv.row(clean(repairs, row));
            }
        });
        set.add(SOURCES, out -> {
            CsvWriter csv = new CsvWriter(out, SOURCE_COLUMNS);
            for (Source source : dataset.sources()) {
                repairs.at("source " + source.id());
                csv.row(clean(repairs, Arrays.asList(source.id(), source.title(), source.publisher(),
                        source.date() == null ? "" : source.date().toString(), source.language(), source.url(),
                        source.text())));
            }
        });
        return set.write();
    }

    /** The fields with the characters no spreadsheet or XML tool can hold replaced. */
    private static List<String> clean(Repairs repairs, List<String> fields) {
        List<String> out = new ArrayList<>(fields.size());
        for (String field : fields) {
            out.add(field == null ? "" : repairs.clean(field));
        }
        return out;
    }

    private static String name(ActorGraph graph, String actorId) {
        return graph.actor(actorId).map(Actor::name).orElse("");
    }
}
