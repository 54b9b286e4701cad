package app.parley.render.scene;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.graph.ActorGraph;
import app.parley.io.DatasetReader;
import app.parley.model.Dataset;
import java.util.LinkedHashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NodeCardsTest {

    @Test
    void premeasuringAsksForEveryTextTheCardsShowSoTheCardsAskForNothingNew() {
        Dataset istanbul = DatasetReader.istanbul();
        RecordingMeasurer ahead = new RecordingMeasurer();
        NodeCards.premeasure(istanbul.actors(), istanbul.roles(), Theme.LIGHT, ahead);
        RecordingMeasurer cards = new RecordingMeasurer();
        NodeCards.measure(ActorGraph.of(istanbul), Theme.LIGHT, cards);

        assertThat(cards.asked).isNotEmpty();
        assertThat(ahead.asked).containsAll(cards.asked);
    }

    /** Measures as {@link FixedMeasurer} does and notes every text and font it was asked about. */
    private static final class RecordingMeasurer implements TextMeasurer {

        private final TextMeasurer fixed = new FixedMeasurer();
        final Set<String> asked = new LinkedHashSet<>();

        @Override
        public double width(String text, FontSpec font) {
            asked.add(font + " " + text);
            return fixed.width(text, font);
        }

        @Override
        public double ascent(FontSpec font) {
            asked.add(font + " ascent");
            return fixed.ascent(font);
        }

        @Override
        public double descent(FontSpec font) {
            asked.add(font + " descent");
            return fixed.descent(font);
        }
    }
}
