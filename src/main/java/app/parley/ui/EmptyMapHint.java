package app.parley.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * A note in the middle of a map that has no actors yet, saying how to start one; it lets the pointer through, so that
 * the map's own gestures (a right-click for New actor here…) still answer under it.
 */
final class EmptyMapHint extends Label {

    /** Style class of the note. */
    static final String STYLE_CLASS = "empty-map-hint";
    /** What the note says on a map with an article. */
    static final String TEXT = "No actors yet.\n"
            + "• In the Article tab, drag over a name and press A (Q: a quote, L: a link, R: a role).\n"
            + "• Or right-click the map: New actor here…\n"
            + "• Or File › Suggest from article…: the assistant proposes actors, quotes and links.";
    /** What the note says on a map without an article. */
    static final String WITHOUT_ARTICLE = "An empty map.\n"
            + "• File › Add article… brings in the news article to map; then drag over a name in the Article tab "
            + "and press A.\n"
            + "• Or right-click the map: New actor here…";

    private static final double WIDTH = 420;

    EmptyMapHint(MainViewModel model) {
        super(TEXT);
        getStyleClass().add(STYLE_CLASS);
        setWrapText(true);
        setMaxWidth(WIDTH);
        setMouseTransparent(true);
        StackPane.setAlignment(this, Pos.CENTER);
        model.mapProperty().addListener((o, was, now) -> show(now));
        show(model.mapProperty().get());
    }

    private void show(OpenMap map) {
        setVisible(map != null && map.dataset().actors().isEmpty());
        setText(map == null || !map.dataset().sources().isEmpty() ? TEXT : WITHOUT_ARTICLE);
    }
}
