package app.parley.io;

import app.parley.model.Actor;
import app.parley.model.CardPosition;
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
import app.parley.model.Story;
import app.parley.model.StoryStep;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Maps a dataset's JSON onto the model as it streams past, recording every structural problem and the text each span
 * claims.
 */
final class DatasetMapper {

    private static final Set<String> STEP_FIELDS = Set.of("id", "caption", "reveal", "revealLinks", "highlight",
            "highlightLinks", "quotes", "frame");
    private static final Set<String> SOURCE_FIELDS =
            Set.of("id", "title", "publisher", "date", "language", "url", "sha256", "text");
    private static final Set<String> ACTOR_FIELDS = Set.of("id", "name", "kind", "side", "aliases");
    private static final Set<String> SIDE_FIELDS = Set.of("id", "name");
    private static final Set<String> ROLE_FIELDS = Set.of("id", "holder", "title", "of", "rank", "evidence");
    private static final Set<String> RELATION_FIELDS = Set.of("id", "from", "type", "to", "evidence");
    private static final Set<String> QUOTE_FIELDS =
            Set.of("id", "speaker", "kind", "text", "span", "saidOn", "reportedBy", "about");
    private static final Set<String> SPAN_FIELDS = Set.of("source", "start", "end", "text");

    /** The top-level member that may be mapped on a thread of its own: the longest list of most files. */
    static final String RELATIONS = "relations";
    /** The start of a relation's JSON pointer, before its number. */
    static final String RELATIONS_POINTER = "/" + RELATIONS + "/";

    private final FieldReader fields;
    private final List<TextClaim> claims = new ArrayList<>();
    private final Set<String> droppedActorIds = new HashSet<>();
    private final Map<Actor, SideReference> sideIds = new IdentityHashMap<>();

    /** The outcome of mapping: the dataset (possibly missing elements that had errors), pointers and claims. */
    record Mapped(Dataset dataset, ElementPointers pointers, List<TextClaim> claims, Set<String> droppedActorIds) {
    }

    DatasetMapper(List<Problem> problems) {
        this.fields = new FieldReader(problems);
    }

    /**
     * Maps the whole document, one list element at a time so that only one element's tree is held at once, or returns
     * {@code null} when its top level is not an object.
     *
     * @throws JsonProcessingException when the JSON is malformed; the problems recorded so far are then meaningless
     */
    Mapped map(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
            parser.skipChildren();
            expectEnd(parser);
            fields.error("", "The top level should be a JSON object starting with {, but it is "
                    + JsonTypes.describe(first) + ".");
            return null;
        }
        ObjectNode header = JsonNodeFactory.instance.objectNode();
        Lists lists = new Lists();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            member(name, parser, lists, header);
        }
        expectEnd(parser);
        return finish(lists, header);
    }

    /**
     * Maps a document whose top-level members were found apart ({@link TopLevelMembers}), each parsed from its own
     * bytes; the {@code relations} member, when {@code relations} is given, is mapped apart (on other threads), and
     * its problems and claims are put where its member stands. The outcome is that of {@link #map(JsonParser)}.
     *
     * @throws JsonProcessingException when a member's JSON is malformed; the problems recorded are then meaningless
     */
    Mapped map(byte[] bytes, List<TopLevelMembers.Member> members, RelationsApart relations)
            throws IOException {
        ObjectNode header = JsonNodeFactory.instance.objectNode();
        Lists lists = new Lists();
        int relationProblemsAt = -1;
        int relationClaimsAt = -1;
        for (TopLevelMembers.Member member : members) {
            if (relations != null && member.name().equals(RELATIONS)) {
                relationProblemsAt = fields.problemCount();
                relationClaimsAt = claims.size();
                continue;
            }
            try (JsonParser parser = JsonSupport.mapper().createParser(bytes, member.start(), member.length())) {
                parser.nextToken();
                member(member.name(), parser, lists, header);
                expectEnd(parser);
            }
        }
        if (relationProblemsAt >= 0) {
            Relations mapped = relations.mapped();
            lists.relations = mapped.relations();
            lists.relationPointers.addAll(mapped.pointers());
            fields.insertProblems(relationProblemsAt, mapped.problems());
            claims.addAll(relationClaimsAt, mapped.claims());
        }
        return finish(lists, header);
    }

    /**
     * Maps the relations of one piece of the list, {@code array}: a JSON list of the piece's elements, the first being
     * relation number {@code firstIndex}; the problems go to the list this mapper was made with. A piece of plainly
     * well-formed relations is read from its tokens ({@link RelationTokens}), any other through trees.
     *
     * @throws JsonProcessingException when the JSON is malformed
     */
    Relations relationPiece(byte[] array, int firstIndex, List<Problem> problems) throws IOException {
        Relations plain = RelationTokens.read(array, firstIndex);
        return plain != null ? plain : relationPieceByTrees(array, firstIndex, problems);
    }

    /** Maps the relations of a piece as {@link #relationPiece} does, each through a tree, whatever they hold. */
    Relations relationPieceByTrees(byte[] array, int firstIndex, List<Problem> problems) throws IOException {
        List<String> pointers = new ArrayList<>();
        List<Relation> relations;
        try (JsonParser parser = JsonSupport.mapper().createParser(array)) {
            parser.nextToken();
            relations = list(parser, RELATIONS, "relation", pointers, this::relation, firstIndex);
            expectEnd(parser);
        }
        return new Relations(relations, pointers, problems, claims);
    }

    /** The relations list of a document, mapped apart from the rest (on other threads). */
    interface RelationsApart {
        /**
         * The relations mapped, once they are.
         *
         * @throws JsonProcessingException when their JSON is malformed
         */
        Relations mapped() throws IOException;
    }

    /** The relations list mapped apart: the relations kept, their pointers, and the problems and claims found. */
    record Relations(List<Relation> relations, List<String> pointers, List<Problem> problems,
                     List<TextClaim> claims) {
    }

    private void member(String name, JsonParser parser, Lists lists, ObjectNode header) throws IOException {
        switch (name) {
            case "format", "title" -> header.set(name, parser.readValueAsTree());
            case "sources" -> lists.sources = list(parser, name, "source", lists.sourcePointers, this::source);
            case "actors" -> lists.actors = list(parser, name, "actor", lists.actorPointers, this::actor);
            case "roles" -> lists.roles = list(parser, name, "role", lists.rolePointers, this::role);
            case RELATIONS -> lists.relations = list(parser, name, "relation", lists.relationPointers,
                    this::relation);
            case "quotes" -> lists.quotes = list(parser, name, "quote", lists.quotePointers, this::quote);
            case "story" -> lists.steps = list(parser, name, "story step", lists.stepPointers, this::step);
            case "positions" -> lists.positions = new PositionsReader(fields).read(parser.readValueAsTree());
            case "sides" -> lists.sides = list(parser, name, "side", lists.sidePointers, this::sideName);
            default -> {
                parser.skipChildren();
                fields.warning("/" + JsonTypes.escape(name), "Unknown field \"" + name + "\" is ignored.");
            }
        }
    }

    private Mapped finish(Lists lists, ObjectNode header) {
        checkFormat(header);
        String title = fields.optionalText(header, "", "title");
        requireList(lists.sources, "sources");
        requireList(lists.actors, "actors");
        Dataset dataset = new Dataset(title == null ? "Untitled" : title, orEmpty(lists.sources),
                withSides(orEmpty(lists.actors), ownSides(orEmpty(lists.sides), lists.sidePointers)),
                orEmpty(lists.roles), orEmpty(lists.relations), orEmpty(lists.quotes),
                new Story(orEmpty(lists.steps)), lists.positions);
        return new Mapped(dataset, new ElementPointers(lists.sourcePointers, lists.actorPointers, lists.rolePointers,
                lists.relationPointers, lists.quotePointers, lists.stepPointers), List.copyOf(claims),
                Set.copyOf(droppedActorIds));
    }

    /** The lists of the document as they are read, {@code null} while absent, with the pointers of what was kept. */
    private static final class Lists {
        List<Source> sources;
        List<Actor> actors;
        List<Role> roles;
        List<Relation> relations;
        List<Quote> quotes;
        List<StoryStep> steps;
        Map<String, CardPosition> positions;
        List<SideName> sides;
        final List<String> sidePointers = new ArrayList<>();
        final List<String> sourcePointers = new ArrayList<>();
        final List<String> actorPointers = new ArrayList<>();
        final List<String> rolePointers = new ArrayList<>();
        final List<String> relationPointers = new ArrayList<>();
        final List<String> quotePointers = new ArrayList<>();
        final List<String> stepPointers = new ArrayList<>();
    }

    /** Fails as {@code FAIL_ON_TRAILING_TOKENS} would when anything but white space follows the top-level value. */
    private static void expectEnd(JsonParser parser) throws IOException {
        if (parser.nextToken() != null) {
            throw new JsonParseException(parser, "More data follows the end of the top-level value");
        }
    }

    private void requireList(List<?> list, String field) {
        if (list == null) {
            fields.error("", "The file has no \"" + field + "\" list.");
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private void checkFormat(JsonNode root) {
        JsonNode format = root.get("format");
        if (format == null) {
            fields.error("", "The file has no \"format\" field; a Parley dataset starts with \"format\": \""
                    + Dataset.FORMAT + "\".");
        } else if (!Dataset.FORMAT.equals(format.asText(null))) {
            fields.error("/format", "Unknown format " + format + "; this version of Parley reads \"" + Dataset.FORMAT
                    + "\".");
        }
    }

    /**
     * Reads the list the parser stands at, element by element; {@code null} when it is JSON null, empty when it is
     * not a list.
     */
    private <T> List<T> list(JsonParser parser, String field, String noun, List<String> pointers,
                             BiFunction<JsonNode, String, T> element) throws IOException {
        return list(parser, field, noun, pointers, element, 0);
    }

    /** Reads the list the parser stands at, its first element being number {@code firstIndex} of the whole list. */
    private <T> List<T> list(JsonParser parser, String field, String noun, List<String> pointers,
                             BiFunction<JsonNode, String, T> element, int firstIndex) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        List<T> out = new ArrayList<>();
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            JsonNode value = parser.readValueAsTree();
            fields.error("/" + field, "\"" + field + "\" should be a list, but it is " + JsonTypes.describe(value) + ".");
            return out;
        }
        for (int i = firstIndex; parser.nextToken() != JsonToken.END_ARRAY; i++) {
            String pointer = "/" + field + "/" + i;
            JsonNode node = parser.readValueAsTree();
            if (!fields.expectObject(node, pointer, noun)) {
                continue;
            }
            T mapped = element.apply(node, pointer);
            if (mapped != null) {
                out.add(mapped);
                pointers.add(pointer);
            }
        }
        return out;
    }

    private Source source(JsonNode node, String pointer) {
        fields.warnUnknownFields(node, pointer, SOURCE_FIELDS);
        String id = fields.requiredText(node, pointer, "id", "source");
        String title = fields.requiredText(node, pointer, "title", "source");
        String publisher = fields.optionalText(node, pointer, "publisher");
        var date = fields.optionalDate(node, pointer, "date");
        String language = fields.optionalText(node, pointer, "language");
        String url = fields.optionalText(node, pointer, "url");
        String sha = fields.optionalText(node, pointer, "sha256");
        String text = fields.requiredText(node, pointer, "text", "source");
        if (sha == null && text != null) {
            fields.warning(pointer, "This source has no \"sha256\", so changes to its text cannot be detected.");
        }
        return id == null || title == null || text == null ? null
                : new Source(id, title, publisher, date, language, url, text, sha);
    }

    private Actor actor(JsonNode node, String pointer) {
        fields.warnUnknownFields(node, pointer, ACTOR_FIELDS);
        String id = fields.requiredText(node, pointer, "id", "actor");
        String name = fields.requiredText(node, pointer, "name", "actor");
        ActorKind kind = fields.requiredTerm(node, pointer, "kind", "actor", ActorKind.class);
        String side = fields.requiredText(node, pointer, "side", "actor");
        List<String> aliases = fields.textList(node, pointer, "aliases");
        if (id == null || name == null || kind == null || side == null) {
            if (id != null) {
                droppedActorIds.add(id);
            }
            return null;
        }
        Actor actor = new Actor(id, name, kind, aliases, Side.OTHER);
        sideIds.put(actor, new SideReference(side, pointer + "/side"));
        return actor;
    }

    /** A side a map names for itself, as its {@code sides} list gives it. */
    private record SideName(String id, String name) {
    }

    /** The side an actor names, resolved once the map's own sides are read, and where the actor names it. */
    private record SideReference(String id, String pointer) {
    }

    private SideName sideName(JsonNode node, String pointer) {
        fields.warnUnknownFields(node, pointer, SIDE_FIELDS);
        String id = fields.requiredText(node, pointer, "id", "side");
        String name = fields.requiredText(node, pointer, "name", "side");
        return id == null || name == null ? null : new SideName(id, name);
    }

    /** The map's own sides by id, numbered after the known ones in the order the file lists them. */
    private Map<String, Side> ownSides(List<SideName> names, List<String> pointers) {
        Map<String, Side> sides = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            SideName named = names.get(i);
            String pointer = pointers.get(i);
            if (Side.known(named.id()).isPresent()) {
                fields.error(pointer + "/id", "\"" + named.id() + "\" is a side every map knows; leave it out of "
                        + "\"sides\".");
            } else if (sides.containsKey(named.id())) {
                fields.error(pointer + "/id", "The side \"" + named.id() + "\" is named twice.");
            } else {
                try {
                    sides.put(named.id(), Side.named(named.id(), named.name(), Side.KNOWN.size() + sides.size()));
                } catch (IllegalArgumentException e) {
                    fields.error(pointer, e.getMessage() + ".");
                }
            }
        }
        return sides;
    }

    /** The actors with their sides: known camps, or the map's own; an unknown side is an error. */
    private List<Actor> withSides(List<Actor> actors, Map<String, Side> own) {
        List<Actor> sided = new ArrayList<>(actors.size());
        for (Actor actor : actors) {
            SideReference wanted = sideIds.get(actor);
            Side side = Side.known(wanted.id()).orElse(own.get(wanted.id()));
            if (side == null) {
                fields.error(wanted.pointer(), "\"" + wanted.id() + "\" is not a known side; use one of: "
                        + String.join(", ", Side.KNOWN.stream().map(Side::id).toList())
                        + ", or name it in \"sides\".");
            }
            sided.add(side == null ? actor
                    : new Actor(actor.id(), actor.name(), actor.kind(), actor.aliases(), side));
        }
        return sided;
    }

    private Role role(JsonNode node, String pointer) {
        fields.warnUnknownFields(node, pointer, ROLE_FIELDS);
        String id = fields.requiredText(node, pointer, "id", "role");
        String holder = fields.requiredText(node, pointer, "holder", "role");
        String title = fields.requiredText(node, pointer, "title", "role");
        String of = fields.optionalText(node, pointer, "of");
        Rank rank = fields.optionalTerm(node, pointer, "rank", Rank.class);
        Span evidence = evidence(node, pointer, "role");
        return id == null || holder == null || title == null || evidence == null ? null
                : new Role(id, holder, title, of, rank, evidence);
    }

    private Relation relation(JsonNode node, String pointer) {
        fields.warnUnknownFields(node, pointer, RELATION_FIELDS);
        String id = fields.requiredText(node, pointer, "id", "relation");
        String from = fields.requiredText(node, pointer, "from", "relation");
        RelationType type = fields.requiredTerm(node, pointer, "type", "relation", RelationType.class);
        String to = fields.requiredText(node, pointer, "to", "relation");
        Span evidence = evidence(node, pointer, "relation");
        return id == null || from == null || type == null || to == null || evidence == null ? null
                : new Relation(id, from, type, to, evidence);
    }

    private Quote quote(JsonNode node, String pointer) {
        fields.warnUnknownFields(node, pointer, QUOTE_FIELDS);
        String id = fields.requiredText(node, pointer, "id", "quote");
        String speaker = fields.requiredText(node, pointer, "speaker", "quote");
        QuoteKind kind = fields.requiredTerm(node, pointer, "kind", "quote", QuoteKind.class);
        String text = fields.requiredText(node, pointer, "text", "quote");
        Span span = span(node, pointer, "span", "quote");
        var saidOn = fields.optionalDate(node, pointer, "saidOn");
        String reportedBy = fields.optionalText(node, pointer, "reportedBy");
        List<String> about = fields.textList(node, pointer, "about");
        return id == null || speaker == null || kind == null || text == null || span == null ? null
                : new Quote(id, speaker, text, kind, span, saidOn, reportedBy, about);
    }

    private Span evidence(JsonNode node, String pointer, String noun) {
        Span span = span(node, pointer, "evidence", noun);
        JsonNode claimed = span == null ? null : node.get("evidence").get("text");
        if (span != null && claimed == null) {
            fields.error(pointer + "/evidence", "The evidence has no \"text\"; write the words of the article it "
                    + "points at, so the span can be checked.");
        } else if (span != null && claimed.isNull()) {
            fields.error(pointer + "/evidence/text", "The evidence's \"text\" is null; write the words of the "
                    + "article it points at, so the span can be checked.");
        }
        return span;
    }

    private Span span(JsonNode node, String pointer, String field, String noun) {
        JsonNode value = node.get(field);
        String spanPointer = pointer + "/" + field;
        if (value == null || value.isNull()) {
            fields.error(pointer, "This " + noun + " has no \"" + field + "\"; everything in Parley points at the "
                    + "words of its source.");
            return null;
        }
        if (!fields.expectObject(value, spanPointer, "span")) {
            return null;
        }
        fields.warnUnknownFields(value, spanPointer, SPAN_FIELDS);
        String source = fields.requiredText(value, spanPointer, "source", "span");
        Integer start = fields.requiredInt(value, spanPointer, "start", "span");
        Integer end = fields.requiredInt(value, spanPointer, "end", "span");
        String claimed = fields.optionalText(value, spanPointer, "text");
        if (source == null || start == null || end == null) {
            return null;
        }
        if (start < 0 || end < start) {
            fields.error(spanPointer, "The span runs from " + start + " to " + end + "; it needs 0 <= start <= end.");
            return null;
        }
        Span span = new Span(source, start, end);
        if (claimed != null) {
            claims.add(new TextClaim(spanPointer + "/text", span, claimed));
        }
        return span;
    }

    private StoryStep step(JsonNode node, String pointer) {
        fields.warnUnknownFields(node, pointer, STEP_FIELDS);
        String id = fields.requiredText(node, pointer, "id", "story step");
        String caption = fields.requiredText(node, pointer, "caption", "story step");
        List<String> reveal = fields.textList(node, pointer, "reveal");
        List<String> revealLinks = fields.textList(node, pointer, "revealLinks");
        List<String> highlight = fields.textList(node, pointer, "highlight");
        List<String> highlightLinks = fields.textList(node, pointer, "highlightLinks");
        List<String> quotes = fields.textList(node, pointer, "quotes");
        List<String> frame = fields.textList(node, pointer, "frame");
        return id == null || caption == null ? null
                : new StoryStep(id, caption, reveal, revealLinks, highlight, highlightLinks, quotes, frame);
    }
}
