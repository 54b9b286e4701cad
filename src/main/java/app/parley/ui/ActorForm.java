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
    private final SideChoice side;
    private final TextField aliases = new TextField();

    /** A form for a new actor named {@code suggestedName} in a map whose own sides are {@code mapSides}. */
    ActorForm(String suggestedName, List<Side> mapSides) {
        this(suggestedName, ActorKind.PERSON, Side.OTHER, List.of(), mapSides);
    }

    /** A form holding {@code actor}'s values, in a map whose own sides are {@code mapSides}. */
    ActorForm(Actor actor, List<Side> mapSides) {
        this(actor.name(), actor.kind(), actor.side(), actor.aliases(), mapSides);
    }

    private ActorForm(String initialName, ActorKind initialKind, Side initialSide, List<String> initialAliases,
                      List<Side> mapSides) {
        name.setText(initialName);
        name.setId("actor-name");
        kind = Choices.of(ActorKind.class, initialKind, "actor-kind");
        side = new SideChoice(initialSide, mapSides, "actor-side");
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

    /** The side picked, or named with New side…. */
    Side side() {
        return side.side();
    }

    List<String> aliases() {
        return Arrays.stream(aliases.getText().split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList();
    }

    /** The name field, to focus first. */
    TextField nameField() {
        return name;
    }
}
