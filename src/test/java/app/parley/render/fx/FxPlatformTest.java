package app.parley.render.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;

class FxPlatformTest {

    @Test
    void callRunsTheTaskOnTheFxThreadAndReturnsItsResult() {
        assertThat(FxPlatform.call(Platform::isFxApplicationThread)).isTrue();
    }

    @Test
    void startingTwiceIsHarmless() {
        FxPlatform.start();
        FxPlatform.start();
        assertThat(FxPlatform.call(() -> 42)).isEqualTo(42);
    }

    @Test
    void callFromTheFxThreadRunsDirectlyInsteadOfDeadlocking() {
        int nested = FxPlatform.call(() -> FxPlatform.call(() -> 7) + 1);
        assertThat(nested).isEqualTo(8);
    }

    @Test
    void runWaitsUntilTheTaskHasRun() {
        AtomicReference<String> thread = new AtomicReference<>();
        FxPlatform.run(() -> thread.set(Thread.currentThread().getName()));
        assertThat(thread.get()).isEqualTo("JavaFX Application Thread");
    }

    @Test
    void uncheckedExceptionsReachTheCallerUnchanged() {
        assertThatThrownBy(() -> FxPlatform.run(() -> {
            throw new IllegalArgumentException("bad tile");
        })).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("bad tile");
    }

    @Test
    void checkedExceptionsReachTheCallerWrapped() {
        assertThatThrownBy(() -> FxPlatform.call(() -> {
            throw new IOException("disk full");
        })).isInstanceOf(CompletionException.class).hasCauseInstanceOf(IOException.class)
                .hasRootCauseMessage("disk full");
    }

    @Test
    void testsRunHeadless() {
        assertThat(FxPlatform.wantsHeadless()).isTrue();
    }
}
