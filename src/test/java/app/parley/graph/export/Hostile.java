package app.parley.graph.export;

import app.parley.graph.ActorGraph;
import app.parley.io.DatasetReader;
import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.Dataset;
import app.parley.model.Relation;
import app.parley.model.RelationType;
import app.parley.model.Side;
import app.parley.model.Source;
import app.parley.model.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Graphs for the writer tests: Istanbul, drawn on a grid, and a small map whose names attack every format. */
final class Hostile {

    /** A name that ends a DOT string early and adds a node with a javascript: link. */
    static final String DOT_BREAKOUT = "Evil \\\"]; injected [URL=\"javascript:alert(1)\" label=\"pwned";
    /** A name ending in a backslash. */
    static final String TRAILING_BACKSLASH = "Trailing\\";
    /** Text with characters XML 1.0 forbids: a control character and a lone high and low surrogate. */
    static final String XML_FORBIDDEN = "Bell\u0007 high\uD800 low\uDFFF end";

    static final ActorGraph ISTANBUL = ActorGraph.of(DatasetReader.istanbul());

    private Hostile() {
    }

    /** Every actor of {@code graph} on a grid, cards 120 × 30. */
    static Placement grid(ActorGraph graph) {
        Map<String, Place> places = new HashMap<>();
        for (int i = 0; i < graph.actors().size(); i++) {
            places.put(graph.actors().get(i).id(), new Place(i % 8 * 200 + 0.25, i / 8 * 90 - 40.5, 120, 30));
        }
        return new Placement(places, Placement.okabeIto());
    }

    /** Actors named to break formats, joined by a directed and an undirected link. */
    static ActorGraph graph() {
        String text = "=HYPERLINK(\"http://x\") met +cmd|' /C calc'!A0 and -2+3 said @SUM(1).\nLine two.";
        Source source = new Source("s", "Title with \u0001 and \"quotes\"", "P", null, "en", null, text, null);
        List<Actor> actors = List.of(
                new Actor("evil\"id", DOT_BREAKOUT, ActorKind.PERSON, List.of("=1+1", "a; b", "c, d"), Side.OTHER),
                new Actor("slash\\", TRAILING_BACKSLASH, ActorKind.STATE, List.of(), Side.UKRAINE),
                new Actor("line\nbreak", "Two\nlines", ActorKind.DELEGATION, List.of(), Side.RUSSIA),
                new Actor("formula", "=HYPERLINK(\"http://evil\",\"click\")", ActorKind.ORGANIZATION,
                        List.of("@SUM(1)", "-2+3", "+cmd|' /C calc'!A0", "'quoted"), Side.TURKEY),
                new Actor("xml", XML_FORBIDDEN, ActorKind.PERSON, List.of(), Side.EUROPE_NATO));
        List<Relation> relations = List.of(
                new Relation("r1", "evil\"id", RelationType.MET_WITH, "slash\\", new Span("s", 0, 23)),
                new Relation("r2", "formula", RelationType.CRITICISED, "line\nbreak", new Span("s", 28, 45)),
                new Relation("r3", "xml", RelationType.LEADS, "formula", new Span("s", 0, 10)));
        return ActorGraph.of(new Dataset("A <hostile> & \"map\"", List.of(source), actors, List.of(), relations,
                List.of()));
    }
}
