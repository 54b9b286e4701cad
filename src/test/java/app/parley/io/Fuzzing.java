package app.parley.io;

import java.time.Duration;
import java.util.Random;
import java.util.function.LongConsumer;

/**
 * A seeded fuzzing loop for the build: runs one case per seed, starting at {@code parley.fuzz.seed} (default 1), for
 * {@code parley.fuzz.seconds} seconds (default 3; {@code ./mvnw verify -Dparley.fuzz.seconds=600} fuzzes for ten
 * minutes). A failing case names its seed, which replays it.
 */
public final class Fuzzing {

    private static final String[] PIECES = {"=", "+", "-", "@", "\t", "\r", "\n", "\r\n", "'", "\"", "\\", "\\\"",
        "<", ">", "&", "&amp;", "]]>", "<!--", "{", "}", "[", "]", ";", ",", "\u0000", "\u0001", "\u0007", "\u001B[31m",
        "\u007F", "\u0085", "\uFEFF", "\uFFFE", "\uFFFF", "\u202E", "\u2028", "\uD800", "\uDFFF", "\uD83D\uDE00",
        "İbrahim Kalın", "Dolmabahçe", "Ǆ", "=HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1)",
        "\"]; evil [URL=\"javascript:alert(1)\"", "_x0041_", "label", " ", "  ", "é", "\u0301", "%s", "${x}",
        "javascript:", "&#1;", "&#xD800;", "\\N", "\\G", "\\l", "->", "--", "digraph", "}", "a", "b", "0", "1e309"};

    private Fuzzing() {
    }

    /** Runs {@code body} with one seed after another until the time is up; at least {@code minimum} cases. */
    public static int run(int minimum, LongConsumer body) {
        long seed = Long.getLong("parley.fuzz.seed", 1L);
        Duration budget = Duration.ofSeconds(Long.getLong("parley.fuzz.seconds", 3L));
        long deadline = System.nanoTime() + budget.toNanos();
        int cases = 0;
        while (cases < minimum || System.nanoTime() < deadline) {
            long current = seed + cases;
            try {
                body.accept(current);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("Fuzz case failed; replay with -Dparley.fuzz.seed=" + current
                        + " -Dparley.fuzz.seconds=0: " + e.getMessage(), e);
            }
            cases++;
        }
        return cases;
    }

    /** A string of up to {@code maxPieces} pieces, hostile ones and random characters of any plane, mixed. */
    public static String text(Random random, int maxPieces) {
        int pieces = random.nextInt(maxPieces + 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            switch (random.nextInt(4)) {
                case 0 -> out.append(PIECES[random.nextInt(PIECES.length)]);
                case 1 -> out.append((char) random.nextInt(0x10000));
                case 2 -> out.appendCodePoint(0x10000 + random.nextInt(0x10FFFF - 0x10000));
                default -> out.append((char) (' ' + random.nextInt(95)));
            }
        }
        return out.toString();
    }
}
