package app.parley.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void slugFoldsDiacriticsAndTurkishLetters() {
        assertThat(Ids.slug("İbrahim Kalın", "actor")).isEqualTo("ibrahim-kalin");
        assertThat(Ids.slug("Łukasz Wójcik", "actor")).isEqualTo("lukasz-wojcik");
        assertThat(Ids.slug("  Dolmabahçe  Palace! ", "actor")).isEqualTo("dolmabahce-palace");
    }

    @Test
    void slugFallsBackWhenNoLatinLettersRemain() {
        assertThat(Ids.slug("Зеленский", "actor")).isEqualTo("actor");
    }

    @Test
    void freshAddsTheFirstFreeNumberOnAClash() {
        assertThat(Ids.fresh("fidan", Set.of())).isEqualTo("fidan");
        assertThat(Ids.fresh("fidan", Set.of("fidan"))).isEqualTo("fidan-2");
        assertThat(Ids.fresh("fidan", Set.of("fidan", "fidan-2"))).isEqualTo("fidan-3");
    }
}
