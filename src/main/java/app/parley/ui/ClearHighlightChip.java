package app.parley.ui;

import app.parley.graph.ActorPath;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/**
 * A chip over the map's top left corner, shown while a path or a chain of authority found on another tab is
 * highlighted on the map; clicking it (or Esc) ends the highlight.
 */
public final class ClearHighlightChip extends Button {

    /** Style class of the chip. */
    public static final String STYLE_CLASS = "clear-highlight-chip";

    private final RouteViewModel routes;
    private final InvalidationListener shownChanged = o -> update();

    /** A chip for the routes of {@code explore}. */
    public ClearHighlightChip(ExploreViewModel explore) {
        this.routes = explore.routes();
        getStyleClass().add(STYLE_CLASS);
        setTooltip(new Tooltip("End the highlight and show the whole map again (Esc)"));
        setOnAction(e -> routes.show(null));
        StackPane.setAlignment(this, Pos.TOP_LEFT);
        routes.shownProperty().addListener(shownChanged);
        update();
    }

    /** Stops following the routes. */
    public void dispose() {
        routes.shownProperty().removeListener(shownChanged);
    }

    private void update() {
        ActorPath shown = routes.shownProperty().get();
        setVisible(shown != null);
        setManaged(shown != null);
        setText(shown == null ? "" : "✕  Clear highlight: " + shown.from().name() + " → " + shown.to().name());
    }
}
