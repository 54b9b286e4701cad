package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.io.DatasetReader;
import app.parley.model.Dataset;
import app.parley.model.DatasetIndex;
import app.parley.model.Quote;
import app.parley.model.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteCitationTest {

    private static final Dataset ISTANBUL = DatasetReader.istanbul();
    private static final String SOURCE = " Source: Russia and Ukraine hold first direct talks in three years in "
            + "Istanbul, Unattributed news report, 2025-05-16.";

    private static String citation(Dataset dataset, String quoteId) {
        Quote quote = dataset.quotes().stream().filter(q -> q.id().equals(quoteId)).findFirst().orElseThrow();
        return QuoteCitation.of(quote, new DatasetIndex(dataset));
    }

    @Test
    void aDirectQuoteStandsInQuotationMarksBeforeItsSpeakerAndTheArticleItComesFrom() {
        assertThat(citation(ISTANBUL, "ukraine-unconditional-ceasefire"))
                .isEqualTo("“unconditional ceasefire” — Ukraine." + SOURCE);
    }

    @Test
    void theDayItWasSaidAndWhoRelayedItFollowTheSpeaker() {
        assertThat(citation(ISTANBUL, "peskov-contacts")).isEqualTo("“Contacts between Presidents Putin and Trump "
                + "are extremely important in the context of the Ukrainian settlement,” — Dmitry Peskov, "
                + "2025-05-16."
                + SOURCE);
        assertThat(citation(ISTANBUL, "rubio-killing-must-stop"))
                .isEqualTo("“the killing must stop” — Marco Rubio, relayed by Tammy Bruce." + SOURCE);
    }

    @Test
    void reportedSpeechIsNotPutInQuotationMarks() {
        assertThat(citation(ISTANBUL, "russia-revive-2022-talks"))
                .isEqualTo("Russia, reported: revive the failed 2022 peace talks." + SOURCE);
    }

    @Test
    void theArticlesAddressEndsTheLineWhenItHasOne() {
        Source istanbul = ISTANBUL.sources().get(0);
        Source online = new Source(istanbul.id(), istanbul.title(), istanbul.publisher(), istanbul.date(),
                istanbul.language(), "https://example.org/istanbul", istanbul.text(), istanbul.sha256());
        Dataset withAddress = new Dataset(ISTANBUL.title(), List.of(online), ISTANBUL.actors(), ISTANBUL.roles(),
                ISTANBUL.relations(), ISTANBUL.quotes(), ISTANBUL.story(), ISTANBUL.positions());

        assertThat(citation(withAddress, "ukraine-unconditional-ceasefire")).endsWith(
                ", Unattributed news report, 2025-05-16, https://example.org/istanbul.");
    }
}
