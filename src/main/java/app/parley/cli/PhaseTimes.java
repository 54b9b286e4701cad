package app.parley.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a command's time goes, phase by phase, from the start of the process: the JVM's own start up to
 * {@code main}, then every phase the command marks with {@link #lap(String)}, each with the processor time the whole
 * process spent in it (all threads; more than the wall time when several cores work). Phases follow each other, so
 * their times add up to the time since the process started.
 */
public final class PhaseTimes {

    /** The phase before {@code main}: the JVM starting and loading the launcher. */
    static final String JVM_START = "JVM start";

    private static final Pattern LINE = Pattern.compile("timing: (.+?) (\\d+) ms(?:, cpu (\\d+) ms)?");
    private static final Path PROC_STAT = Path.of("/proc/self/stat");
    private static final Path PROC_UPTIME = Path.of("/proc/uptime");
    /** Linux counts a process's times in ticks of 1/100 s (USER_HZ) on every common architecture. */
    private static final double MILLIS_PER_TICK = 10;

    private static volatile long mainEntered = Long.MIN_VALUE;
    private static volatile long mainEnteredCpu = -1;

    private final LongSupplier clock;
    private final LongSupplier cpuClock;
    private final List<Phase> phases = new ArrayList<>();
    private final List<Phase> parts = new ArrayList<>();
    private long last;
    private long lastCpu;

    /**
     * A phase and how long it took: {@code millis} of wall time, {@code cpuMillis} of processor time (negative when
     * not known).
     */
    record Phase(String name, double millis, double cpuMillis) {
    }

    /**
     * Times starting at {@code origin} on {@code clock} (nanoseconds); when {@code mainAt} is later than the origin,
     * the time up to it is the first phase, {@value #JVM_START}. {@code cpuClock} gives the process's processor time
     * in nanoseconds (or -1 when unknown); it starts at 0 with the process. {@code cpuAtMain} is the processor time
     * {@code main} began at, the JVM start's; when unknown (-1), the processor time up to now counts as the JVM start's.
     */
    PhaseTimes(LongSupplier clock, LongSupplier cpuClock, long origin, long mainAt, long cpuAtMain) {
        this.clock = clock;
        this.cpuClock = cpuClock;
        this.last = origin;
        this.lastCpu = 0;
        if (mainAt > origin) {
            lap(JVM_START, mainAt, cpuAtMain < 0 ? cpuClock.getAsLong() : cpuAtMain);
        }
    }

    /**
     * Notes the moment {@code main} began, for {@link #sinceProcessStart()}, and, when {@code withProcessorTime} (a
     * command asked to time its phases), the processor time spent up to then; later calls do nothing.
     */
    public static void markMainEntered(boolean withProcessorTime) {
        if (mainEntered == Long.MIN_VALUE) {
            mainEntered = System.nanoTime();
            if (withProcessorTime) {
                mainEnteredCpu = processCpuNanos();
            }
        }
    }

    /**
     * Times from the start of this process as Linux records it (to 10 ms), with processor times; elsewhere from
     * {@code main}, without them.
     */
    static PhaseTimes sinceProcessStart() {
        long now = System.nanoTime();
        long main = mainEntered == Long.MIN_VALUE ? now : mainEntered;
        Optional<long[]> stat = procStat();
        Optional<Double> uptime = firstNumber(PROC_UPTIME);
        if (stat.isEmpty() || uptime.isEmpty()) {
            return new PhaseTimes(System::nanoTime, () -> -1, main, main, -1);
        }
        long sinceStart = (long) ((uptime.get() * 1000 - stat.get()[2] * MILLIS_PER_TICK) * 1e6);
        long origin = Math.min(main, now - Math.max(0, sinceStart));
        return new PhaseTimes(System::nanoTime, PhaseTimes::processCpuNanos, origin, main, mainEnteredCpu);
    }

    /** Times from now, for a run that does not report them. */
    static PhaseTimes fromNow() {
        long now = System.nanoTime();
        return new PhaseTimes(System::nanoTime, () -> -1, now, now, -1);
    }

    /** Ends the phase called {@code name} now; the next phase begins. */
    void lap(String name) {
        lap(name, clock.getAsLong(), cpuClock.getAsLong());
    }

    private void lap(String name, long now, long cpu) {
        phases.add(new Phase(name, (now - last) / 1e6, cpu < 0 ? -1 : (cpu - lastCpu) / 1e6));
        last = now;
        lastCpu = Math.max(0, cpu);
    }

    /**
     * Notes a part of a phase that overlaps others (drawing tiles while earlier ones are compressed, say): reported
     * apart, not added to the total.
     */
    void part(String name, double millis) {
        parts.add(new Phase(name, millis, -1));
    }

    /** The phases so far, in order. */
    List<Phase> phases() {
        return List.copyOf(phases);
    }

    /** The overlapping parts noted so far. */
    List<Phase> parts() {
        return List.copyOf(parts);
    }

    /** The sum of the phases so far, in milliseconds. */
    double totalMillis() {
        return phases.stream().mapToDouble(Phase::millis).sum();
    }

    /**
     * One line per phase, "timing: layout 271 ms, cpu 480 ms", the total, then the overlapping parts
     * ("timing part: …").
     */
    String report() {
        StringBuilder out = new StringBuilder();
        for (Phase phase : phases) {
            out.append(line(phase));
        }
        double cpu = phases.stream().anyMatch(phase -> phase.cpuMillis() < 0) ? -1
                : phases.stream().mapToDouble(Phase::cpuMillis).sum();
        out.append(line(new Phase("total", totalMillis(), cpu)));
        for (Phase part : parts) {
            out.append(String.format(Locale.ROOT, "timing part: %s %.0f ms%n", part.name(), part.millis()));
        }
        return out.toString();
    }

    private static String line(Phase phase) {
        return phase.cpuMillis() < 0
                ? String.format(Locale.ROOT, "timing: %s %.0f ms%n", phase.name(), phase.millis())
                : String.format(Locale.ROOT, "timing: %s %.0f ms, cpu %.0f ms%n", phase.name(), phase.millis(),
                        phase.cpuMillis());
    }

    /** Reads a phase line of {@link #report()} back; nothing for other lines (parts included). */
    static Optional<Phase> parse(String line) {
        Matcher matcher = LINE.matcher(line.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        double cpu = matcher.group(3) == null ? -1 : Double.parseDouble(matcher.group(3));
        return Optional.of(new Phase(matcher.group(1), Double.parseDouble(matcher.group(2)), cpu));
    }

    /** This process's user and system time in nanoseconds, or -1 when the system does not say. */
    private static long processCpuNanos() {
        return procStat().map(fields -> (long) ((fields[0] + fields[1]) * MILLIS_PER_TICK * 1e6)).orElse(-1L);
    }

    /** User time, system time and start time (since boot) of this process in ticks, from /proc/self/stat. */
    private static Optional<long[]> procStat() {
        try {
            String stat = Files.readString(PROC_STAT, StandardCharsets.US_ASCII);
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // After the command name: state is field 3, utime 14, stime 15, starttime 22 (1-based, proc(5)).
            return Optional.of(new long[] {Long.parseLong(fields[11]), Long.parseLong(fields[12]),
                    Long.parseLong(fields[19])});
        } catch (IOException | NumberFormatException | IndexOutOfBoundsException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<Double> firstNumber(Path file) {
        try {
            return Optional.of(Double.parseDouble(Files.readString(file, StandardCharsets.US_ASCII).split(" ")[0]));
        } catch (IOException | NumberFormatException | IndexOutOfBoundsException unreadable) {
            return Optional.empty();
        }
    }
}
