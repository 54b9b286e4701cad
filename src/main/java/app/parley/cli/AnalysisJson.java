package app.parley.cli;

import app.parley.graph.ActorGraph;
import app.parley.graph.ActorPath;
import app.parley.graph.Centrality;
import app.parley.graph.Delegate;
import app.parley.graph.DelegationSummary;
import app.parley.graph.Link;
import app.parley.graph.Mandate;
import app.parley.graph.Step;
import app.parley.model.Actor;
import app.parley.model.Rank;
import app.parley.model.Role;
import app.parley.model.Span;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/** The answers of {@code analyze} as JSON; the field names are documented in the command's help and stay stable. */
final class AnalysisJson implements AnalysisOutput {

    private final ObjectMapper mapper = new ObjectMapper();
    private final ActorGraph graph;

    AnalysisJson(ActorGraph graph) {
        this.graph = graph;
    }

    @Override
    public String paths(Actor from, Actor to, List<ActorPath> paths) {
        ObjectNode root = root("path");
        root.set("from", actor(from));
        root.set("to", actor(to));
        ArrayNode array = root.putArray("paths");
        for (ActorPath path : paths) {
            ObjectNode node = array.addObject();
            node.put("length", path.length());
            node.set("steps", steps(path.steps()));
        }
        return write(root);
    }

    @Override
    public String centrality(Centrality.Measure measure, List<Centrality.Score> ranking, int limit) {
        ObjectNode root = root("centrality");
        root.put("measure", measure.id());
        root.put("actors", ranking.size());
        ArrayNode array = root.putArray("ranking");
        for (Centrality.Score score : ranking.stream().limit(limit).toList()) {
            ObjectNode node = array.addObject();
            node.put("rank", score.rank());
            node.put("score", score.score());
            node.set("actor", actor(score.actor()));
        }
        return write(root);
    }

    @Override
    public String delegations(List<DelegationSummary> delegations) {
        ObjectNode root = root("delegations");
        ArrayNode array = root.putArray("delegations");
        for (DelegationSummary summary : delegations) {
            ObjectNode node = array.addObject();
            node.set("delegation", actor(summary.delegation()));
            node.set("represents", actors(summary.represents()));
            node.set("leaders", delegates(summary.leaders()));
            node.set("members", delegates(summary.members()));
            node.set("sentBy", actors(summary.senders()));
            ArrayNode mandates = node.putArray("mandates");
            for (Mandate mandate : summary.mandates()) {
                ObjectNode m = mandates.addObject();
                m.set("from", actor(mandate.giver()));
                m.set("to", actor(mandate.recipient()));
                m.put("link", mandate.link().id());
                m.put("sentence", mandate.sentence());
            }
            node.set("highestRank", rank(summary.highestRank().orElse(null)));
            node.set("leaderRank", rank(summary.leaderRank().orElse(null)));
            node.put("ledByMinister", summary.ledByMinisterOrAbove());
            node.put("headOfStatePresent", summary.headOfStatePresent());
            node.put("ministerPresent", summary.ministerPresent());
            node.put("verdict", summary.verdict());
        }
        return write(root);
    }

    @Override
    public String chain(Actor from, Optional<ActorPath> chain) {
        ObjectNode root = root("chain");
        root.set("from", actor(from));
        root.put("found", chain.isPresent());
        root.set("headOfState", chain.isPresent() ? actor(chain.get().to()) : null);
        root.set("steps", steps(chain.map(ActorPath::steps).orElse(List.of())));
        return write(root);
    }

    private ObjectNode root(String analysis) {
        ObjectNode root = mapper.createObjectNode();
        root.put("analysis", analysis);
        root.put("dataset", graph.dataset().title());
        return root;
    }

    private ArrayNode steps(List<Step> steps) {
        ArrayNode array = mapper.createArrayNode();
        for (Step step : steps) {
            ObjectNode node = array.addObject();
            node.set("from", actor(step.from()));
            node.set("to", actor(step.to()));
            node.put("link", step.link().id());
            node.put("category", step.link().category());
            node.put("direction", step.forward() ? "forward" : "backward");
            node.put("phrase", step.phrase());
            node.set("evidence", evidence(step.evidence()));
            node.put("sentence", step.sentence());
            ArrayNode alternatives = node.putArray("alternatives");
            for (Link link : step.alternatives()) {
                ObjectNode alternative = alternatives.addObject();
                alternative.put("link", link.id());
                alternative.put("category", link.category());
                alternative.put("phrase", step.phraseOf(link));
            }
        }
        return array;
    }

    private ObjectNode evidence(Span span) {
        ObjectNode node = mapper.createObjectNode();
        node.put("source", span.sourceId());
        node.put("start", span.start());
        node.put("end", span.end());
        node.put("text", graph.index().source(span.sourceId()).filter(s -> s.contains(span))
                .map(s -> s.excerpt(span)).orElse(null));
        return node;
    }

    private ArrayNode delegates(List<Delegate> delegates) {
        ArrayNode array = mapper.createArrayNode();
        for (Delegate delegate : delegates) {
            ObjectNode node = array.addObject();
            node.set("actor", actor(delegate.person()));
            node.set("bestRank", rank(delegate.bestRank().orElse(null)));
            ArrayNode roles = node.putArray("roles");
            for (Role role : delegate.roles()) {
                ObjectNode r = roles.addObject();
                r.put("id", role.id());
                r.put("title", role.title());
                r.put("of", role.ofId());
                r.set("rank", rank(role.rank()));
            }
        }
        return array;
    }

    private ArrayNode actors(List<Actor> actors) {
        ArrayNode array = mapper.createArrayNode();
        actors.forEach(a -> array.add(actor(a)));
        return array;
    }

    private ObjectNode actor(Actor actor) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", actor.id());
        node.put("name", actor.name());
        node.put("kind", actor.kind().id());
        node.put("side", actor.side().id());
        return node;
    }

    private ObjectNode rank(Rank rank) {
        if (rank == null) {
            return null;
        }
        ObjectNode node = mapper.createObjectNode();
        node.put("id", rank.id());
        node.put("label", rank.label());
        node.put("tier", rank.tier());
        return node;
    }

    private String write(ObjectNode root) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree could not be written", e);
        }
    }
}
