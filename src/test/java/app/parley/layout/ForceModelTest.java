package app.parley.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ForceModelTest {

    @Test
    void theEvenSpreadCoolsFastAndThePolishSlowlyFromAWholeEdgeLength() {
        assertThat(ForceModel.EVEN.coolingSteps(ForceModel.EVEN.refineStep())).isEqualTo(31);
        assertThat(ForceModel.POLISH.coolingSteps(ForceModel.POLISH.refineStep())).isEqualTo(90);
    }

    @Test
    void onlyRepulsionFallingOffAsTheDistanceOrItsSquareIsAccepted() {
        assertThatThrownBy(() -> new ForceModel(false, 3, 0.9, 0.25)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ForceModel(false, 1, 1.0, 0.25)).isInstanceOf(IllegalArgumentException.class);
    }
}
