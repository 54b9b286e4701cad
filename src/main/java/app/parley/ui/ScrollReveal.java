package app.parley.ui;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Scrolls a scroll pane so that one of its descendants is in view, a little below the top. */
final class ScrollReveal {

    /** Room kept above the node revealed, in pixels. */
    private static final double ABOVE = 20;

    private ScrollReveal() {
    }

    /** Scrolls {@code pane} down or up so that {@code node}, inside its content, is in view; on the FX thread. */
    static void reveal(ScrollPane pane, Node node) {
        Objects.requireNonNull(pane, "pane");
        Objects.requireNonNull(node, "node");
        pane.layout();
        double contentHeight = pane.getContent().getLayoutBounds().getHeight();
        double viewportHeight = pane.getViewportBounds().getHeight();
        if (contentHeight <= viewportHeight) {
            return;
        }
        double top = pane.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds())).getMinY();
        pane.setVvalue(Math.max(0, Math.min(1, (top - ABOVE) / (contentHeight - viewportHeight))));
        pane.layout();
    }
}
