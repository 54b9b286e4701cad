package app.parley.io.interop;

import app.parley.io.DatasetValidator;
import app.parley.io.LoadResult;
import app.parley.io.Problem;
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
import app.parley.model.Vocabulary;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Maps a graph file's nodes and edges onto Parley's model: actors from {@code name} (or {@code label}), {@code kind},
 * {@code side} and {@code aliases}; links from {@code relation} (or {@code type}, {@code interaction}, or a label that
 * is a relation's wording), roles from {@code relation="role"}; spans from {@code source_id}, {@code start} and
 * {@code end} into the file's sources. Links without a source rest on a stand-in source, "Imported from FILE", one
 * line per link, so every link still points at the words it comes from. Everything that could not be mapped, or was
 * guessed, is listed once.
 */
final class DraftMapping {

    /** The stand-in source's id. */
    static final String IMPORTED = "imported";
    private static final String ROLE = "role";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> KNOWN = Set.of("id", "name", "label", "kind", "side", "aliases", "relation",
            "type", "interaction", "directed", "evidence", "sentence", "source_id", "start", "end", "rank", "source",
            "target", "from", "to", "from_name", "to_name", "x", "y", "z", "r", "g", "b", "size", "colour", "fill",
            "shape", "border_style", "width", "height", "line_style", "line_width", "arrow", "shared_name",
            "shared_interaction", "selected", "SUID");

    private final Draft draft;
    private final String fileName;
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Integer> unknownAttributes = new TreeMap<>();
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final StringBuilder importedText = new StringBuilder();

    private DraftMapping(Draft draft, String fileName) {
        this.draft = draft;
        this.fileName = fileName;
    }

    /** The dataset {@code draft} maps to, read from a file called {@code fileName}. */
    static Opened map(Draft draft, String fileName) {
        return new DraftMapping(draft, fileName).map();
    }

    private Opened map() {
        notes.addAll(draft.notes);
        readSources();
        RebuiltSources rebuilt = new RebuiltSources();
        for (Draft.Edge edge : draft.edges) {
            rebuilt.add(edge.values().get("source_id"), edge.values().getOrDefault("start", ""),
                    edge.values().getOrDefault("end", ""), edge.values().get("evidence"));
        }
        rebuilt.rebuild(sources, fileName, notes).forEach(source -> sources.put(source.id(), source));
        Map<String, Actor> actors = new LinkedHashMap<>();
        Map<String, Point> positions = new HashMap<>();
        int kindless = 0;
        int sideless = 0;
        Map<String, Side> ownSides = new LinkedHashMap<>();
        for (Draft.Node node : draft.nodes) {
            if (node.id().isBlank() || actors.containsKey(node.id())) {
                notes.add("a node with " + (node.id().isBlank() ? "no id" : "the repeated id \"" + node.id() + "\"")
                        + " was left out");
                continue;
            }
            Map<String, String> values = node.values();
            countUnknown(values);
            Optional<ActorKind> kind = Vocabulary.byId(ActorKind.class, values.getOrDefault("kind", "").strip());
            Optional<Side> side = side(values.getOrDefault("side", "").strip(), ownSides);
            kindless += kind.isEmpty() ? 1 : 0;
            sideless += side.isEmpty() ? 1 : 0;
            String name = first(values, "name", "label");
            actors.put(node.id(), new Actor(node.id(), name.isBlank() ? node.id() : name,
                    kind.orElse(ActorKind.PERSON), aliases(values.getOrDefault("aliases", "")),
                    side.orElse(Side.OTHER)));
            if (node.position() != null) {
                positions.put(node.id(), node.position());
            }
        }
        if (kindless > 0) {
            notes.add(kindless + plural(kindless, " actor has", " actors have")
                    + " no kind Parley knows (person, state, organization, delegation): shown as people");
        }
        if (sideless > 0) {
            notes.add(sideless + plural(sideless, " actor has", " actors have") + " no side: put on \"other\"");
        }
        List<Role> roles = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        mapEdges(actors, roles, relations);
        List<Quote> quotes = mapQuotes(actors);
        List<Source> allSources = new ArrayList<>(sources.values());
        if (!importedText.isEmpty()) {
            allSources.add(new Source(IMPORTED, "Imported from " + fileName, draft.format + " file", null, "und",
                    null, importedText.toString(), null));
        }
        if (!unknownAttributes.isEmpty()) {
            List<String> names = new ArrayList<>();
            unknownAttributes.forEach((name, count) -> names.add(name + " (" + count + ")"));
            notes.add("attributes Parley has no place for, not brought over: " + String.join(", ", names));
        }
        String title = draft.graph.getOrDefault("title", "").isBlank() ? fileName : draft.graph.get("title");
        Dataset dataset = new Dataset(title, allSources, List.copyOf(actors.values()), roles, relations, quotes);
        List<Problem> problems = new ArrayList<>(DatasetValidator.validate(dataset));
        boolean usable = problems.stream().noneMatch(Problem::isError);
        return new Opened(new LoadResult(usable ? dataset : null, problems), positions, notes);
    }

    private void mapEdges(Map<String, Actor> actors, List<Role> roles, List<Relation> relations) {
        Set<String> ids = new HashSet<>();
        Map<String, Integer> unknownTypes = new TreeMap<>();
        int dangling = 0;
        int counter = 0;
        for (Draft.Edge edge : draft.edges) {
            counter++;
            Map<String, String> values = edge.values();
            Actor from = actors.get(edge.source());
            Actor to = actors.get(edge.target());
            if (from == null || to == null) {
                dangling++;
                continue;
            }
            countUnknown(values);
            String id = edge.id().isBlank() || ids.contains(edge.id()) ? "link-" + counter : edge.id();
            ids.add(id);
            String type = first(values, "relation", "type", "interaction").strip();
            String label = values.getOrDefault("label", "").strip();
            if (ROLE.equals(type)) {
                Span span = span(values, from.name() + " is " + (label.isEmpty() ? "a member" : label) + " of "
                        + to.name(), id);
                roles.add(new Role(id, from.id(), label.isEmpty() ? "member" : label, to.id(),
                        Vocabulary.byId(Rank.class, values.getOrDefault("rank", "").strip()).orElse(null), span));
                continue;
            }
            Optional<RelationType> relation = relationType(type).or(() -> relationType(label));
            if (relation.isEmpty()) {
                unknownTypes.merge(type.isEmpty() ? (label.isEmpty() ? "(none)" : label) : type, 1, Integer::sum);
                continue;
            }
            Span span = span(values, from.name() + " " + relation.get().label() + " " + to.name(), id);
            relations.add(new Relation(id, from.id(), relation.get(), to.id(), span));
        }
        if (dangling > 0) {
            notes.add(dangling + plural(dangling, " link joins", " links join")
                    + " a node that is not in the file: left out");
        }
        if (!unknownTypes.isEmpty()) {
            int count = unknownTypes.values().stream().mapToInt(Integer::intValue).sum();
            notes.add(count + plural(count, " link has a type", " links have types") + " Parley does not know, left "
                    + "out: " + String.join(", ", unknownTypes.keySet()) + " (Parley knows "
                    + Vocabulary.idsOf(RelationType.class) + ", and role)");
        }
    }

    private List<Quote> mapQuotes(Map<String, Actor> actors) {
        List<Quote> quotes = new ArrayList<>();
        int skipped = 0;
        for (Map<String, String> row : draft.quotes) {
            Optional<Span> span = sourceSpan(row);
            Optional<QuoteKind> kind = Vocabulary.byId(QuoteKind.class, row.getOrDefault("kind", ""));
            String speaker = row.getOrDefault("speaker", "");
            if (span.isEmpty() || kind.isEmpty() || !actors.containsKey(speaker)) {
                skipped++;
                continue;
            }
            String reportedBy = row.getOrDefault("reported_by", "");
            quotes.add(new Quote(row.getOrDefault("id", "quote-" + quotes.size()), speaker,
                    row.getOrDefault("text", ""), kind.get(), span.get(), date(row.getOrDefault("said_on", "")),
                    reportedBy.isEmpty() ? null : reportedBy, aliases(row.getOrDefault("about", ""))));
        }
        if (skipped > 0) {
            notes.add(skipped + plural(skipped, " quote", " quotes") + " without a known speaker, kind or source: "
                    + "left out");
        }
        return quotes;
    }

    /** The link's span into the file's sources, or a new line of the stand-in source that says what it is. */
    private Span span(Map<String, String> values, String wording, String id) {
        Optional<Span> kept = sourceSpan(values);
        if (kept.isPresent()) {
            String evidence = values.get("evidence");
            Source source = sources.get(kept.get().sourceId());
            if (evidence == null || evidence.equals(source.excerpt(kept.get()))) {
                return kept.get();
            }
            notes.add("link " + id + ": its evidence differs from the words its span points at; it rests on the "
                    + "imported file instead");
        }
        int start = importedText.length();
        importedText.append(wording).append(" (").append(fileName).append(", link ").append(id).append(").");
        int end = importedText.length();
        importedText.append('\n');
        return new Span(IMPORTED, start, end);
    }

    private Optional<Span> sourceSpan(Map<String, String> values) {
        Source source = sources.get(values.getOrDefault("source_id", ""));
        if (source == null) {
            return Optional.empty();
        }
        try {
            Span span = new Span(source.id(), Integer.parseInt(values.getOrDefault("start", "").strip()),
                    Integer.parseInt(values.getOrDefault("end", "").strip()));
            return source.contains(span) ? Optional.of(span) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void readSources() {
        String json = draft.graph.get("parley_sources");
        if (json == null || json.isBlank()) {
            return;
        }
        try {
            for (JsonNode node : JSON.readTree(json)) {
                String id = node.path("id").asText("");
                String text = node.path("text").isTextual() ? node.path("text").asText() : null;
                if (id.isEmpty() || text == null) {
                    notes.add("a source without an id or text was left out");
                    continue;
                }
                sources.put(id, new Source(id, node.path("title").asText(id), textOrNull(node, "publisher"),
                        date(node.path("date").asText("")), textOrNull(node, "language"), textOrNull(node, "url"),
                        text, null));
            }
        } catch (JsonProcessingException e) {
            notes.add("the sources the file carries are not readable JSON; its links rest on the file itself");
        }
    }

    private void countUnknown(Map<String, String> values) {
        for (String name : values.keySet()) {
            if (!KNOWN.contains(name)) {
                unknownAttributes.merge(name, 1, Integer::sum);
            }
        }
    }

    private static Optional<RelationType> relationType(String word) {
        if (word.isEmpty()) {
            return Optional.empty();
        }
        return Vocabulary.byId(RelationType.class, word).or(() -> Arrays.stream(RelationType.values())
                .filter(type -> type.label().equalsIgnoreCase(word)).findFirst());
    }

    /** A list written as a JSON array, or (as older exports did) joined with "; ". */
    private static List<String> aliases(String value) {
        String text = value.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        if (text.startsWith("[")) {
            try {
                List<String> out = new ArrayList<>();
                JSON.readTree(text).forEach(item -> out.add(item.asText()));
                return List.copyOf(new LinkedHashSet<>(out));
            } catch (JsonProcessingException e) {
                return List.of(text);
            }
        }
        return List.of(text.split("; "));
    }

    private static String first(Map<String, String> values, String... names) {
        for (String name : names) {
            String value = values.get(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "";
    }

    private static String textOrNull(JsonNode node, String field) {
        return node.path(field).isTextual() && !node.path(field).asText().isEmpty() ? node.path(field).asText()
                : null;
    }

    private static LocalDate date(String text) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The side a node's {@code side} value names: a known camp by id or name, or else one of the map's own, named as
     * the file names it ("Armenia"), numbered in the order the file first names them; none when the value is blank.
     */
    private static Optional<Side> side(String value, Map<String, Side> ownSides) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<Side> known = Side.KNOWN.stream()
                .filter(s -> s.id().equals(value) || s.label().equalsIgnoreCase(value)).findFirst();
        if (known.isPresent()) {
            return known;
        }
        String id = Side.idFor(value);
        return Optional.of(ownSides.computeIfAbsent(id, own -> Side.named(own, value.equals(own)
                ? Character.toUpperCase(value.charAt(0)) + value.substring(1).replace('-', ' ') : value,
                Side.KNOWN.size() + ownSides.size())));
    }

    private static String plural(int count, String one, String many) {
        return count == 1 ? one : many;
    }
}
