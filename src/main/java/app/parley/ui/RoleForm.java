package app.parley.ui;

import app.parley.graph.ActorGraph;
import app.parley.model.Actor;
import app.parley.model.Rank;
import java.util.Arrays;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;

/**
 * The fields of a role: who holds it (type-ahead), the title as the article words it, what it belongs to (a state,
 * organization or delegation, optional) and its seniority (optional).
 */
final class RoleForm extends FormGrid {

    /** The rank choice that means the article does not say. */
    static final String NO_RANK = "not said";

    private final ActorPicker holder;
    private final TextField title = new TextField();
    private final ActorPicker of;
    private final ComboBox<String> rank = new ComboBox<>();

    RoleForm(ActorGraph graph, Actor initialHolder, String initialTitle, Actor initialOf, Rank initialRank) {
        holder = new ActorPicker(graph, initialHolder, "role-holder");
        title.setText(initialTitle == null ? "" : initialTitle);
        title.setId("role-title");
        title.setPromptText("as the article words it, e.g. Foreign Minister");
        of = new ActorPicker(graph, initialOf, "role-of");
        of.field().setPromptText("a state, organization or delegation (optional)");
        rank.getItems().add(NO_RANK);
        Arrays.stream(Rank.values()).map(Rank::label).forEach(rank.getItems()::add);
        rank.setValue(initialRank == null ? NO_RANK : initialRank.label());
        rank.setId("role-rank");
        rank.setMaxWidth(Double.MAX_VALUE);
        rank.setVisibleRowCount(10);
        row("Held by", holder.field());
        row("Title", title);
        row("Of", of.field());
        row("Rank", rank);
    }

    String holderId() {
        return holder.actorId();
    }

    String title() {
        return title.getText();
    }

    /** What the role belongs to, or {@code null} when the field is empty. */
    String ofId() {
        return of.actorId();
    }

    /** Why the fields cannot make a role yet (a name in Of that is no actor of the map), or {@code null}. */
    String problem() {
        String typed = of.field().getText();
        if (typed != null && !typed.isBlank() && of.actor() == null) {
            return "No actor is called “" + typed.strip() + "”; choose one from the list, or leave Of empty.";
        }
        return null;
    }

    /** The rank chosen, or {@code null} when the article does not say. */
    Rank rank() {
        return Arrays.stream(Rank.values()).filter(r -> r.label().equals(rank.getValue())).findFirst().orElse(null);
    }

    /** A role being edited starts in its title, what changes most often. */
    @Override
    javafx.scene.Node startField() {
        return title;
    }

    /** The title field. */
    TextField titleField() {
        return title;
    }

    /** The first field to fill in: the holder when none is chosen, else the title. */
    javafx.scene.Node firstEmpty() {
        return holder.actor() == null ? holder.field() : title;
    }
}
