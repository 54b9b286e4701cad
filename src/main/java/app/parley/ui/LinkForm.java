package app.parley.ui;

import app.parley.graph.ActorGraph;
import app.parley.model.Actor;
import app.parley.model.RelationType;
import javafx.scene.control.ComboBox;

/** The fields of a link: from whom, what type (the model's vocabulary), to whom. */
final class LinkForm extends FormGrid {

    private final ActorPicker from;
    private final ComboBox<RelationType> type;
    private final ActorPicker to;

    LinkForm(ActorGraph graph, Actor initialFrom, RelationType initialType, Actor initialTo) {
        from = new ActorPicker(graph, initialFrom, "link-from");
        type = Choices.of(RelationType.class, initialType, "link-type");
        type.setPromptText("choose the type of link");
        to = new ActorPicker(graph, initialTo, "link-to");
        row("From", from.field());
        row("Link", type);
        row("To", to.field());
    }

    String fromId() {
        return from.actorId();
    }

    RelationType type() {
        return type.getValue();
    }

    String toId() {
        return to.actorId();
    }

    /** The first field to fill in. */
    javafx.scene.Node firstEmpty() {
        return from.actor() == null ? from.field() : type.getValue() == null ? type : to.field();
    }
}
