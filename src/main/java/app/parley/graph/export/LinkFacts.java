package app.parley.graph.export;

import app.parley.graph.ActorGraph;
import app.parley.graph.Link;
import app.parley.graph.RoleLink;
import app.parley.model.Rank;
import app.parley.model.Source;
import app.parley.model.Span;
import java.util.Optional;

/**
 * What every data format says about a link: its type, wording and the words and sentence of the source it rests on.
 *
 * @param id       role or relation identifier
 * @param from     the actor it starts at
 * @param to       the actor it points to
 * @param relation the relation type ({@code leads}, {@code met-with}…) or {@code role}
 * @param label    how it reads ("leads", "Deputy Foreign Minister")
 * @param directed whether it points one way
 * @param evidence the exact words of the source
 * @param sentence the whole sentence around them (the evidence itself if the source is missing)
 * @param source   the source identifier
 * @param start    the evidence's first character in the source (UTF-16 offset, inclusive)
 * @param end      the evidence's end in the source (exclusive)
 * @param rank     a role's rank id, empty for relations and roles without one
 */
record LinkFacts(String id, String from, String to, String relation, String label, boolean directed, String evidence,
                 String sentence, String source, int start, int end, String rank) {

    /** The facts of one link of {@code graph}. */
    static LinkFacts of(ActorGraph graph, Link link) {
        Span span = link.evidence();
        Optional<Source> source = graph.index().source(span.sourceId()).filter(s -> s.contains(span));
        String evidence = source.map(s -> s.excerpt(span)).orElse("");
        String sentence = source.map(s -> s.excerpt(s.sentenceAround(span))).orElse(evidence)
                .replaceAll("\\s+", " ").strip();
        String relation = link instanceof RoleLink ? RoleLink.CATEGORY : link.category();
        Rank rank = link instanceof RoleLink role ? role.role().rank() : null;
        return new LinkFacts(link.id(), link.fromId(), link.toId(), relation, link.label(), link.directed(), evidence,
                sentence, span.sourceId(), span.start(), span.end(), rank == null ? "" : rank.id());
    }
}
