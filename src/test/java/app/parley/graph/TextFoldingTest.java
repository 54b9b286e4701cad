package app.parley.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFoldingTest {

    @Test
    void turkishDottedAndDotlessIFoldToPlainI() {
        assertThat(TextFolding.fold("İbrahim Kalın")).isEqualTo("ibrahim kalin");
    }

    @Test
    void accentsAndCapitalsAreDropped() {
        assertThat(TextFolding.fold("Dolmabahçe Palace")).isEqualTo("dolmabahce palace");
        assertThat(TextFolding.fold("ZELENSKÝ")).isEqualTo("zelensky");
    }

    @Test
    void lettersWithoutADecompositionAreSpelledOut() {
        assertThat(TextFolding.fold("Straße")).isEqualTo("strasse");
        assertThat(TextFolding.fold("Łódź")).isEqualTo("lodz");
        assertThat(TextFolding.fold("Søren Ærø")).isEqualTo("soren aero");
    }

    @Test
    void curlyApostrophesBecomeStraightOnes() {
        assertThat(TextFolding.fold("Ukraine’s")).isEqualTo("ukraine's");
    }

    @Test
    void wordsSplitAtAnythingButLettersAndDigits() {
        assertThat(TextFolding.words("Ukraine’s delegation, 2025")).containsExactly("ukraine", "s", "delegation",
                "2025");
    }
}
