package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.model.ActorKind;
import app.parley.model.CardPosition;
import app.parley.model.Dataset;
import app.parley.model.QuoteKind;
import app.parley.model.Rank;
import app.parley.model.Relation;
import app.parley.model.RelationType;
import app.parley.model.Role;
import app.parley.model.Side;
import app.parley.model.Span;
import app.parley.render.fx.FxPlatform;
import app.parley.render.fx.FxTextMeasurer;
import app.parley.session.AddActor;
import app.parley.session.AddQuote;
import app.parley.session.AddRelation;
import app.parley.session.AddRole;
import app.parley.session.NewMaps;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Asking for words of the article and re-pointing links, roles and quotes at them, without a window. */
class WordPointingTest {

    private MainViewModel model;

    @BeforeEach
    void openOneArticleWithTwoActorsALinkARoleAndAQuote() throws Exception {
        FxPlatform.start();
        model = FxPlatform.call(() -> new MainViewModel(new FxTextMeasurer()));
        FxPlatform.run(() -> model.openNew(OneArticle.dataset()));
        awaitIdle();
        FxPlatform.run(() -> {
            model.edit(new AddActor("Hakan Fidan", ActorKind.PERSON, Side.TURKEY, List.of(), new CardPosition(0, 0)));
            model.edit(new AddActor("Rustem Umerov", ActorKind.PERSON, Side.UKRAINE, List.of(),
                    new CardPosition(400, 0)));
            model.edit(new AddRelation("hakan-fidan", RelationType.MEDIATES, "rustem-umerov",
                    OneArticle.span("Hakan Fidan opened the talks")));
            model.edit(new AddRole("hakan-fidan", "Host", null, Rank.MINISTER, OneArticle.span("opened the talks")));
            model.edit(new AddQuote("rustem-umerov", OneArticle.span("We are ready for a ceasefire,"),
                    QuoteKind.DIRECT));
        });
    }

    private void awaitIdle() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxPlatform.call(() ->
                model.sceneProperty().get() != null && !model.work().busyProperty().get()));
    }

    private Dataset dataset() {
        return FxPlatform.call(() -> model.session().dataset());
    }

    @Test
    void aLinksEvidenceIsRepointedAtTheWordsUsedAndTheRequestEnds() {
        Relation before = dataset().relations().get(0);
        Span words = OneArticle.span("who met Vladimir Medinsky");

        FxPlatform.run(() -> Repointing.link(before, model));

        assertThat(FxPlatform.call(() -> model.pointing().active())).isTrue();
        assertThat(FxPlatform.call(() -> model.pointing().requestProperty().get().prompt()))
                .isEqualTo("Select the words the link “Hakan Fidan mediates with Rustem Umerov” rests on, then choose "
                        + "Use these words.");
        assertThat(FxPlatform.call(() -> model.articleRequestProperty().get().span())).isEqualTo(before.evidence());

        assertThat(FxPlatform.call(() -> model.pointing().use(words))).isTrue();

        assertThat(dataset().relations()).containsExactly(new Relation("hakan-fidan-mediates-rustem-umerov",
                "hakan-fidan", RelationType.MEDIATES, "rustem-umerov", new Span("talks", 127, 152)));
        assertThat(words).isEqualTo(new Span("talks", 127, 152));
        assertThat(FxPlatform.call(() -> model.pointing().active())).isFalse();
        assertThat(FxPlatform.call(() -> model.session().undoLabel()))
                .contains("Change evidence of link Hakan Fidan mediates with Rustem Umerov");
        assertThat(FxPlatform.call(() -> model.work().messageProperty().get()))
                .isEqualTo("Change evidence of link Hakan Fidan mediates with Rustem Umerov.");
    }

    @Test
    void refusedWordsKeepTheRequestAndSayWhy() {
        Role role = dataset().roles().get(0);
        FxPlatform.run(() -> Repointing.role(role, model));

        boolean used = FxPlatform.call(() -> model.pointing().use(new Span("talks", 150, 900)));

        assertThat(used).isFalse();
        assertThat(FxPlatform.call(() -> model.pointing().active())).isTrue();
        assertThat(FxPlatform.call(() -> model.pointing().refusalProperty().get()))
                .startsWith("The selection ends at 900, past the end of the article");
        assertThat(dataset().roles()).containsExactly(role);
    }

    @Test
    void aQuotesWordsAndTextFollowTheNewSelection() {
        Span words = OneArticle.span("ready for a ceasefire");
        FxPlatform.run(() -> Repointing.quote(dataset().quotes().get(0), model));

        assertThat(FxPlatform.call(() -> model.pointing().use(words))).isTrue();

        assertThat(dataset().quotes().get(0).span()).isEqualTo(words);
        assertThat(dataset().quotes().get(0).text()).isEqualTo("ready for a ceasefire");
        FxPlatform.run(model::undo);
        assertThat(dataset().quotes().get(0).span()).isEqualTo(OneArticle.span("We are ready for a ceasefire,"));
    }

    @Test
    void noWordsOrCancelLeaveTheMapAsItWas() {
        Dataset before = dataset();
        FxPlatform.run(() -> Repointing.role(before.roles().get(0), model));

        assertThat(FxPlatform.call(() -> model.pointing().use(null))).isFalse();
        FxPlatform.run(() -> model.pointing().cancel());

        assertThat(FxPlatform.call(() -> model.pointing().active())).isFalse();
        assertThat(FxPlatform.call(() -> model.pointing().use(OneArticle.span("Hakan Fidan")))).isFalse();
        assertThat(dataset()).isEqualTo(before);
    }

    @Test
    void openingAnotherMapEndsTheRequest() throws Exception {
        FxPlatform.run(() -> model.pointing().start(new WordPointing.Request("Select words", null, "Use",
                words -> Optional.empty())));

        FxPlatform.run(() -> model.openNew(NewMaps.empty()));
        awaitIdle();

        assertThat(FxPlatform.call(() -> model.pointing().active())).isFalse();
    }

    @Test
    void aTitleIsGuessedFromTheWordsLeftWhenNamesAreTakenOut() {
        assertThat(RoleEditing.titleFrom("Turkey’s Foreign Minister, Hakan Fidan", List.of(
                new app.parley.graph.ActorMentions.Mention(new Span("s", 0, 6), "turkey"),
                new app.parley.graph.ActorMentions.Mention(new Span("s", 27, 38), "fidan"))))
                .isEqualTo("Foreign Minister");
        assertThat(RoleEditing.titleFrom("chief of staff to", List.of())).isEqualTo("chief of staff");
        assertThat(RoleEditing.titleFrom("“Hakan Fidan”", List.of(
                new app.parley.graph.ActorMentions.Mention(new Span("s", 1, 12), "fidan")))).isEmpty();
    }
}
