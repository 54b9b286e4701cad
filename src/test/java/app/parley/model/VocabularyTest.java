package app.parley.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void everyTermIsFoundByItsIdAsTheFirstTermWithThatId() {
        for (Class<? extends Enum<?>> type : List.of(ActorKind.class, Rank.class, RelationType.class,
                QuoteKind.class)) {
            assertEveryTermFound(type);
        }
    }

    @Test
    void unknownBlankAndMissingIdsFindNothing() {
        assertThat(Vocabulary.byId(RelationType.class, "no-such-relation")).isEmpty();
        assertThat(Vocabulary.byId(ActorKind.class, null)).isEmpty();
        assertThat(Vocabulary.byId(ActorKind.class, "PERSON")).isEmpty();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void assertEveryTermFound(Class type) {
        for (Object term : type.getEnumConstants()) {
            String id = ((Vocabulary) term).id();
            Object first = Arrays.stream(type.getEnumConstants()).filter(t -> ((Vocabulary) t).id().equals(id))
                    .findFirst().orElseThrow();
            assertThat(Vocabulary.byId(type, id)).containsSame(first);
        }
    }
}
