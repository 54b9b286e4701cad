package app.parley.render.scene;

import java.util.Set;

/**
 * What the viewer is pointing at and asking for, applied when painting: selection, hover, highlighted paths or
 * neighbourhoods, and elements hidden by filters.
 *
 * @param selectedActor     the selected actor's id, or {@code null}
 * @param selectedLink      the selected link's id, or {@code null}
 * @param hoveredActor      the actor under the pointer, or {@code null}
 * @param highlightedActors actors to stand out (a path, a focus, a story step); empty for none
 * @param highlightedLinks  links to stand out; empty for none
 * @param hiddenActors      actors not drawn
 * @param hiddenLinks       links not drawn
 * @param edgeLabels        whether edge labels are drawn
 */
public record ViewState(String selectedActor, String selectedLink, String hoveredActor, Set<String> highlightedActors,
                        Set<String> highlightedLinks, Set<String> hiddenActors, Set<String> hiddenLinks,
                        boolean edgeLabels) {

    /** Nothing selected, hovered, highlighted or hidden; labels on. */
    public static final ViewState NONE = new ViewState(null, null, null, Set.of(), Set.of(), Set.of(), Set.of(), true);

    /** Freezes the sets. */
    public ViewState {
        highlightedActors = Set.copyOf(highlightedActors);
        highlightedLinks = Set.copyOf(highlightedLinks);
        hiddenActors = Set.copyOf(hiddenActors);
        hiddenLinks = Set.copyOf(hiddenLinks);
    }

    /** The same state with another actor selected (and no link). */
    public ViewState withSelectedActor(String actorId) {
        return new ViewState(actorId, null, hoveredActor, highlightedActors, highlightedLinks, hiddenActors, hiddenLinks,
                edgeLabels);
    }

    /** The same state with a link selected (and no actor). */
    public ViewState withSelectedLink(String linkId) {
        return new ViewState(null, linkId, hoveredActor, highlightedActors, highlightedLinks, hiddenActors, hiddenLinks,
                edgeLabels);
    }

    /** The same state with another actor under the pointer. */
    public ViewState withHoveredActor(String actorId) {
        return new ViewState(selectedActor, selectedLink, actorId, highlightedActors, highlightedLinks, hiddenActors,
                hiddenLinks, edgeLabels);
    }

    /** The same state with other elements highlighted. */
    public ViewState withHighlight(Set<String> actors, Set<String> links) {
        return new ViewState(selectedActor, selectedLink, hoveredActor, actors, links, hiddenActors, hiddenLinks,
                edgeLabels);
    }

    /** The same state with other elements hidden. */
    public ViewState withHidden(Set<String> actors, Set<String> links) {
        return new ViewState(selectedActor, selectedLink, hoveredActor, highlightedActors, highlightedLinks, actors,
                links, edgeLabels);
    }

    /** The same state with edge labels on or off. */
    public ViewState withEdgeLabels(boolean shown) {
        return new ViewState(selectedActor, selectedLink, hoveredActor, highlightedActors, highlightedLinks, hiddenActors,
                hiddenLinks, shown);
    }

    /** Whether some elements are highlighted. */
    public boolean hasHighlight() {
        return !highlightedActors.isEmpty() || !highlightedLinks.isEmpty();
    }
}
