package app.parley.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ParallelLoopTest {

    @Test
    void workBegunOnAPoolRunsBesideTheCallerAndGivesItsResult() throws InterruptedException {
        CountDownLatch callerWorking = new CountDownLatch(1);
        try (ParallelLoop loop = new ParallelLoop(2)) {
            Supplier<String> result = loop.begin(() -> {
                try {
                    return callerWorking.await(10, TimeUnit.SECONDS) ? "beside" : "waited in vain";
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return "interrupted";
                }
            });
            callerWorking.countDown();

            assertThat(result.get()).isEqualTo("beside");
        }
    }

    @Test
    void workBegunWithoutAPoolIsDoneAtOnceOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        try (ParallelLoop loop = new ParallelLoop(1)) {
            Thread[] ranOn = new Thread[1];
            Supplier<Integer> result = loop.begin(() -> {
                ranOn[0] = Thread.currentThread();
                return 42;
            });

            assertThat(ranOn[0]).isSameAs(caller);
            assertThat(result.get()).isEqualTo(42);
        }
    }

    @Test
    void aFailureOfWorkBegunBesideIsThrownWhereItsResultIsAsked() {
        try (ParallelLoop loop = new ParallelLoop(2)) {
            Supplier<Object> result = loop.begin(() -> {
                throw new IllegalStateException("no pivots");
            });

            assertThatThrownBy(result::get).isInstanceOf(IllegalStateException.class).hasMessageContaining("no pivots");
        }
    }
}
