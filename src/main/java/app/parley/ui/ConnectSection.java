package app.parley.ui;

import app.parley.graph.ActorGraph;
import app.parley.graph.ActorPath;
import app.parley.model.Actor;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * How are two actors connected: two actor pickers, the shortest paths between them (and the next shortest), and the
 * steps of the chosen path with the sentences they rest on; the chosen path is highlighted on the graph.
 */
final class ConnectSection extends VBox {

    /** Style class of the section. */
    static final String STYLE_CLASS = "connect-section";
    /** Style class of one path choice. */
    static final String PATH_CLASS = "path-choice";

    private final RouteViewModel routes;
    private final ExploreViewModel explore;
    private final MainViewModel model;
    private final ActorField fromField;
    private final ActorField toField;
    private final VBox pathChoices = new VBox(4);
    private final VBox steps = new VBox();
    private final ToggleGroup choice = new ToggleGroup();
    private final InvalidationListener endsChanged = o -> showEnds();
    private final ListChangeListener<ActorPath> pathsChanged = c -> showPaths();
    private final InvalidationListener shownChanged = o -> showSteps();

    ConnectSection(ExploreViewModel explore, MainViewModel model) {
        super(8);
        this.explore = explore;
        this.routes = explore.routes();
        this.model = model;
        getStyleClass().add(STYLE_CLASS);
        fromField = picker("From", routes::setFrom);
        toField = picker("To", actor -> {
            routes.setTo(actor);
            if (actor != null && routes.fromProperty().get() != null) {
                routes.findPaths();
            }
        });
        GridPane ends = new GridPane();
        ends.setHgap(6);
        ends.setVgap(6);
        ends.addRow(0, fieldName("From"), fromField, useSelected(routes::setFrom));
        ends.addRow(1, fieldName("To"), toField, useSelected(routes::setTo));
        GridPane.setHgrow(fromField, Priority.ALWAYS);
        GridPane.setHgrow(toField, Priority.ALWAYS);
        Button find = new Button("Find path");
        find.setTooltip(new Tooltip("The shortest connections between the two, links read either way"));
        find.setOnAction(e -> routes.findPaths());
        find.disableProperty().bind(routes.fromProperty().isNull().or(routes.toProperty().isNull()));
        Button swap = new Button("Swap");
        swap.setTooltip(new Tooltip("Exchange From and To"));
        swap.setOnAction(e -> routes.swap());
        Button clear = new Button("Clear");
        clear.setTooltip(new Tooltip("Forget the paths and end the highlight"));
        clear.setOnAction(e -> routes.clear());
        HBox buttons = new HBox(8, find, swap, clear);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.textProperty().bind(routes.pathMessageProperty());
        message.setWrapText(true);
        message.getStyleClass().add(QuoteCell.MUTED_CLASS);
        getChildren().addAll(ends, buttons, message, pathChoices, steps);
        routes.fromProperty().addListener(endsChanged);
        routes.toProperty().addListener(endsChanged);
        routes.paths().addListener(pathsChanged);
        routes.shownProperty().addListener(shownChanged);
        showEnds();
        showPaths();
    }

    /** The From picker. */
    ActorField fromField() {
        return fromField;
    }

    /** The To picker. */
    ActorField toField() {
        return toField;
    }

    void dispose() {
        routes.fromProperty().removeListener(endsChanged);
        routes.toProperty().removeListener(endsChanged);
        routes.paths().removeListener(pathsChanged);
        routes.shownProperty().removeListener(shownChanged);
    }

    private ActorField picker(String name, Consumer<Actor> set) {
        ActorField field = new ActorField(text -> explore.find().suggestions(text));
        field.setPromptText(name + ": type a name");
        field.setOnChosen(set);
        field.setOnUnknown(text -> set.accept(null));
        return field;
    }

    /** A field's name, never cut short: the field beside it gives way instead. */
    private static Label fieldName(String name) {
        Label label = new Label(name);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private Button useSelected(Consumer<Actor> set) {
        Button button = new Button("Selected");
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setTooltip(new Tooltip("Use the actor selected on the map"));
        button.setOnAction(e -> {
            if (model.selectionProperty().get() instanceof Selection.OfActor of) {
                set.accept(of.actor());
            }
        });
        return button;
    }

    private void showEnds() {
        if (!fromField.isFocused()) {
            fromField.show(routes.fromProperty().get());
        }
        if (!toField.isFocused()) {
            toField.show(routes.toProperty().get());
        }
    }

    private void showPaths() {
        pathChoices.getChildren().clear();
        List<ActorPath> paths = routes.paths();
        for (int i = 0; i < paths.size(); i++) {
            ActorPath path = paths.get(i);
            RadioButton button = new RadioButton("Path " + (i + 1) + " · " + path.length()
                    + (path.length() == 1 ? " step: " : " steps: ")
                    + path.actors().stream().map(Actor::name).collect(Collectors.joining(" → ")));
            button.setWrapText(true);
            button.getStyleClass().add(PATH_CLASS);
            button.setToggleGroup(choice);
            button.setUserData(path);
            button.setOnAction(e -> routes.show(path));
            pathChoices.getChildren().add(button);
        }
        showSteps();
    }

    private void showSteps() {
        ActorPath shown = routes.shownProperty().get();
        pathChoices.getChildren().forEach(node -> ((RadioButton) node).setSelected(node.getUserData() == shown));
        steps.getChildren().clear();
        ActorGraph graph = explore.graph();
        if (shown != null && graph != null && routes.paths().contains(shown)) {
            steps.getChildren().add(new RouteStepsView(shown, graph, model));
        }
    }
}
