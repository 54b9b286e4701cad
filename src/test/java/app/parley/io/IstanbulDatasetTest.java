package app.parley.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.Dataset;
import app.parley.model.DatasetIndex;
import app.parley.model.Quote;
import app.parley.model.QuoteKind;
import app.parley.model.Source;
import app.parley.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class IstanbulDatasetTest {

    private final Dataset dataset = DatasetReader.istanbul();
    private final DatasetIndex index = new DatasetIndex(dataset);
    private final Source article = dataset.sources().get(0);

    @Test
    void bundledFileHasNoProblemsAtAll() throws IOException {
        LoadResult result = new DatasetReader().read(Path.of("assets/istanbul-talks-2025.json"));

        assertThat(result.problems()).isEmpty();
    }

    @Test
    void sourceTextIsTheShippedArticleVerbatim() throws IOException {
        String shipped = Files.readString(Path.of("assets/istanbul-talks-2025.txt"), StandardCharsets.UTF_8);

        assertThat(article.text()).isEqualTo(shipped);
        assertThat(article.sha256()).isEqualTo(Sha256.hex(shipped));
    }

    @Test
    void everyQuoteSpanMatchesTheArticleText() {
        for (Quote quote : dataset.quotes()) {
            assertThat(article.excerpt(quote.span())).as(quote.id()).isEqualTo(quote.text());
        }
    }

    @Test
    void everyEvidenceSpanLiesInsideOneSentenceOfTheArticle() {
        List<Span> spans = new ArrayList<>();
        dataset.roles().forEach(r -> spans.add(r.evidence()));
        dataset.relations().forEach(r -> spans.add(r.evidence()));
        dataset.quotes().forEach(q -> spans.add(q.span()));

        for (Span span : spans) {
            Span sentence = article.sentenceAround(span);
            assertThat(span.within(sentence)).as(article.excerpt(span)).isTrue();
            assertThat(article.excerpt(sentence)).as("one sentence").doesNotContain("\n");
        }
    }

    @Test
    void everyQuotedStretchOfTheArticleIsADirectQuote() {
        String text = article.text();
        List<Integer> opened = new ArrayList<>();
        for (int i = text.indexOf('“'); i >= 0; i = text.indexOf('“', i + 1)) {
            opened.add(i + 1);
        }
        List<Integer> quoteStarts = dataset.quotes().stream().filter(q -> q.kind() == QuoteKind.DIRECT)
                .map(q -> q.span().start()).sorted().toList();

        assertThat(quoteStarts).isEqualTo(opened).hasSize(13);
    }

    @Test
    void everyPersonTheArticleNamesIsAnActorWithARole() {
        List<String> named = List.of("Hakan Fidan", "Aleksandr Fomin", "Mihail Galuzin", "Vladimir Medinsky",
                "Igor Kostyukov", "İbrahim Kalın", "Volodymyr Zelensky", "Vladimir Putin", "Donald Trump",
                "Dmitry Peskov", "Andriy Yermak", "Marco Rubio", "Keith Kellogg", "Tammy Bruce", "Rustem Umerov",
                "Kaja Kallas", "Mark Rutte");

        for (String name : named) {
            Actor actor = dataset.actors().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
            assertThat(actor.kind()).isEqualTo(ActorKind.PERSON);
            assertThat(article.text()).contains(name);
            assertThat(index.rolesOf(actor.id())).as(name).isNotEmpty();
        }
    }

    @Test
    void peskovSpeaksForHimselfWhileBruceOnlyRelaysRubio() {
        Quote contacts = dataset.quotes().stream().filter(q -> q.text().startsWith("Contacts between")).findFirst()
                .orElseThrow();
        Quote killing = dataset.quotes().stream().filter(q -> q.text().equals("the killing must stop")).findFirst()
                .orElseThrow();

        assertThat(contacts.speakerId()).isEqualTo("peskov");
        assertThat(contacts.reportedById()).isNull();
        assertThat(killing.speakerId()).isEqualTo("rubio");
        assertThat(killing.reportedById()).isEqualTo("bruce");
    }

    @Test
    void trumpsThursdayStatementIsReportedNotDirect() {
        Quote trump = index.quotesBy("trump").get(0);

        assertThat(trump.kind()).isEqualTo(QuoteKind.REPORTED);
        assertThat(trump.text()).isEqualTo("no resolution would come until he and Putin held direct talks");
        assertThat(trump.saidOn()).hasToString("2025-05-15");
    }

    @Test
    void threeDelegationsEachRepresentTheirState() {
        Stream.of("russian-delegation", "ukrainian-delegation", "turkish-delegation").forEach(id ->
                assertThat(dataset.relations()).anyMatch(r -> r.fromId().equals(id) && r.type().id().equals("represents")));
    }
}
