package app.parley.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Mangled datasets never make the reader throw, and its messages stay short and printable. */
class ReaderFuzzTest {

    private static final byte[] VALID = TinyDataset.json().getBytes(StandardCharsets.UTF_8);

    @Test
    void mangledDatasetsGetProblemsNeverExceptions() {
        DatasetReader reader = new DatasetReader();
        int cases = Fuzzing.run(300, seed -> {
            Random random = new Random(seed);
            LoadResult result = reader.read(mangle(random));

            assertThat(result.ok() || !result.errors().isEmpty()).isTrue();
            for (Problem problem : result.problems()) {
                assertThat(problem.message().length()).isLessThan(SafeText.LIMIT + 80);
                assertThat(problem.message().chars()).noneMatch(Character::isISOControl);
            }
        });
        System.out.println("Fuzzed " + cases + " mangled datasets");
        assertThat(cases).isGreaterThanOrEqualTo(300);
    }

    /** The valid file with a few random edits: bytes changed, hostile text put in, cut short. */
    private static byte[] mangle(Random random) {
        StringBuilder text = new StringBuilder(TinyDataset.json());
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(4)) {
                case 0 -> text.insert(at, Fuzzing.text(random, 6));
                case 1 -> text.delete(at, Math.min(text.length(), at + random.nextInt(20)));
                case 2 -> text.setCharAt(at, (char) random.nextInt(0x80));
                default -> text.replace(at, Math.min(text.length(), at + 5), "\"" + Fuzzing.text(random, 3)
                        .replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
            }
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(10) == 0) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        if (random.nextInt(10) == 0) {
            return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
        }
        return bytes;
    }
}
