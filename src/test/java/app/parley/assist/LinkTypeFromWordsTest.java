package app.parley.assist;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.model.RelationType;
import org.junit.jupiter.api.Test;

class LinkTypeFromWordsTest {

    @Test
    void theVerbOfTheWordsGivesTheLinksType() {
        assertThat(ArticleAssistant.linkTypeStatedBy(
                "President Donald J. Trump hosted Azerbaijani President Ilham Aliyev")).contains(RelationType.HOSTS);
        assertThat(ArticleAssistant.linkTypeStatedBy("he has brokered peace between Azerbaijan and Armenia"))
                .contains(RelationType.MEDIATES);
        assertThat(ArticleAssistant.linkTypeStatedBy("Umerov, who Met Medinsky")).contains(RelationType.MET_WITH);
    }

    @Test
    void wordsWithoutAKnownVerbGiveNoType() {
        assertThat(ArticleAssistant.linkTypeStatedBy("Azerbaijani President Ilham Aliyev")).isEmpty();
        assertThat(ArticleAssistant.linkTypeStatedBy("")).isEmpty();
    }
}
