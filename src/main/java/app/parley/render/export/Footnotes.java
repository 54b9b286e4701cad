package app.parley.render.export;

import app.parley.graph.ActorGraph;
import app.parley.graph.Link;
import app.parley.model.Source;
import app.parley.model.Span;
import app.parley.render.scene.EdgeShape;
import app.parley.render.scene.Scene;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * The source notes of an exported picture: each cited link gets the number of the sentence its evidence stands in.
 * Sentences are numbered in the order the articles tell them, and links resting on the same sentence share a number,
 * so the footnote block reads like the article.
 */
public final class Footnotes {

    /** No notes at all. */
    public static final Footnotes NONE = new Footnotes(List.of(), Map.of());

    private final List<Footnote> notes;
    private final Map<Integer, Integer> numberByEdge;

    private Footnotes(List<Footnote> notes, Map<Integer, Integer> numberByEdge) {
        this.notes = List.copyOf(notes);
        this.numberByEdge = Collections.unmodifiableMap(new TreeMap<>(numberByEdge));
    }

    /**
     * Numbers the sentences behind the scene's links that {@code cited} accepts (by link number).
     *
     * @param graph the graph the scene was built from: its links give the evidence
     * @param scene the geometry, whose edge numbers are link numbers
     * @param cited which links get a marker
     */
    public static Footnotes of(ActorGraph graph, Scene scene, IntPredicate cited) {
        List<Source> sources = graph.dataset().sources();
        record Cited(int edge, int sourceOrder, Source source, Span sentence) {
        }
        List<Cited> found = new ArrayList<>();
        for (EdgeShape edge : scene.edges()) {
            if (!cited.test(edge.index())) {
                continue;
            }
            Link link = graph.links().get(edge.index());
            Span evidence = link.evidence();
            for (int order = 0; order < sources.size(); order++) {
                Source source = sources.get(order);
                if (source.contains(evidence)) {
                    found.add(new Cited(edge.index(), order, source, source.sentenceAround(evidence)));
                    break;
                }
            }
        }
        found.sort(Comparator.comparingInt(Cited::sourceOrder).thenComparingInt(c -> c.sentence().start())
                .thenComparingInt(c -> c.sentence().end()).thenComparingInt(Cited::edge));
        List<Footnote> notes = new ArrayList<>();
        Map<Integer, Integer> numbers = new TreeMap<>();
        Cited previous = null;
        for (Cited cite : found) {
            boolean same = previous != null && previous.sourceOrder() == cite.sourceOrder()
                    && previous.sentence().equals(cite.sentence());
            if (!same) {
                String sentence = cite.source().excerpt(cite.sentence()).replaceAll("\\s+", " ").strip();
                notes.add(new Footnote(notes.size() + 1, sentence, cite.source().citation(), cite.sentence()));
            }
            numbers.put(cite.edge(), notes.size());
            previous = cite;
        }
        return new Footnotes(notes, numbers);
    }

    /** The notes, numbered from 1. */
    public List<Footnote> notes() {
        return notes;
    }

    /** The number of link {@code edge}, or 0 when it is not cited. */
    public int numberOf(int edge) {
        return numberByEdge.getOrDefault(edge, 0);
    }

    /** The cited link numbers and their note numbers, by link number. */
    public Map<Integer, Integer> numbersByEdge() {
        return numberByEdge;
    }

    /** Whether there is no note. */
    public boolean isEmpty() {
        return notes.isEmpty();
    }
}
