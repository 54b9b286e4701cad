package app.parley.ui;

import app.parley.graph.ActorGraph;
import app.parley.graph.Link;
import app.parley.model.Actor;
import app.parley.model.Role;
import app.parley.render.scene.Theme;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The card of one actor: name, kind, side, aliases, roles with their sources, and its links. */
final class ActorCardView extends VBox {

    /** Style class of the card. */
    static final String STYLE_CLASS = "actor-card";
    /** Style class of the name. */
    static final String NAME_CLASS = "actor-name";
    /** Style class of section headings. */
    static final String HEADING_CLASS = "card-heading";

    ActorCardView(Actor actor, ActorGraph graph, Theme theme, MainViewModel model, Runnable edit) {
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
        HBox top = new HBox(8, name, editButton);
        FlowPane chips = new FlowPane(8, 4, new Label(actor.kind().label()), SidePills.of(actor.side(), theme));
        getChildren().addAll(top, chips);
        if (!actor.aliases().isEmpty()) {
            getChildren().add(new Label("Also called: " + String.join(", ", actor.aliases())));
        }
        var roles = graph.index().rolesOf(actor.id());
        if (!roles.isEmpty()) {
            getChildren().add(heading("Roles"));
            roles.forEach(role -> getChildren().add(roleLine(role, graph, model)));
        }
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

    private static FlowPane roleLine(Role role, ActorGraph graph, MainViewModel model) {
        StringBuilder text = new StringBuilder(role.title());
        if (role.ofId() != null) {
            text.append(" — ").append(graph.index().nameOf(role.ofId()));
        }
        if (role.rank() != null) {
            text.append(" (").append(role.rank().label()).append(')');
        }
        Label label = new Label(text.toString());
        label.setWrapText(true);
        Hyperlink source = new Hyperlink("source");
        source.setOnAction(e -> model.showInArticle(role.evidence()));
        return new FlowPane(4, 0, label, source);
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
