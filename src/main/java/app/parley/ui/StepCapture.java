package app.parley.ui;

import app.parley.graph.ActorGraph;
import app.parley.graph.Link;
import app.parley.model.Quote;
import app.parley.model.Story;
import app.parley.model.StoryStep;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.NodeShape;
import app.parley.render.scene.Scene;
import app.parley.render.scene.ViewState;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns what the window shows into a story step appended to a story: the actors in view (not hidden) are framed, and
 * those earlier steps have not revealed yet are revealed with the links among what is then shown; the highlight and
 * the selection become the step's highlight; a chosen quote is shown large.
 */
final class StepCapture {

    private StepCapture() {
    }

    /**
     * The step.
     *
     * @param id      the new step's id
     * @param caption its caption
     * @param graph   the actors and links
     * @param scene   where the cards are
     * @param state   highlight, hidden elements and selection
     * @param view    the world rectangle the window shows
     * @param story   the steps before it
     * @param quote   a quote to show large, or {@code null}
     */
    static StoryStep capture(String id, String caption, ActorGraph graph, Scene scene, ViewState state, Bounds view,
                             Story story, Quote quote) {
        List<String> inView = new ArrayList<>();
        for (NodeShape node : scene.nodes()) {
            if (node.box().intersects(view) && !state.hiddenActors().contains(node.actorId())) {
                inView.add(node.actorId());
            }
        }
        Set<String> shownBefore = story.isEmpty() ? Set.of() : story.actorsShownAt(story.size() - 1);
        Set<String> linksBefore = story.isEmpty() ? Set.of() : story.linksRevealedAt(story.size() - 1);
        List<String> reveal = inView.stream().filter(a -> !shownBefore.contains(a)).toList();
        Set<String> shown = new LinkedHashSet<>(shownBefore);
        shown.addAll(inView);
        List<String> revealLinks = new ArrayList<>();
        for (Link link : graph.links()) {
            if (shown.contains(link.fromId()) && shown.contains(link.toId()) && !linksBefore.contains(link.id())
                    && !state.hiddenLinks().contains(link.id())) {
                revealLinks.add(link.id());
            }
        }
        Set<String> highlight = new LinkedHashSet<>(state.highlightedActors());
        if (state.selectedActor() != null) {
            highlight.add(state.selectedActor());
        }
        Set<String> highlightLinks = new LinkedHashSet<>(state.highlightedLinks());
        if (state.selectedLink() != null) {
            highlightLinks.add(state.selectedLink());
        }
        return new StoryStep(id, caption, reveal, revealLinks, List.copyOf(highlight), List.copyOf(highlightLinks),
                quote == null ? List.of() : List.of(quote.id()), inView);
    }
}
