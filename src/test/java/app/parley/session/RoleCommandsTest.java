package app.parley.session;

import static app.parley.session.IstanbulMap.ISTANBUL;
import static app.parley.session.IstanbulMap.spanOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parley.model.Dataset;
import app.parley.model.Rank;
import app.parley.model.Role;
import app.parley.model.Span;
import org.junit.jupiter.api.Test;

/** Adding, editing and deleting a role, each one undoable edit named for Edit › Undo. */
class RoleCommandsTest {

    private final MapSession session = IstanbulMap.session();

    @Test
    void addingARoleAppendsItWithAnIdFromHolderAndTitle() throws EditRefused {
        Span words = spanOf("Hakan Fidan");

        Edit edit = session.execute(new AddRole("fidan", " Chief negotiator ", "turkey", Rank.SENIOR_OFFICIAL, words));

        assertThat(edit.created()).contains("fidan-chief-negotiator");
        assertThat(session.dataset().roles()).hasSize(ISTANBUL.roles().size() + 1)
                .last().isEqualTo(new Role("fidan-chief-negotiator", "fidan", "Chief negotiator", "turkey",
                        Rank.SENIOR_OFFICIAL, words));
        assertThat(session.undoLabel()).contains("Add role Hakan Fidan as Chief negotiator of Turkey");
        Dataset after = session.dataset();
        session.undo();
        assertThat(session.dataset()).isEqualTo(ISTANBUL);
        session.redo();
        assertThat(session.dataset()).isEqualTo(after);
    }

    @Test
    void editingARoleKeepsItsIdAndPlace() throws EditRefused {
        Role before = ISTANBUL.roles().get(0);

        session.execute(new EditRole(before.id(), before.holderId(), "Minister of Foreign Affairs", "turkey", null,
                before.evidence()));

        assertThat(session.dataset().roles().get(0)).isEqualTo(new Role(before.id(), before.holderId(),
                "Minister of Foreign Affairs", "turkey", null, before.evidence()));
        assertThat(session.undoLabel()).contains("Edit role Foreign Minister");
        session.undo();
        assertThat(session.dataset()).isEqualTo(ISTANBUL);
    }

    @Test
    void deletingARoleIsUndoneToTheSamePlace() throws EditRefused {
        Role before = ISTANBUL.roles().get(1);

        session.execute(new DeleteRole(before.id()));

        assertThat(session.dataset().roles()).doesNotContain(before).hasSize(ISTANBUL.roles().size() - 1);
        assertThat(session.undoLabel()).hasValueSatisfying(l -> assertThat(l).startsWith("Delete role ")
                .contains(" as " + before.title()));
        session.undo();
        assertThat(session.dataset()).isEqualTo(ISTANBUL);
    }

    @Test
    void aRoleTheStoryDrawsAsALinkKeepsWhatItBelongsTo() {
        Role before = ISTANBUL.roles().get(0);

        assertThatThrownBy(() -> session.execute(new EditRole(before.id(), before.holderId(), before.title(), null,
                before.rank(), before.evidence()))).isInstanceOf(EditRefused.class)
                .hasMessage("The story shows this role as a link to what it belongs to: keep Of, or take the role out "
                        + "of the story first.");
        assertThat(session.dataset()).isEqualTo(ISTANBUL);
    }

    @Test
    void aRoleWithoutTitleIsRefused() {
        assertThatThrownBy(() -> session.execute(new AddRole("fidan", "  ", null, null, spanOf("Hakan Fidan"))))
                .isInstanceOf(EditRefused.class).hasMessage("A title must not be empty.");
        assertThat(session.dataset()).isEqualTo(ISTANBUL);
    }
}
