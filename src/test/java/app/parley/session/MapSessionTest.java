package app.parley.session;

import static app.parley.session.IstanbulMap.ISTANBUL;
import static app.parley.session.IstanbulMap.SOURCE;
import static app.parley.session.IstanbulMap.assertValid;
import static app.parley.session.IstanbulMap.spanOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.CardPosition;
import app.parley.model.Dataset;
import app.parley.model.Quote;
import app.parley.model.QuoteKind;
import app.parley.model.RelationType;
import app.parley.model.Side;
import app.parley.model.Span;
import app.parley.model.StoryStep;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MapSessionTest {

    private final MapSession session = IstanbulMap.session();

    @Test
    void addActorMakesAnIdFromTheNameAndUndoRemovesIt() throws EditRefused {
        Edit edit = session.execute(new AddActor("İbrahim Kalın", ActorKind.PERSON, Side.TURKEY));

        assertThat(edit.created()).contains("ibrahim-kalin");
        assertThat(session.dataset().actors()).extracting(Actor::id).contains("ibrahim-kalin");
        assertThat(session.undoLabel()).contains("Add İbrahim Kalın");
        assertThat(session.dirty()).isTrue();

        session.undo();

        assertThat(session.dataset()).isEqualTo(ISTANBUL);
        assertThat(session.dirty()).isFalse();
        assertThat(session.redoLabel()).contains("Add İbrahim Kalın");
    }

    @Test
    void aSecondActorOfTheSameNameGetsANumberedId() throws EditRefused {
        session.execute(new AddActor("Hakan Fidan", ActorKind.PERSON, Side.TURKEY));
        Edit second = session.execute(new AddActor("Hakan Fidan", ActorKind.PERSON, Side.TURKEY));

        assertThat(second.created()).contains("hakan-fidan-2");
    }

    @Test
    void deletingAnActorTakesItsLinksRolesQuotesAndStoryMentionsAndUndoBringsThemBack() throws EditRefused {
        DeleteActor delete = new DeleteActor("fidan");
        ActorCascade cascade = delete.cascade(session.dataset());
        assertThat(cascade.relations()).hasSize(3);
        assertThat(cascade.roles()).hasSize(1);
        assertThat(cascade.summary()).contains("3 links", "1 role");

        session.execute(MoveCards.one("fidan", new CardPosition(1, 2)));
        session.execute(delete);
        Dataset after = session.dataset();

        assertThat(after.actors()).extracting(Actor::id).doesNotContain("fidan");
        assertThat(after.relations()).noneMatch(r -> r.fromId().equals("fidan") || r.toId().equals("fidan"));
        assertThat(after.roles()).noneMatch(r -> r.holderId().equals("fidan") || "fidan".equals(r.ofId()));
        assertThat(after.story().steps()).noneMatch(s -> s.revealActorIds().contains("fidan")
                || s.highlightActorIds().contains("fidan") || s.frameActorIds().contains("fidan"));
        assertThat(after.positions()).doesNotContainKey("fidan");
        assertThat(session.undoLabel()).contains("Delete Hakan Fidan");
        assertValid(after);

        session.undo();
        session.undo();
        assertThat(session.dataset()).isEqualTo(ISTANBUL);
    }

    @Test
    void aQuoteTakesItsWordsFromTheArticle() throws EditRefused {
        Span span = spanOf("unconditional ceasefire");

        Edit edit = session.execute(new AddQuote("zelensky", span, QuoteKind.DIRECT));

        Quote quote = session.dataset().quotes().stream().filter(q -> q.id().equals(edit.createdId())).findFirst()
                .orElseThrow();
        assertThat(quote.text()).isEqualTo("unconditional ceasefire");
        assertThat(quote.span()).isEqualTo(span);
        assertValid(session.dataset());
    }

    @Test
    void aRelationWithAnUnknownActorIsRefusedAndNothingChanges() {
        assertThatThrownBy(() -> session.execute(new AddRelation("fidan", RelationType.MET_WITH, "nobody",
                spanOf("Istanbul"))))
                .isInstanceOf(EditRefused.class).hasMessage("No actor has the id \"nobody\".");
        assertThat(session.dataset()).isSameAs(ISTANBUL);
        assertThat(session.canUndo()).isFalse();
    }

    @Test
    void aSpanPastTheArticleOrOfBlankWordsIsRefused() {
        int length = ISTANBUL.sources().get(0).text().length();
        assertThatThrownBy(() -> session.execute(new AddRelation("fidan", RelationType.MET_WITH, "umerov",
                new Span(SOURCE, length - 2, length + 5))))
                .isInstanceOf(EditRefused.class).hasMessageContaining("past the end of the article");
        int space = ISTANBUL.sources().get(0).text().indexOf(' ');
        assertThatThrownBy(() -> session.execute(new AddQuote("fidan", new Span(SOURCE, space, space + 1),
                QuoteKind.REPORTED)))
                .isInstanceOf(EditRefused.class).hasMessage("Select the words in the article first.");
    }

    @Test
    void anArticleThatIsCitedCannotBeDeletedButANewOneCan() throws EditRefused {
        assertThatThrownBy(() -> session.execute(new DeleteSource(SOURCE)))
                .isInstanceOf(EditRefused.class).hasMessageContaining("is cited by").hasMessageContaining("quotes");

        Edit added = session.execute(new AddSource(new Article("Next week’s talks", "AP", null, null, "Talks resume.")));
        assertThat(added.created()).contains("next-week-s-talks");
        assertValid(session.dataset());
        session.execute(new DeleteSource("next-week-s-talks"));
        assertThat(session.dataset().sources()).hasSize(1);
    }

    @Test
    void movingSeveralCardsIsOneUndoStep() throws EditRefused {
        session.execute(new MoveCards(Map.of("fidan", new CardPosition(1, 1), "umerov", new CardPosition(2, 2),
                "putin", new CardPosition(3, 3))));

        assertThat(session.undoLabel()).contains("Move 3 cards");
        assertThat(session.dataset().positions()).hasSize(3);
        session.undo();
        assertThat(session.dataset().positions()).isEmpty();
    }

    @Test
    void storyEditsAreUndoable() throws EditRefused {
        session.execute(new RenameStep(1, "Who came"));
        assertThat(session.undoLabel()).contains("Rename step 2");
        session.execute(new MoveStep(1, 0));
        session.execute(new DeleteStep(3));
        Edit added = session.execute(new AddStep(new StoryStep("", "The end", List.of("fidan"), List.of(), List.of(),
                List.of(), List.of(), List.of())));
        assertThat(added.created()).contains("step-14");
        assertThat(session.dataset().story().step(0).caption()).isEqualTo("Who came");

        while (session.canUndo()) {
            session.undo();
        }
        assertThat(session.dataset()).isEqualTo(ISTANBUL);
    }

    @Test
    void aStepNamingAnUnknownActorIsRefused() {
        assertThatThrownBy(() -> session.execute(new AddStep(new StoryStep("x", "Ghosts", List.of("ghost"), List.of(),
                List.of(), List.of(), List.of(), List.of()))))
                .isInstanceOf(EditRefused.class).hasMessage("No actor has the id \"ghost\".");
    }

    @Test
    void theMapIsCleanAgainOnlyAtTheStateThatWasSaved() throws EditRefused {
        session.execute(new RenameMap("One"));
        SavePoint point = session.savePoint();
        session.execute(new RenameMap("Two"));
        session.markSaved(point, Path.of("one.json"));

        assertThat(session.dirty()).isTrue();
        session.undo();
        assertThat(session.dirty()).isFalse();
        assertThat(session.file()).contains(Path.of("one.json"));
        session.undo();
        assertThat(session.dirty()).isTrue();
    }

    @Test
    void anUnsavedNewMapIsDirtyFromTheStart() {
        assertThat(MapSession.unsaved(ISTANBUL).dirty()).isTrue();
    }

    @Test
    void listenersHearEditsUndoAndRedoWithTheAspectsTouched() throws EditRefused {
        List<SessionEvent> heard = new ArrayList<>();
        session.addListener(heard::add);

        session.execute(MoveCards.one("fidan", new CardPosition(5, 5)));
        session.undo();
        session.redo();

        assertThat(heard).extracting(SessionEvent::kind).containsExactly(SessionEvent.Kind.EDITED,
                SessionEvent.Kind.UNDONE, SessionEvent.Kind.REDONE);
        assertThat(heard).allSatisfy(e -> assertThat(e.edit().onlyPositions()).isTrue());
        assertThat(heard.get(2).dataset()).isSameAs(session.dataset());
    }

    @Test
    void aNewEditAfterUndoClearsRedo() throws EditRefused {
        session.execute(new RenameMap("One"));
        session.undo();
        session.execute(new RenameMap("Two"));

        assertThat(session.canRedo()).isFalse();
        assertThat(session.dataset().title()).isEqualTo("Two");
    }
}
