package app.parley.graph;

import app.parley.model.Actor;
import app.parley.model.Span;
import java.util.List;
import java.util.Objects;

/**
 * One step of a path through the actor graph: from an actor along a link to the actor at its other end, read in the
 * direction travelled, with the sentence of the article it rests on.
 *
 * @param from         where the step starts
 * @param link         the link followed
 * @param to           where the step ends
 * @param forward      whether the link is followed from its source to its target
 * @param phrase       how the step reads: the link's label forwards, its inverse label backwards
 * @param evidence     the words of the source the link rests on
 * @param sentence     the whole sentence around the evidence, or empty if the source is missing
 * @param alternatives the other links joining the same two actors, either direction, in dataset order
 */
public record Step(Actor from, Link link, Actor to, boolean forward, String phrase, Span evidence, String sentence,
                   List<Link> alternatives) {

    /** Checks the required fields and freezes the alternatives. */
    public Step {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(sentence, "sentence");
        alternatives = List.copyOf(alternatives);
    }

    /** The step from {@code from} along {@code link}; {@code between} lists every link joining the two actors. */
    static Step along(ActorGraph graph, Actor from, Link link, List<Link> between) {
        boolean forward = link.fromId().equals(from.id());
        String otherId = forward ? link.toId() : link.fromId();
        Actor to = graph.actor(otherId).orElseThrow(() -> new IllegalArgumentException("Unknown actor " + otherId));
        List<Link> others = between.stream().filter(l -> !l.equals(link)).toList();
        return new Step(from, link, to, forward, forward ? link.label() : link.inverseLabel(), link.evidence(),
                graph.sentenceOf(link.evidence()), others);
    }

    /** How another link between the same two actors reads in the direction of this step. */
    public String phraseOf(Link other) {
        return other.fromId().equals(from.id()) ? other.label() : other.inverseLabel();
    }

    /** The phrases of the alternatives, in the direction of this step. */
    public List<String> alternativePhrases() {
        return alternatives.stream().map(this::phraseOf).toList();
    }
}
