package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.layout.Layouts;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.NameLabel;
import app.parley.render.scene.NodeShape;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Names on the map at the default fit of a laptop-sized window, in every layout. */
abstract class ReadableMapTest {

    WorkbenchFixture app;

    abstract double width();

    abstract double height();

    void open(Stage stage) {
        app = new WorkbenchFixture(stage, width(), height());
    }

    @Test
    void theTableCarriesEveryNameOnItsCardWithNoTwoCardsOverlapping() throws Exception {
        assertEveryCardNamedAndNoneOverlapping(Layouts.TABLE);
    }

    @Test
    void theCircleCarriesEveryNameOnItsCardWithNoTwoCardsOverlapping() throws Exception {
        assertEveryCardNamedAndNoneOverlapping(Layouts.CIRCLE);
    }

    @Test
    void theForceLayoutCarriesEveryNameOnItsCardWithNoTwoCardsOverlapping() throws Exception {
        assertEveryCardNamedAndNoneOverlapping(Layouts.FORCE);
    }

    @Test
    void theForceLayoutLeavesNoPartOfTheMapEmpty() throws Exception {
        assertEveryPartOfTheMapDrawnOn(Layouts.FORCE, 3, 3);
    }

    /** The window is the size of the screen it stands for, whatever size an earlier test left the stage at. */
    private void assertWindowSize() {
        assertThat(app.window.getScene().getWidth()).as("window width").isEqualTo(width());
        assertThat(app.window.getScene().getHeight()).as("window height").isEqualTo(height());
    }

    /** Applies a layout, waits for its cards to arrive and the view to fit them. */
    List<NameLabel> namesAtFit(Layouts layout) throws Exception {
        app.awaitIdle();
        assertWindowSize();
        if (app.model.layoutProperty().get() != layout) {
            long fitsBefore = app.model.fitRequestsProperty().get();
            WaitForAsyncUtils.asyncFx(() -> app.model.applyLayout(layout)).get();
            app.awaitIdle();
            // The cards glide to the new layout and the view fits them once they arrive: wait for that fit.
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.model.fitRequestsProperty().get() > fitsBefore
                    && app.window.graphView().isFitted() && !app.window.graphView().nameLabels().isEmpty());
        }
        WaitForAsyncUtils.asyncFx(() -> app.window.graphView().fitToWindow()).get();
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> app.window.graphView().nameLabels()).get();
    }

    /**
     * Every tab header of the centre and the side panel shows its whole title inside its tab pane, and the tool bar
     * holds all its controls without folding any into its overflow menu.
     */
    void assertTabsAndToolsFit() throws Exception {
        app.awaitIdle();
        assertWindowSize();
        WaitForAsyncUtils.asyncFx(() -> {
            for (TabPane tabs : List.of(app.window.centreTabs(), app.window.sideTabs())) {
                tabs.applyCss();
                tabs.layout();
                Node headers = tabs.getChildrenUnmodifiable().stream()
                        .filter(n -> n.getStyleClass().contains("tab-header-area")).findFirst().orElseThrow();
                Set<Node> labels = headers.lookupAll(".tab-label");
                assertThat(labels).hasSize(tabs.getTabs().size());
                double right = tabs.localToScene(tabs.getLayoutBounds()).getMaxX();
                Node tabsMenu = headers.lookup(".tab-down-button");
                assertThat(tabsMenu == null || !tabsMenu.isVisible()).as("no tab folded into the tabs menu").isTrue();
                for (Node node : labels) {
                    Label label = (Label) node;
                    Text shown = (Text) label.lookup(".text");
                    assertThat(shown.getText()).as("tab title shown whole").isEqualTo(label.getText());
                    assertThat(label.localToScene(label.getLayoutBounds()).getMaxX()).as(label.getText() + " inside")
                            .isLessThanOrEqualTo(right);
                }
            }
            Node overflow = app.window.lookup(".tool-bar-overflow-button");
            assertThat(overflow == null || !overflow.isVisible()).as("no tool folded into the overflow menu").isTrue();
            assertThat(app.window.findField().field().isVisible()).isTrue();
        }).get();
    }

    /** Folds the legend into the tool bar, as the window does on a screen less than 1000 px high. */
    void foldLegendAsOnASmallScreen() throws Exception {
        app.awaitIdle();
        WaitForAsyncUtils.asyncFx(() -> app.model.legendShownProperty().set(false)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * At the fit, every actor's name stands over its own card (no card is drawn as a bare marker) and no two cards as
     * drawn (each grown around its name) overlap; returns the map's zoom.
     */
    double assertEveryCardNamedAndNoneOverlapping(Layouts layout) throws Exception {
        foldLegendAsOnASmallScreen();
        List<NameLabel> names = namesAtFit(layout);
        app.parley.render.scene.Scene scene = app.model.sceneProperty().get();
        double zoom = WaitForAsyncUtils.asyncFx(() -> app.window.graphView().zoom()).get();
        long onCard = names.stream().filter(n -> n.onCard(scene.nodes().get(n.vertex()))).count();
        System.out.printf("%.0fx%.0f window, %s: zoom %.3f, map %.0fx%.0f, %d of %d names on their cards%n", width(),
                height(), layout.id(), zoom, app.window.graphView().getWidth(), app.window.graphView().getHeight(),
                onCard, names.size());
        assertThat(names).hasSize(scene.nodes().size());
        for (NameLabel name : names) {
            NodeShape node = scene.nodes().get(name.vertex());
            assertThat(name.onCard(node)).as("%s's name on its card", node.actorId()).isTrue();
        }
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                NodeShape a = scene.nodes().get(names.get(i).vertex());
                NodeShape b = scene.nodes().get(names.get(j).vertex());
                Bounds boxA = names.get(i).drawnBox(a);
                Bounds boxB = names.get(j).drawnBox(b);
                boolean overlap = boxA.x() < boxB.maxX() && boxB.x() < boxA.maxX() && boxA.y() < boxB.maxY()
                        && boxB.y() < boxA.maxY();
                assertThat(overlap).as("%s at %s / %s at %s", a.actorId(), boxA, b.actorId(), boxB).isFalse();
            }
        }
        return zoom;
    }

    /** At the fit, the drawing spans at least these shares of the map's width and height (it uses the space). */
    void assertFitFills(Layouts layout, double widthShare, double heightShare) throws Exception {
        foldLegendAsOnASmallScreen();
        namesAtFit(layout);
        app.parley.render.scene.Scene scene = app.model.sceneProperty().get();
        double zoom = WaitForAsyncUtils.asyncFx(() -> app.window.graphView().zoom()).get();
        double mapWidth = app.window.graphView().getWidth();
        double mapHeight = app.window.graphView().getHeight();
        double drawnWidth = scene.bounds().width() * zoom;
        double drawnHeight = scene.bounds().height() * zoom;
        System.out.printf("%.0fx%.0f window, %s: drawing %.0fx%.0f px on a %.0fx%.0f map%n", width(), height(),
                layout.id(), drawnWidth, drawnHeight, mapWidth, mapHeight);
        assertThat(drawnWidth / mapWidth).as("share of the map's width").isGreaterThanOrEqualTo(widthShare);
        assertThat(drawnHeight / mapHeight).as("share of the map's height").isGreaterThanOrEqualTo(heightShare);
    }

    /**
     * At the fit, the cards as drawn (grown around their names) reach into every cell of a grid of {@code columns} by
     * {@code rows} over the map: the drawing spreads over the whole map rather than leaving a part of it empty.
     */
    void assertEveryPartOfTheMapDrawnOn(Layouts layout, int columns, int rows) throws Exception {
        foldLegendAsOnASmallScreen();
        List<NameLabel> names = namesAtFit(layout);
        app.parley.render.scene.Scene scene = app.model.sceneProperty().get();
        Bounds map = WaitForAsyncUtils.asyncFx(() -> app.window.graphView().visibleWorld()).get();
        StringBuilder empty = new StringBuilder();
        for (int column = 0; column < columns; column++) {
            for (int row = 0; row < rows; row++) {
                Bounds cell = new Bounds(map.x() + map.width() * column / columns,
                        map.y() + map.height() * row / rows, map.width() / columns, map.height() / rows);
                boolean drawnOn = names.stream()
                        .anyMatch(n -> n.drawnBox(scene.nodes().get(n.vertex())).intersects(cell));
                if (!drawnOn) {
                    empty.append(" (").append(column + 1).append(", ").append(row + 1).append(')');
                }
            }
        }
        System.out.printf("%.0fx%.0f window, %s: empty cells of the map's %d x %d grid:%s%n", width(), height(),
                layout.id(), columns, rows, empty.length() == 0 ? " none" : empty);
        assertThat(empty.toString()).as("cells (column, row) of the map with nothing drawn").isEmpty();
    }

    /** How many names at least are set at 12 px: more than half. */
    int leastAtTwelvePx(Layouts layout) {
        return 37 / 2 + 1;
    }

    void assertReadable(Layouts layout) throws Exception {
        List<NameLabel> names = namesAtFit(layout);
        double least = names.stream().mapToDouble(NameLabel::px).min().orElse(0);
        long twelve = names.stream().filter(n -> n.px() >= 12).count();
        app.parley.render.scene.Scene scene = app.model.sceneProperty().get();
        long onCard = names.stream().filter(n -> n.box().contains(scene.nodes().get(n.vertex()).box().centerX(),
                scene.nodes().get(n.vertex()).box().centerY())).count();
        System.out.printf("%.0fx%.0f window, %s: map %.0fx%.0f, %d names, least %.1f px, %d at 12 px or more,"
                + " %d on their cards%n", width(), height(), layout.id(), app.window.graphView().getWidth(),
                app.window.graphView().getHeight(), names.size(), least, twelve, onCard);
        assertThat(names).hasSize(37);
        assertThat(least).isGreaterThanOrEqualTo(10);
        assertThat(twelve).isGreaterThanOrEqualTo(leastAtTwelvePx(layout));
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                Bounds a = names.get(i).box();
                Bounds b = names.get(j).box();
                boolean overlap = a.x() < b.maxX() && b.x() < a.maxX() && a.y() < b.maxY() && b.y() < a.maxY();
                assertThat(overlap).as(names.get(i).lines() + " / " + names.get(j).lines()).isFalse();
            }
        }
        List<Bounds> captions = WaitForAsyncUtils.asyncFx(() -> app.window.graphView().zoneCaptions()).get();
        if (layout == Layouts.TABLE) {
            assertThat(captions).as("the camps' captions are drawn").hasSizeGreaterThanOrEqualTo(3);
        }
        for (NameLabel name : names) {
            for (Bounds caption : captions) {
                boolean overlap = name.box().x() < caption.maxX() && caption.x() < name.box().maxX()
                        && name.box().y() < caption.maxY() && caption.y() < name.box().maxY();
                assertThat(overlap).as(name.lines() + " clear of the caption at " + caption).isFalse();
            }
        }
        Bounds visible = app.window.graphView().visibleWorld();
        assertThat(names).allSatisfy(n -> assertThat(visible.contains(n.box())).as("on screen: " + n.lines()).isTrue());
    }
}
