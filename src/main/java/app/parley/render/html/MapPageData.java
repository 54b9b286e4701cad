package app.parley.render.html;

import app.parley.graph.ActorGraph;
import app.parley.graph.Link;
import app.parley.model.Actor;
import app.parley.model.DatasetIndex;
import app.parley.model.Quote;
import app.parley.model.QuoteKind;
import app.parley.model.Role;
import app.parley.model.Source;
import app.parley.model.Span;
import app.parley.model.Story;
import app.parley.model.StoryStep;
import app.parley.render.scene.Theme;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;

/**
 * The map's data as the web page reads it: each actor's card (kind, side, aliases, roles with their sentences), the
 * links, every quote with the sentence it stands in and its source, and the story's steps with what each shows.
 */
final class MapPageData {

    private final ActorGraph graph;
    private final Theme theme;

    /** The data of {@code graph}, with side colours from {@code theme}. */
    MapPageData(ActorGraph graph, Theme theme) {
        this.graph = graph;
        this.theme = theme;
    }

    /** The data as a JSON tree; {@code selectedActorId} (or {@code null}) is selected when the page opens. */
    ObjectNode tree(String title, String selectedActorId) {
        ObjectNode root = ScriptJson.object();
        root.put("title", title);
        root.put("selected", selectedActorId);
        ArrayNode actors = root.putArray("actors");
        graph.actors().forEach(actor -> actors.add(actor(actor)));
        ArrayNode links = root.putArray("links");
        graph.links().forEach(link -> links.add(link(link)));
        ArrayNode quotes = root.putArray("quotes");
        graph.dataset().quotes().forEach(quote -> quotes.add(quote(quote)));
        ArrayNode steps = root.putArray("story");
        Story story = graph.dataset().story();
        for (int i = 0; i < story.size(); i++) {
            steps.add(step(story, i));
        }
        return root;
    }

    private ObjectNode actor(Actor actor) {
        ObjectNode out = ScriptJson.object();
        out.put("id", actor.id());
        out.put("name", actor.name());
        out.put("kind", actor.kind().label());
        out.put("side", actor.side().label());
        out.put("colour", theme.side(actor.side()).webHex());
        ArrayNode aliases = out.putArray("aliases");
        actor.aliases().forEach(aliases::add);
        ArrayNode roles = out.putArray("roles");
        graph.index().rolesOf(actor.id()).forEach(role -> roles.add(role(role)));
        return out;
    }

    private ObjectNode role(Role role) {
        DatasetIndex index = graph.index();
        ObjectNode out = ScriptJson.object();
        out.put("title", role.title());
        out.put("of", role.ofId() == null ? null : index.nameOf(role.ofId()));
        out.put("ofId", role.ofId());
        out.put("rank", role.rank() == null ? null : role.rank().label());
        evidence(out, role.evidence());
        return out;
    }

    private ObjectNode link(Link link) {
        ObjectNode out = ScriptJson.object();
        out.put("id", link.id());
        out.put("from", link.fromId());
        out.put("to", link.toId());
        out.put("label", link.label());
        out.put("inverse", link.inverseLabel());
        evidence(out, link.evidence());
        return out;
    }

    private ObjectNode quote(Quote quote) {
        DatasetIndex index = graph.index();
        ObjectNode out = ScriptJson.object();
        out.put("id", quote.id());
        out.put("speaker", quote.speakerId());
        out.put("speakerName", index.nameOf(quote.speakerId()));
        out.put("kind", quote.kind().label());
        out.put("direct", quote.kind() == QuoteKind.DIRECT);
        out.put("text", quote.text());
        out.put("saidOn", quote.saidOn() == null ? null : quote.saidOn().toString());
        out.put("reportedBy", quote.reportedById() == null ? null : index.nameOf(quote.reportedById()));
        evidence(out, quote.span());
        return out;
    }

    /** The sentence around {@code span}, where the span's words lie in it, and the source's citation and address. */
    private void evidence(ObjectNode out, Span span) {
        Source source = graph.index().source(span.sourceId()).filter(s -> s.contains(span)).orElse(null);
        if (source == null) {
            out.put("sentence", "");
            out.put("source", span.sourceId());
            return;
        }
        Span sentence = source.sentenceAround(span);
        out.put("sentence", source.excerpt(sentence));
        out.put("markStart", Math.max(0, span.start() - sentence.start()));
        out.put("markEnd", Math.min(sentence.length(), span.end() - sentence.start()));
        out.put("source", source.citation());
        out.put("url", source.url());
    }

    private ObjectNode step(Story story, int index) {
        StoryStep step = story.step(index);
        ObjectNode out = ScriptJson.object();
        out.put("caption", step.caption());
        ids(out.putArray("shown"), story.actorsShownAt(index));
        ids(out.putArray("links"), story.linksRevealedAt(index));
        ids(out.putArray("highlight"), step.highlightActorIds());
        ids(out.putArray("highlightLinks"), step.highlightLinkIds());
        ids(out.putArray("quotes"), step.quoteIds());
        ids(out.putArray("frame"), step.cameraActorIds());
        return out;
    }

    private static void ids(ArrayNode target, Collection<String> ids) {
        ids.forEach(target::add);
    }
}
