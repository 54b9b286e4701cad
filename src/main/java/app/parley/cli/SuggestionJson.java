package app.parley.cli;

import app.parley.assist.SuggestedActor;
import app.parley.assist.SuggestedQuote;
import app.parley.assist.SuggestedRelation;
import app.parley.assist.SuggestedRole;
import app.parley.assist.Suggestions;
import app.parley.assist.TextRange;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The suggestions of {@code suggest --json}: {@code actors} (name, kind, side, aliases, roles with title and of,
 * mentions), {@code quotes} (text, start, end, speaker, kind) and {@code relations} (from, type, to, evidence);
 * actors are referred to by name, offsets are UTF-16 code units, end exclusive.
 */
final class SuggestionJson {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The suggestions as one JSON object. */
    String write(Suggestions suggestions) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode actors = root.putArray("actors");
        for (SuggestedActor actor : suggestions.actors()) {
            ObjectNode node = actors.addObject();
            node.put("name", actor.name());
            node.put("kind", actor.kind().id());
            node.put("side", actor.side());
            ArrayNode aliases = node.putArray("aliases");
            actor.aliases().forEach(aliases::add);
            ArrayNode roles = node.putArray("roles");
            for (SuggestedRole role : actor.roles()) {
                roles.addObject().put("title", role.title()).put("of", role.of());
            }
            ArrayNode mentions = node.putArray("mentions");
            actor.mentions().forEach(range -> range(mentions.addObject(), range));
        }
        ArrayNode quotes = root.putArray("quotes");
        for (SuggestedQuote quote : suggestions.quotes()) {
            quotes.addObject().put("text", quote.text()).put("start", quote.start()).put("end", quote.end())
                    .put("speaker", quote.speaker()).put("kind", quote.kind().id());
        }
        ArrayNode relations = root.putArray("relations");
        for (SuggestedRelation relation : suggestions.relations()) {
            ObjectNode node = relations.addObject().put("from", relation.from()).put("type", relation.type().id())
                    .put("to", relation.to());
            range(node.putObject("evidence"), relation.evidence());
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Suggestions cannot be written as JSON", e);
        }
    }

    private static void range(ObjectNode node, TextRange range) {
        node.put("start", range.start()).put("end", range.end());
    }
}
