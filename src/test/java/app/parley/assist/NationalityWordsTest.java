package app.parley.assist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NationalityWordsTest {

    @Test
    void aWordOfNationalityNamesItsState() {
        assertThat(ArticleAssistant.stateOfNationality("Armenian")).contains("Armenia");
        assertThat(ArticleAssistant.stateOfNationality("Azerbaijani")).contains("Azerbaijan");
        assertThat(ArticleAssistant.stateOfNationality("Ukrainian")).contains("Ukraine");
    }

    @Test
    void otherWordsNameNoState() {
        assertThat(ArticleAssistant.stateOfNationality("Prime")).isEmpty();
        assertThat(ArticleAssistant.stateOfNationality("")).isEmpty();
    }
}
