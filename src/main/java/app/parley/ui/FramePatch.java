package app.parley.ui;

import app.parley.render.scene.Bounds;
import app.parley.render.scene.EdgeShape;
import app.parley.render.scene.NodeShape;
import app.parley.render.scene.Scene;
import app.parley.render.scene.Theme;
import app.parley.render.scene.ViewState;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides, frame by frame, whether the graph view may paint only where the picture changed: when the scene was edited
 * from the one on the canvas (it knows where it changed) and everything else (view, size, theme, overlays, hover,
 * highlight, filters) is as in the last frame, which was still. A change of selection adds the cards or links it
 * rings. Anything else is painted in full.
 */
final class FramePatch {

    private Scene scene;
    private ViewState state;
    private Theme theme;
    private Bounds window;
    private double width;
    private double height;
    private List<Object> overlays;
    private boolean still;

    /**
     * The world rectangle to paint again for this frame, or empty when it must be painted in full; the frame is
     * remembered as the canvas's.
     *
     * @param overlays what the overlays show (equal lists: the same overlays); {@code null} when they show something
     *                 that may change with the map (a band, a link being drawn), so that only full frames are painted
     */
    Optional<Bounds> next(Scene newScene, ViewState newState, Theme newTheme, Bounds newWindow, double newWidth,
                          double newHeight, List<Object> overlays, boolean moving) {
        Optional<Bounds> patch = Optional.empty();
        if (!moving && still && scene != null && overlays != null && overlays.equals(this.overlays)
                && newTheme == theme && newWindow.equals(window) && newWidth == width && newHeight == height
                && newState.withSelectedActor(null).equals(state.withSelectedActor(null))) {
            patch = newScene.damageSince(scene).map(changed -> withSelection(changed, newScene, newState, newWindow,
                    newWidth));
        }
        scene = newScene;
        state = newState;
        theme = newTheme;
        window = newWindow;
        width = newWidth;
        height = newHeight;
        this.overlays = overlays;
        still = !moving;
        return patch;
    }

    /** Forgets the last frame, so that the next one is painted in full. */
    void forget() {
        scene = null;
    }

    /** {@code changed} with the rings of the selection before and after, when it changed. */
    private Bounds withSelection(Bounds changed, Scene newScene, ViewState newState, Bounds newWindow,
                                 double newWidth) {
        if (Objects.equals(state.selectedActor(), newState.selectedActor())
                && Objects.equals(state.selectedLink(), newState.selectedLink())) {
            return changed;
        }
        double scale = newWindow.width() > 0 ? newWidth / newWindow.width() : 1;
        double ring = 10 / Math.max(scale, 0.2);
        Bounds all = changed;
        for (Scene shown : List.of(scene, newScene)) {
            ViewState styled = shown == scene ? state : newState;
            for (NodeShape node : shown.nodes()) {
                if (node.actorId().equals(styled.selectedActor())) {
                    all = all.union(node.box().inflate(ring));
                }
            }
            if (styled.selectedLink() != null) {
                for (EdgeShape edge : shown.edges()) {
                    if (edge.linkId().equals(styled.selectedLink())) {
                        all = all.union(edge.bounds());
                    }
                }
            }
        }
        return all;
    }
}
