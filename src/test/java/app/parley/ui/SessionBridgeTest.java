package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.layout.LayoutModel;
import app.parley.model.ActorKind;
import app.parley.model.CardPosition;
import app.parley.model.QuoteKind;
import app.parley.model.RelationType;
import app.parley.model.Side;
import app.parley.render.fx.FxPlatform;
import app.parley.render.fx.FxTextMeasurer;
import app.parley.render.scene.NodeShape;
import app.parley.session.AddActor;
import app.parley.session.AddQuote;
import app.parley.session.AddRelation;
import app.parley.session.MoveCards;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The main view model follows the session's edits, undo and redo, without a window. */
class SessionBridgeTest {

    private MainViewModel model;

    @BeforeEach
    void openOneArticle() throws Exception {
        FxPlatform.start();
        model = FxPlatform.call(() -> new MainViewModel(new FxTextMeasurer()));
        FxPlatform.run(() -> model.openNew(OneArticle.dataset()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxPlatform.call(() ->
                model.sceneProperty().get() != null && !model.work().busyProperty().get()));
    }

    private NodeShape card(String actorId) {
        return FxPlatform.call(() -> model.sceneProperty().get().nodes().stream()
                .filter(n -> n.actorId().equals(actorId)).findFirst().orElse(null));
    }

    @Test
    void aNewActorAppearsPinnedWhereItWasCreatedAndIsSelected() {
        FxPlatform.run(() -> model.bridge().execute(new AddActor("İbrahim Kalın", ActorKind.PERSON, Side.TURKEY,
                List.of("Kalın"), new CardPosition(120, -40))));

        NodeShape card = card("ibrahim-kalin");
        assertThat(card).isNotNull();
        assertThat(card.box().centerX()).isEqualTo(120.0);
        assertThat(card.box().centerY()).isEqualTo(-40.0);
        LayoutModel positions = FxPlatform.call(model::positions);
        assertThat(positions.pinned(card.index())).isTrue();
        assertThat(FxPlatform.call(() -> model.selectionProperty().get()))
                .isInstanceOfSatisfying(Selection.OfActor.class, s -> assertThat(s.actor().name())
                        .isEqualTo("İbrahim Kalın"));
        assertThat(FxPlatform.call(() -> model.mapProperty().get().dataset().actors())).hasSize(1);
    }

    @Test
    void undoTakesTheActorOffTheMapAndRedoBringsItBack() {
        FxPlatform.run(() -> model.bridge().execute(new AddActor("Hakan Fidan", ActorKind.PERSON, Side.TURKEY,
                List.of(), new CardPosition(0, 0))));
        FxPlatform.run(() -> model.bridge().undo());

        assertThat(card("hakan-fidan")).isNull();
        assertThat(FxPlatform.call(() -> model.selectionProperty().get())).isEqualTo(Selection.NONE);

        FxPlatform.run(() -> model.bridge().redo());

        assertThat(card("hakan-fidan")).isNotNull();
    }

    @Test
    void linksAndQuotesReachTheGraphAndTheQuoteList() {
        FxPlatform.run(() -> {
            model.bridge().execute(new AddActor("Hakan Fidan", ActorKind.PERSON, Side.TURKEY, List.of(),
                    new CardPosition(0, 0)));
            model.bridge().execute(new AddActor("Rustem Umerov", ActorKind.PERSON, Side.UKRAINE, List.of(),
                    new CardPosition(300, 0)));
            model.bridge().execute(new AddRelation("hakan-fidan", RelationType.MET_WITH, "rustem-umerov",
                    OneArticle.span("Hakan Fidan opened the talks")));
            model.bridge().execute(new AddQuote("rustem-umerov", OneArticle.span("We are ready for a ceasefire,"),
                    QuoteKind.DIRECT));
            model.clearSelection();
        });

        assertThat(FxPlatform.call(() -> model.sceneProperty().get().edges())).hasSize(1);
        assertThat(FxPlatform.call(() -> List.copyOf(model.quotes()))).singleElement()
                .satisfies(q -> assertThat(q.text()).isEqualTo("We are ready for a ceasefire,"));
    }

    @Test
    void undoingAMovePutsTheCardBackWhereTheLayoutHadIt() {
        FxPlatform.run(() -> {
            model.bridge().execute(new AddActor("Hakan Fidan", ActorKind.PERSON, Side.TURKEY));
        });
        NodeShape before = card("hakan-fidan");
        FxPlatform.run(() -> {
            model.bridge().rememberHomes(Map.of("hakan-fidan",
                    new CardPosition(before.box().centerX(), before.box().centerY())));
            model.bridge().execute(MoveCards.one("hakan-fidan", new CardPosition(500, 500)));
        });
        assertThat(card("hakan-fidan").box().centerX()).isEqualTo(500.0);

        FxPlatform.run(() -> model.bridge().undo());

        assertThat(card("hakan-fidan").box().centerX()).isEqualTo(before.box().centerX());
        assertThat(FxPlatform.call(model::positions).pinned(before.index())).isFalse();
    }

    @Test
    void aRefusedEditSaysWhyAndChangesNothing() {
        FxPlatform.run(() -> model.bridge().execute(new AddActor(" ", ActorKind.PERSON, Side.TURKEY)));

        assertThat(FxPlatform.call(() -> model.bridge().refusalProperty().get())).isEqualTo(
                "A name must not be empty.");
        assertThat(FxPlatform.call(() -> model.mapProperty().get().dataset().actors())).isEmpty();
    }
}
