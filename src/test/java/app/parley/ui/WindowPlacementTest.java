package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);

    /** A store in memory. */
    private static final class Remembered implements WindowPlacement.SizeStore {
        private Rectangle2D saved;

        Remembered(Rectangle2D saved) {
            this.saved = saved;
        }

        @Override
        public Optional<Rectangle2D> load() {
            return Optional.ofNullable(saved);
        }

        @Override
        public void save(Rectangle2D size) {
            saved = size;
        }
    }

    @Test
    void firstRunFillsTheScreensUsableArea() {
        assertThat(new WindowPlacement(new Remembered(null)).initial(LAPTOP)).isEqualTo(LAPTOP);
    }

    @Test
    void aRememberedSizeThatFitsIsReopenedCentred() {
        Rectangle2D place = new WindowPlacement(new Remembered(new Rectangle2D(0, 0, 1000, 600))).initial(LAPTOP);
        assertThat(place).isEqualTo(new Rectangle2D(183, 64, 1000, 600));
    }

    @Test
    void aRememberedSizeLargerThanTheScreenIsIgnored() {
        Rectangle2D place = new WindowPlacement(new Remembered(new Rectangle2D(0, 0, 1440, 900))).initial(LAPTOP);
        assertThat(place).isEqualTo(LAPTOP);
    }
}
