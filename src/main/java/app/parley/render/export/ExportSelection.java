package app.parley.render.export;

import app.parley.render.paint.Emphasis;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.EdgeShape;
import app.parley.render.scene.NodeShape;
import app.parley.render.scene.Scene;
import app.parley.render.scene.ViewState;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What "the selection" means for an export, in this order: the selected actor with its direct neighbours; else the
 * selected link with the two actors it joins; else the highlighted actors and links (a path, a focus). The links
 * drawn are the highlighted ones, or every link among the chosen actors. Actors and links hidden by filters stay out.
 * Everything else is hidden in the picture, which is cropped to what remains.
 */
public final class ExportSelection {

    private final Scene scene;
    private final BitSet nodes;
    private final BitSet edges;

    private ExportSelection(Scene scene, BitSet nodes, BitSet edges) {
        this.scene = scene;
        this.nodes = nodes;
        this.edges = edges;
    }

    /** The selection of {@code state} in {@code scene}, or empty when nothing is selected or highlighted. */
    public static Optional<ExportSelection> of(Scene scene, ViewState state) {
        Emphasis emphasis = new Emphasis(scene, state.withHoveredActor(null));
        BitSet nodes = new BitSet(scene.nodes().size());
        BitSet edges = new BitSet(scene.edges().size());
        int actor = indexOfActor(scene, state.selectedActor());
        int link = indexOfLink(scene, state.selectedLink());
        if (actor >= 0 && !emphasis.nodeHidden(actor)) {
            nodes.set(actor);
            for (int e : scene.incidentEdges(actor)) {
                if (!emphasis.edgeHidden(e)) {
                    nodes.set(scene.edges().get(e).from());
                    nodes.set(scene.edges().get(e).to());
                }
            }
            linksAmong(scene, nodes, edges);
        } else if (link >= 0 && !emphasis.edgeHidden(link)) {
            nodes.set(scene.edges().get(link).from());
            nodes.set(scene.edges().get(link).to());
            linksAmong(scene, nodes, edges);
        } else if (state.hasHighlight()) {
            for (NodeShape node : scene.nodes()) {
                if (state.highlightedActors().contains(node.actorId())) {
                    nodes.set(node.index());
                }
            }
            for (EdgeShape edge : scene.edges()) {
                if (state.highlightedLinks().contains(edge.linkId())) {
                    edges.set(edge.index());
                    nodes.set(edge.from());
                    nodes.set(edge.to());
                }
            }
            if (state.highlightedLinks().isEmpty()) {
                linksAmong(scene, nodes, edges);
            }
        }
        for (int v = nodes.nextSetBit(0); v >= 0; v = nodes.nextSetBit(v + 1)) {
            if (emphasis.nodeHidden(v)) {
                nodes.clear(v);
            }
        }
        for (int e = edges.nextSetBit(0); e >= 0; e = edges.nextSetBit(e + 1)) {
            if (emphasis.edgeHidden(e)) {
                edges.clear(e);
            }
        }
        return nodes.isEmpty() ? Optional.empty() : Optional.of(new ExportSelection(scene, nodes, edges));
    }

    private static void linksAmong(Scene scene, BitSet nodes, BitSet edges) {
        for (EdgeShape edge : scene.edges()) {
            if (nodes.get(edge.from()) && nodes.get(edge.to())) {
                edges.set(edge.index());
            }
        }
    }

    private static int indexOfActor(Scene scene, String actorId) {
        if (actorId == null) {
            return -1;
        }
        return scene.nodes().stream().filter(n -> n.actorId().equals(actorId)).mapToInt(NodeShape::index)
                .findFirst().orElse(-1);
    }

    private static int indexOfLink(Scene scene, String linkId) {
        if (linkId == null) {
            return -1;
        }
        return scene.edges().stream().filter(e -> e.linkId().equals(linkId)).mapToInt(EdgeShape::index)
                .findFirst().orElse(-1);
    }

    /** The identifiers of the actors in the selection. */
    public Set<String> actorIds() {
        Set<String> ids = new HashSet<>();
        nodes.stream().forEach(v -> ids.add(scene.nodes().get(v).actorId()));
        return ids;
    }

    /** The identifiers of the links in the selection. */
    public Set<String> linkIds() {
        Set<String> ids = new HashSet<>();
        edges.stream().forEach(e -> ids.add(scene.edges().get(e).linkId()));
        return ids;
    }

    /** The world rectangle holding the selected cards, curves and labels. */
    public Bounds bounds() {
        Bounds all = null;
        for (int v = nodes.nextSetBit(0); v >= 0; v = nodes.nextSetBit(v + 1)) {
            Bounds box = scene.nodes().get(v).box();
            all = all == null ? box : all.union(box);
        }
        for (int e = edges.nextSetBit(0); e >= 0; e = edges.nextSetBit(e + 1)) {
            all = all.union(scene.edges().get(e).bounds());
        }
        return all;
    }

    /** {@code state} with every actor and link outside the selection hidden as well. */
    public ViewState hideTheRest(ViewState state) {
        Set<String> actors = new HashSet<>(state.hiddenActors());
        Set<String> links = new HashSet<>(state.hiddenLinks());
        for (NodeShape node : scene.nodes()) {
            if (!nodes.get(node.index())) {
                actors.add(node.actorId());
            }
        }
        for (EdgeShape edge : scene.edges()) {
            if (!edges.get(edge.index())) {
                links.add(edge.linkId());
            }
        }
        return state.withHidden(actors, links);
    }
}
