package app.parley.ui;

import app.parley.graph.LinkFilter;
import app.parley.graph.RoleLink;
import app.parley.model.ActorKind;
import app.parley.model.RelationType;
import app.parley.model.Side;
import app.parley.render.fx.FxSurface;
import app.parley.render.scene.Theme;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * Check boxes that show or hide links by type and actors by kind and side, each with how many the map holds, and a
 * Reset that also ends a focus. Hidden elements are only left out of the picture; nothing moves.
 */
final class FilterSection extends VBox {

    /** Style class of the section. */
    static final String STYLE_CLASS = "filter-section";

    private final FilterViewModel filters;
    private final Theme theme;
    private final Map<String, CheckBox> categoryBoxes = new LinkedHashMap<>();
    private final Map<ActorKind, CheckBox> kindBoxes = new LinkedHashMap<>();
    private final Map<Side, CheckBox> sideBoxes = new LinkedHashMap<>();
    private final VBox groups = new VBox(6);
    private final InvalidationListener countsChanged = o -> rebuild();
    private final InvalidationListener filterChanged = o -> markShown();

    FilterSection(FilterViewModel filters, FocusViewModel focus, Theme theme) {
        super(8);
        this.filters = filters;
        this.theme = theme;
        getStyleClass().add(STYLE_CLASS);
        Label summary = new Label();
        summary.textProperty().bind(filters.summaryProperty());
        summary.setWrapText(true);
        Button reset = new Button("Reset");
        reset.setTooltip(new Tooltip("Show every link and actor again, and end any focus"));
        reset.setOnAction(e -> {
            filters.reset();
            focus.clear();
        });
        reset.setMinWidth(Region.USE_PREF_SIZE);
        reset.disableProperty().bind(Bindings.createBooleanBinding(
                () -> filters.filterProperty().get().showsEverything() && focus.neighbourhoodProperty().get() == null,
                filters.filterProperty(), focus.neighbourhoodProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, summary, spacer, reset);
        getChildren().addAll(bar, groups);
        filters.countsProperty().addListener(countsChanged);
        filters.filterProperty().addListener(filterChanged);
        rebuild();
    }

    /** The check box of a link category ("role" or a relation type id), if the map has such links. */
    CheckBox categoryBox(String category) {
        return categoryBoxes.get(category);
    }

    void dispose() {
        filters.countsProperty().removeListener(countsChanged);
        filters.filterProperty().removeListener(filterChanged);
    }

    private void rebuild() {
        categoryBoxes.clear();
        kindBoxes.clear();
        sideBoxes.clear();
        groups.getChildren().clear();
        LinkFilter.Counts counts = filters.countsProperty().get();
        if (counts == null) {
            groups.getChildren().add(new Label("Open a map to filter it."));
            return;
        }
        FlowPane links = grid();
        for (Map.Entry<String, Integer> entry : counts.categories().entrySet()) {
            if (entry.getValue() == 0) {
                continue;
            }
            String category = entry.getKey();
            CheckBox box = new CheckBox(categoryLabel(category) + " (" + entry.getValue() + ")");
            box.setOnAction(e -> filters.setCategoryShown(category, box.isSelected()));
            box.setTooltip(new Tooltip("Show or hide the links of this type"));
            categoryBoxes.put(category, box);
            links.getChildren().add(box);
        }
        FlowPane kinds = grid();
        for (Map.Entry<ActorKind, Integer> entry : counts.kinds().entrySet()) {
            if (entry.getValue() == 0) {
                continue;
            }
            ActorKind kind = entry.getKey();
            CheckBox box = new CheckBox(kind.label() + " (" + entry.getValue() + ")");
            box.setOnAction(e -> filters.setKindShown(kind, box.isSelected()));
            kindBoxes.put(kind, box);
            kinds.getChildren().add(box);
        }
        FlowPane sides = grid();
        for (Map.Entry<Side, Integer> entry : counts.sides().entrySet()) {
            if (entry.getValue() == 0) {
                continue;
            }
            Side side = entry.getKey();
            CheckBox box = new CheckBox(side.label() + " (" + entry.getValue() + ")");
            box.setGraphic(new Circle(5, FxSurface.color(theme.side(side))));
            box.setOnAction(e -> filters.setSideShown(side, box.isSelected()));
            sideBoxes.put(side, box);
            sides.getChildren().add(box);
        }
        groups.getChildren().addAll(heading("Links"), links, heading("Actors by kind"), kinds,
                heading("Actors by side"), sides);
        markShown();
    }

    private void markShown() {
        LinkFilter filter = filters.filterProperty().get();
        categoryBoxes.forEach((category, box) -> box.setSelected(filter.showsCategory(category)));
        kindBoxes.forEach((kind, box) -> box.setSelected(filter.showsKind(kind)));
        sideBoxes.forEach((side, box) -> box.setSelected(filter.showsSide(side)));
    }

    private static FlowPane grid() {
        return new FlowPane(14, 5);
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add(ActorCardView.HEADING_CLASS);
        return heading;
    }

    /** How a category reads: a relation type's label, or "holds a position in" for roles. */
    static String categoryLabel(String category) {
        if (RoleLink.CATEGORY.equals(category)) {
            return "position in";
        }
        return Arrays.stream(RelationType.values()).filter(t -> t.id().equals(category)).findFirst()
                .map(RelationType::label).orElse(category);
    }
}
