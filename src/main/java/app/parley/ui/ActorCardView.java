package app.parley.ui;

import app.parley.graph.ActorGraph;
import app.parley.graph.Link;
import app.parley.model.Actor;
import app.parley.model.Role;
import app.parley.render.scene.Theme;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The card of one actor: name, kind, side, aliases, roles with their sources, and its links. */
final class ActorCardView extends VBox {

    /** Style class of the card. */
    static final String STYLE_CLASS = "actor-card";
    /** Style class of the name. */
    static final String NAME_CLASS = "actor-name";
    /** Style class of section headings. */
    static final String HEADING_CLASS = "card-heading";

    /** Style class of a role's line of actions (show, edit, change words, delete). */
    static final String ROLE_ACTIONS_CLASS = "role-actions";

    ActorCardView(Actor actor, ActorGraph graph, Theme theme, MainViewModel model, Runnable edit,
                  Consumer<Role> editRole) {
        super(6);
        getStyleClass().add(STYLE_CLASS);
        Label name = new Label(actor.name());
        name.getStyleClass().add(NAME_CLASS);
        name.setWrapText(true);
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        Button editButton = new Button("Edit");
        editButton.setId("edit-card");
        editButton.setOnAction(e -> edit.run());
        editButton.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(8, name, editButton);
        FlowPane chips = new FlowPane(8, 4, new Label(actor.kind().label()), SidePills.of(actor.side(), theme));
        getChildren().addAll(top, chips);
        if (!actor.aliases().isEmpty()) {
            Label aliases = new Label("Also called: " + String.join(", ", actor.aliases()));
            aliases.setWrapText(true);
            getChildren().add(aliases);
        }
        var roles = graph.index().rolesOf(actor.id());
        Hyperlink addRole = new Hyperlink("Add role…");
        addRole.setId("add-role");
        addRole.setTooltip(new Tooltip("Select the words of the article that state the role, then say what it is"));
        addRole.setOnAction(e -> RoleEditing.addByPointing(actor, model, () -> getScene().getWindow()));
        HBox rolesHeading = new HBox(8, heading(roles.isEmpty() ? "Roles: none yet" : "Roles"), addRole);
        rolesHeading.setAlignment(Pos.BASELINE_LEFT);
        getChildren().add(rolesHeading);
        roles.forEach(role -> getChildren().addAll(roleLine(role, graph), roleActions(role, model, editRole)));
        var links = graph.graph().edgesOf(actor);
        if (!links.isEmpty()) {
            getChildren().add(heading("Links (" + links.size() + ")"));
            graph.links().stream().filter(links::contains)
                    .forEach(link -> getChildren().add(linkLine(actor, link, graph, model)));
        }
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add(HEADING_CLASS);
        return heading;
    }

    private static Label roleLine(Role role, ActorGraph graph) {
        StringBuilder text = new StringBuilder(role.title());
        if (role.ofId() != null) {
            text.append(" — ").append(graph.index().nameOf(role.ofId()));
        }
        if (role.rank() != null) {
            text.append(" (").append(role.rank().label()).append(')');
        }
        Label label = new Label(text.toString());
        label.setWrapText(true);
        return label;
    }

    private FlowPane roleActions(Role role, MainViewModel model, Consumer<Role> editRole) {
        Hyperlink source = new Hyperlink("Show in article");
        source.setOnAction(e -> model.showInArticle(role.evidence()));
        Hyperlink edit = new Hyperlink("Edit");
        edit.setId("edit-role");
        edit.setOnAction(e -> editRole.accept(role));
        Hyperlink words = new Hyperlink("Change words…");
        words.setId("change-role-words");
        words.setOnAction(e -> Repointing.role(role, model));
        Hyperlink delete = new Hyperlink("Delete");
        delete.setId("delete-role");
        delete.setOnAction(e -> RoleEditing.delete(role, model, getScene().getWindow()));
        FlowPane actions = new FlowPane(8, 0, source, edit, words, delete);
        actions.getStyleClass().add(ROLE_ACTIONS_CLASS);
        return actions;
    }

    private static Hyperlink linkLine(Actor actor, Link link, ActorGraph graph, MainViewModel model) {
        boolean outgoing = link.fromId().equals(actor.id());
        String other = graph.index().nameOf(outgoing ? link.toId() : link.fromId());
        String phrase = (outgoing ? link.label() : link.inverseLabel()) + " " + other;
        Hyperlink line = new Hyperlink(phrase);
        line.setWrapText(true);
        line.setOnAction(e -> model.selectLink(link.id()));
        return line;
    }
}
