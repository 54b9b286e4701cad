package app.parley.render.paint;

import app.parley.render.scene.EdgeShape;
import app.parley.render.scene.NodeShape;
import app.parley.render.scene.Scene;
import app.parley.render.scene.ViewState;
import java.util.BitSet;

/** Which cards and curves are drawn in full and which are faded or hidden, worked out once per view state. */
public final class Emphasis {

    private final BitSet hiddenNodes;
    private final BitSet hiddenEdges;
    private final BitSet strongNodes;
    private final BitSet strongEdges;
    private final boolean fading;
    private final int selectedNode;
    private final int selectedEdge;

    public Emphasis(Scene scene, ViewState state) {
        int nodeCount = scene.nodes().size();
        int edgeCount = scene.edges().size();
        hiddenNodes = new BitSet(nodeCount);
        hiddenEdges = new BitSet(edgeCount);
        strongNodes = new BitSet(nodeCount);
        strongEdges = new BitSet(edgeCount);
        int selected = -1;
        int hovered = -1;
        for (NodeShape node : scene.nodes()) {
            String id = node.actorId();
            if (state.hiddenActors().contains(id)) {
                hiddenNodes.set(node.index());
            }
            if (state.highlightedActors().contains(id)) {
                strongNodes.set(node.index());
            }
            if (id.equals(state.selectedActor())) {
                selected = node.index();
            }
            if (id.equals(state.hoveredActor())) {
                hovered = node.index();
            }
        }
        int selectedLink = -1;
        for (EdgeShape edge : scene.edges()) {
            if (state.hiddenLinks().contains(edge.linkId()) || hiddenNodes.get(edge.from()) || hiddenNodes.get(edge.to())) {
                hiddenEdges.set(edge.index());
            }
            if (state.highlightedLinks().contains(edge.linkId())) {
                strongEdges.set(edge.index());
            }
            if (edge.linkId().equals(state.selectedLink())) {
                selectedLink = edge.index();
            }
        }
        selectedNode = selected;
        selectedEdge = selectedLink;
        if (hovered >= 0 && !hiddenNodes.get(hovered)) {
            strongNodes.clear();
            strongEdges.clear();
            strongNodes.set(hovered);
            for (int e : scene.incidentEdges(hovered)) {
                if (!hiddenEdges.get(e)) {
                    EdgeShape edge = scene.edges().get(e);
                    strongEdges.set(e);
                    strongNodes.set(edge.from());
                    strongNodes.set(edge.to());
                }
            }
            fading = true;
        } else {
            fading = state.hasHighlight();
        }
    }

    public boolean nodeHidden(int v) {
        return hiddenNodes.get(v);
    }

    public boolean edgeHidden(int e) {
        return hiddenEdges.get(e);
    }

    /** Whether a card is drawn faded (something else is highlighted). */
    boolean nodeFaded(int v) {
        return fading && !strongNodes.get(v) && v != selectedNode;
    }

    /** Whether a curve is drawn faded. */
    boolean edgeFaded(int e) {
        return fading && !strongEdges.get(e) && e != selectedEdge;
    }

    /** Whether a curve is drawn heavier than the rest. */
    boolean edgeStrong(int e) {
        return strongEdges.get(e) || e == selectedEdge;
    }

    boolean nodeSelected(int v) {
        return v == selectedNode;
    }

    boolean edgeSelected(int e) {
        return e == selectedEdge;
    }

    /** The selected card, or -1. */
    int selectedNode() {
        return selectedNode;
    }
}
