package app.parley.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.io.synthetic.SyntheticDataset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A large file is checked as text, and its hashes and claims, on a second thread while the first one parses it: the
 * dataset and the problems, in their order, are exactly those of checking everything on one thread.
 */
class CheckingBesideTest {

    private static final DatasetReader ONE_THREAD = new DatasetReader(DatasetReader.DEFAULT_MAX_BYTES, Long.MAX_VALUE);
    private static final DatasetReader BESIDE = new DatasetReader(DatasetReader.DEFAULT_MAX_BYTES, 0);

    private static String json;

    @BeforeAll
    static void writeAMapWithThousandsOfClaims() {
        json = new DatasetWriter().toJson(SyntheticDataset.generate(SyntheticDataset.Settings.of(800, 2400, 5)));
    }

    @Test
    void aLargeGoodFileReadsTheSameOnTwoThreads() {
        LoadResult beside = BESIDE.read(json.getBytes(StandardCharsets.UTF_8));

        assertThat(beside.ok()).isTrue();
        assertThat(beside.dataset().relations()).hasSizeGreaterThan(DatasetValidator.BESIDE_FROM_CLAIMS);
        assertThat(beside).isEqualTo(ONE_THREAD.read(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theDefaultReaderChecksBesideFromAMegabyteOnAndReadsTheSame() {
        byte[] big = json.getBytes(StandardCharsets.UTF_8);

        assertThat(big.length).isGreaterThan(DatasetReader.BESIDE_FROM_BYTES);
        assertThat(new DatasetReader().read(big)).isEqualTo(ONE_THREAD.read(big));
    }

    @Test
    void brokenFilesGiveTheSameProblemsInTheSameOrder() {
        String firstSha = json.substring(json.indexOf("\"sha256\""), json.indexOf("\"sha256\"") + 30);
        String firstClaim = json.substring(json.indexOf("\"text\"", json.indexOf("\"evidence\"")),
                json.indexOf("\"text\"", json.indexOf("\"evidence\"")) + 12);
        List<byte[]> broken = List.of(
                withBom(json),
                (json.replace(firstSha, firstSha.substring(0, 25) + "00000")).getBytes(StandardCharsets.UTF_8),
                json.replace(firstClaim, firstClaim.substring(0, 8) + "Misquoted ").getBytes(StandardCharsets.UTF_8),
                withBom(json.replace(firstClaim, firstClaim.substring(0, 8) + "Misquoted ")),
                json.replaceFirst("\"id\": \"s2\"", "\"id\": \"s1\"").replace("\"from\": \"a1\"", "\"from\": \"nobody\"")
                        .getBytes(StandardCharsets.UTF_8),
                json.substring(0, json.length() / 2).getBytes(StandardCharsets.UTF_8),
                invalidUtf8InTheMiddle(json),
                new byte[0],
                "   \n  ".getBytes(StandardCharsets.UTF_8),
                new byte[] {'{', 0, 0, 0});
        for (byte[] bytes : broken) {
            LoadResult beside = BESIDE.read(bytes);
            assertThat(beside).isEqualTo(ONE_THREAD.read(bytes));
            assertThat(beside.problems()).isNotEmpty();
        }
    }

    private static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        return bytes;
    }

    private static byte[] invalidUtf8InTheMiddle(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int middle = text.indexOf("\"text\"", text.length() / 2) + 9;
        bytes[middle] = (byte) 0xC3;
        bytes[middle + 1] = (byte) 0x28;
        return bytes;
    }
}
