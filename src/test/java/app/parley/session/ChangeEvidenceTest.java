package app.parley.session;

import static app.parley.session.IstanbulMap.ISTANBUL;
import static app.parley.session.IstanbulMap.SOURCE;
import static app.parley.session.IstanbulMap.assertValid;
import static app.parley.session.IstanbulMap.spanOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parley.model.Dataset;
import app.parley.model.Quote;
import app.parley.model.Relation;
import app.parley.model.Role;
import app.parley.model.Span;
import org.junit.jupiter.api.Test;

/** Re-pointing a link, a role or a quote at other words of the article, one undoable edit each. */
class ChangeEvidenceTest {

    private final MapSession session = IstanbulMap.session();

    @Test
    void aLinksEvidenceIsReplacedAndUndoRedoAreExact() throws EditRefused {
        Relation before = ISTANBUL.relations().get(0);
        Span words = spanOf("Hakan Fidan");

        session.execute(new ChangeEvidence(ChangeEvidence.Target.LINK, before.id(), words));
        Dataset after = session.dataset();

        assertThat(after.relations().get(0)).isEqualTo(new Relation(before.id(), before.fromId(), before.type(),
                before.toId(), words));
        assertThat(after.relations().subList(1, after.relations().size()))
                .isEqualTo(ISTANBUL.relations().subList(1, ISTANBUL.relations().size()));
        assertThat(session.undoLabel()).contains("Change evidence of link Russia at war with Ukraine");
        assertValid(after);

        session.undo();
        assertThat(session.dataset()).isEqualTo(ISTANBUL);
        session.redo();
        assertThat(session.dataset()).isEqualTo(after);
    }

    @Test
    void aRolesEvidenceIsReplacedAndItsTitleHolderAndRankStay() throws EditRefused {
        Role before = ISTANBUL.roles().get(0);
        Span words = spanOf("Hakan Fidan");

        session.execute(new ChangeEvidence(ChangeEvidence.Target.ROLE, before.id(), words));

        assertThat(session.dataset().roles().get(0)).isEqualTo(new Role("fidan-foreign-minister", "fidan",
                "Foreign Minister", "turkey", before.rank(), words));
        assertThat(session.undoLabel()).contains("Change evidence of role Foreign Minister of Hakan Fidan");
        session.undo();
        assertThat(session.dataset()).isEqualTo(ISTANBUL);
    }

    @Test
    void aQuotesTextFollowsItsNewWords() throws EditRefused {
        Quote before = ISTANBUL.quotes().get(0);
        Span words = new Span(SOURCE, before.span().start(), before.span().end() + 5);
        String text = ISTANBUL.sources().get(0).text().substring(words.start(), words.end());

        session.execute(new ChangeEvidence(ChangeEvidence.Target.QUOTE, before.id(), words));

        Quote now = session.dataset().quotes().get(0);
        assertThat(now.span()).isEqualTo(words);
        assertThat(now.text()).isEqualTo(text).startsWith("unconditional ceasefire");
        assertThat(now.speakerId()).isEqualTo(before.speakerId());
        assertThat(session.undoLabel()).hasValueSatisfying(l -> assertThat(l).startsWith("Change words of quote by"));
        assertValid(session.dataset());
        session.undo();
        assertThat(session.dataset()).isEqualTo(ISTANBUL);
    }

    @Test
    void wordsOutsideTheArticleOrBlankAreRefusedAndNothingChanges() {
        String id = ISTANBUL.relations().get(0).id();
        int length = ISTANBUL.sources().get(0).text().length();

        assertThatThrownBy(() -> session.execute(new ChangeEvidence(ChangeEvidence.Target.LINK, id,
                new Span(SOURCE, length - 3, length + 2)))).isInstanceOf(EditRefused.class)
                .hasMessageContaining("past the end of the article");
        assertThatThrownBy(() -> session.execute(new ChangeEvidence(ChangeEvidence.Target.LINK, id,
                new Span("elsewhere", 0, 4)))).isInstanceOf(EditRefused.class)
                .hasMessage("No article has the id \"elsewhere\".");
        assertThatThrownBy(() -> session.execute(new ChangeEvidence(ChangeEvidence.Target.QUOTE, id, null)))
                .isInstanceOf(EditRefused.class).hasMessage("Select the words in the article first.");
        assertThat(session.dataset()).isEqualTo(ISTANBUL);
        assertThat(session.canUndo()).isFalse();
    }

    @Test
    void theSameWordsAgainLeaveNoTrace() throws EditRefused {
        Relation relation = ISTANBUL.relations().get(0);

        session.execute(new ChangeEvidence(ChangeEvidence.Target.LINK, relation.id(), relation.evidence()));

        assertThat(session.canUndo()).isFalse();
        assertThat(session.dirty()).isFalse();
    }
}
