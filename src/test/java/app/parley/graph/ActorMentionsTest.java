package app.parley.graph;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.io.DatasetReader;
import app.parley.model.Dataset;
import app.parley.model.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorMentionsTest {

    private final Dataset dataset = DatasetReader.istanbul();
    private final Source article = dataset.sources().get(0);
    private final List<ActorMentions.Mention> mentions =
            ActorMentions.find(article.id(), article.text(), dataset.actors());

    private List<String> namedAs(String actorId) {
        return mentions.stream().filter(m -> m.actorId().equals(actorId)).map(m -> article.excerpt(m.span())).toList();
    }

    @Test
    void fullNameWinsOverTheAliasInsideIt() {
        assertThat(namedAs("fidan")).startsWith("Hakan Fidan", "Fidan", "Fidan");
        assertThat(namedAs("kalin")).containsExactly("İbrahim Kalın");
    }

    @Test
    void capitalCitiesNameTheirStates() {
        assertThat(namedAs("ukraine")).contains("Kyiv");
        assertThat(namedAs("russia")).contains("Moscow");
        assertThat(namedAs("united-states")).contains("Washington");
    }

    @Test
    void namesInsideOtherWordsAreNotMentions() {
        String text = "Putinism is not Putin.";

        List<ActorMentions.Mention> found = ActorMentions.find("s", text, dataset.actors());

        assertThat(found).extracting(m -> m.span().start()).containsExactly(16);
    }

    @Test
    void mentionsComeInTextOrderWithoutOverlap() {
        for (int i = 1; i < mentions.size(); i++) {
            assertThat(mentions.get(i).span().start()).isGreaterThanOrEqualTo(mentions.get(i - 1).span().end());
        }
    }
}
