package app.parley.ui;

import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.Side;
import java.util.Arrays;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;

/** The fields of an actor: name, kind, side and aliases (separated by commas). */
final class ActorForm extends FormGrid {

    private final TextField name = new TextField();
    private final ComboBox<ActorKind> kind;
    private final ComboBox<Side> side;
    private final TextField aliases = new TextField();

    /** A form for a new actor named {@code suggestedName}. */
    ActorForm(String suggestedName) {
        this(suggestedName, ActorKind.PERSON, Side.OTHER, List.of());
    }

    /** A form holding {@code actor}'s values. */
    ActorForm(Actor actor) {
        this(actor.name(), actor.kind(), actor.side(), actor.aliases());
    }

    private ActorForm(String initialName, ActorKind initialKind, Side initialSide, List<String> initialAliases) {
        name.setText(initialName);
        name.setId("actor-name");
        kind = Choices.of(ActorKind.class, initialKind, "actor-kind");
        side = Choices.of(Side.class, initialSide, "actor-side");
        aliases.setText(String.join(", ", initialAliases));
        aliases.setId("actor-aliases");
        aliases.setPromptText("other names, separated by commas");
        row("Name", name);
        row("Kind", kind);
        row("Side", side);
        row("Also called", aliases);
    }

    String name() {
        return name.getText();
    }

    ActorKind kind() {
        return kind.getValue();
    }

    Side side() {
        return side.getValue();
    }

    List<String> aliases() {
        return Arrays.stream(aliases.getText().split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList();
    }

    /** The name field, to focus first. */
    TextField nameField() {
        return name;
    }
}
