package app.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PhaseTimesTest {

    @Test
    void phasesFollowEachOtherFromTheProcessStartAndAddUpToTheWholeTime() {
        AtomicLong now = new AtomicLong(500_000_000L);
        AtomicLong cpu = new AtomicLong(300_000_000L);
        PhaseTimes times = new PhaseTimes(now::get, cpu::get, 0, 120_000_000L, -1);
        now.addAndGet(1_000_000_000L);
        cpu.addAndGet(1_600_000_000L);
        times.lap("read and check");
        now.addAndGet(250_000_000L);
        times.lap("layout");

        assertThat(times.phases()).extracting(PhaseTimes.Phase::name)
                .containsExactly(PhaseTimes.JVM_START, "read and check", "layout");
        assertThat(times.phases()).extracting(PhaseTimes.Phase::millis).containsExactly(120.0, 1380.0, 250.0);
        assertThat(times.totalMillis()).isEqualTo(1750.0);
        assertThat(times.phases().get(1).cpuMillis()).isEqualTo(1600.0);
    }

    @Test
    void processorTimeSpentAfterMainBeganCountsForTheFirstPhaseNotTheJvmStart() {
        AtomicLong now = new AtomicLong(300_000_000L);
        AtomicLong cpu = new AtomicLong(450_000_000L);
        PhaseTimes times = new PhaseTimes(now::get, cpu::get, 0, 80_000_000L, 250_000_000L);
        now.addAndGet(100_000_000L);
        cpu.addAndGet(40_000_000L);
        times.lap("command line");

        assertThat(times.phases()).extracting(PhaseTimes.Phase::cpuMillis).containsExactly(250.0, 240.0);
        assertThat(times.phases()).extracting(PhaseTimes.Phase::millis).containsExactly(80.0, 320.0);
    }

    @Test
    void theReportReadsBackPhaseByPhaseWithTheTotalAndLeavesOverlappingPartsApart() {
        AtomicLong now = new AtomicLong(0);
        PhaseTimes times = new PhaseTimes(now::get, () -> -1, 0, 0, -1);
        now.addAndGet(42_000_000L);
        times.lap("JavaFX start (the rest)");
        now.addAndGet(7_000_000L);
        times.lap("drawing and writing PNG image");
        times.part("PNG compression", 80);

        String report = times.report();
        assertThat(report.lines()).containsExactly("timing: JavaFX start (the rest) 42 ms",
                "timing: drawing and writing PNG image 7 ms", "timing: total 49 ms",
                "timing part: PNG compression 80 ms");
        assertThat(report.lines().map(PhaseTimes::parse).flatMap(java.util.Optional::stream))
                .extracting(PhaseTimes.Phase::name)
                .containsExactly("JavaFX start (the rest)", "drawing and writing PNG image", "total");
    }

    @Test
    void processorTimesAreReportedAndParsedBeside() {
        assertThat(PhaseTimes.parse("timing: layout 271 ms, cpu 480 ms"))
                .contains(new PhaseTimes.Phase("layout", 271, 480));
        assertThat(PhaseTimes.parse("Wrote map.png (2600 × 1936 px)")).isEmpty();
    }

    @Test
    void timesFromTheProcessStartBeginBeforeNowAndTheJvmStartComesFirst() {
        PhaseTimes.markMainEntered(true);
        PhaseTimes times = PhaseTimes.sinceProcessStart();
        times.lap("test");
        assertThat(times.totalMillis()).isPositive();
        assertThat(times.phases()).last().extracting(PhaseTimes.Phase::name).isEqualTo("test");
    }
}
