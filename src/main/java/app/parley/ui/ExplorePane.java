package app.parley.ui;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;

/**
 * The Explore side panel: Filters, Focus, Connect (paths between two actors) and Centrality, each in a section that
 * folds away.
 */
public final class ExplorePane extends ScrollPane {

    /** Style class of the panel. */
    public static final String STYLE_CLASS = "explore-pane";

    private final FilterSection filters;
    private final FocusSection focus;
    private final ConnectSection connect;
    private final CentralitySection centrality;
    private final TitledPane filtersPane;
    private final TitledPane focusPane;
    private final TitledPane connectPane;
    private final TitledPane centralityPane;

    /** The panel for {@code explore}, acting on {@code model}'s map. */
    public ExplorePane(ExploreViewModel explore, MainViewModel model) {
        getStyleClass().add(STYLE_CLASS);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        filters = new FilterSection(explore.filters(), explore.focus(), model.themeProperty().get());
        focus = new FocusSection(explore.focus(), model);
        connect = new ConnectSection(explore, model);
        centrality = new CentralitySection(explore.centrality());
        filtersPane = section("Filters", filters);
        focusPane = section("Focus", focus);
        connectPane = section("How are they connected?", connect);
        centralityPane = section("Who matters most?", centrality);
        VBox sections = new VBox(6, filtersPane, focusPane, connectPane, centralityPane);
        sections.getStyleClass().add("explore-sections");
        setContent(sections);
        setMinWidth(0);
    }

    private static TitledPane section(String title, Node content) {
        TitledPane pane = new TitledPane(title, content);
        pane.setExpanded(true);
        pane.getStyleClass().add(Styles.DENSE);
        pane.setMinWidth(0);
        return pane;
    }

    /** The filter check boxes. */
    FilterSection filters() {
        return filters;
    }

    /** The focus controls. */
    FocusSection focus() {
        return focus;
    }

    /** The path finder. */
    ConnectSection connect() {
        return connect;
    }

    /** The centrality ranking. */
    CentralitySection centrality() {
        return centrality;
    }

    /** Scrolls the panel so that {@code node}, one of its descendants, is in view. */
    void reveal(Node node) {
        ScrollReveal.reveal(this, node);
    }

    /** Stops listening to the view models. */
    public void dispose() {
        filters.dispose();
        focus.dispose();
        connect.dispose();
        centrality.dispose();
    }
}
