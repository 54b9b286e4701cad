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
        assertThat(beside.dataset().relations()).hasSizeGreaterThan(2000);
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
                withBom(json.substring(0, json.length() / 2)),
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

    @Test
    void relationsReadOnTheirOwnThreadGiveTheSameDatasetAndProblemsWhereverTheyStandAndWhateverIsWrong() {
        int relations = json.indexOf("\"relations\"");
        int quotes = json.indexOf("\"quotes\"");
        String relationsMember = json.substring(relations, quotes);
        String relationsFirst = "{" + relationsMember + json.substring(1, relations) + json.substring(quotes);
        String firstRelation = json.substring(json.indexOf("{", relations), json.indexOf("}\n    }", relations) + 7);
        String noRelations = json.replace(relationsMember, "\"relations\": [],\n  ");
        List<String> variants = List.of(
                json,
                relationsFirst,
                json.replace(firstRelation, "{\"id\": \"r-bad\", \"from\": 7, \"type\": \"befriends\", \"x\": 1}"),
                json.replace(firstRelation, firstRelation + ", 42, null"),
                json.replace("\"from\": \"a1\"", "\"from\": \"a1\", \"from\": \"a2\""),
                json.replace(relationsMember, "\"relations\": {\"not\": \"a list\"},\n  "),
                json.replace(relationsMember, relationsMember + "\"relations\": [],\n  "),
                json.replace(relationsMember, relationsMember + "\"extra\": [[[[1]]]],\n  \"rel\\u0061tions\": 1,\n  "),
                json.replace(firstRelation, firstRelation.substring(0, firstRelation.length() - 1)),
                json.replace("\"format\"", "\"format\": 3, \"title\": null, \"ignored\""),
                json.replace(relationsMember, "\"relations\": " + "[".repeat(70) + "]".repeat(70) + ",\n  "),
                json + " trailing",
                json.replace("\"type\": \"criticised\"", "\"type\": \"criticized\"").replace("\"end\": 1", "\"end\": -1"),
                json.replace(relationsMember, relationsMember.replaceFirst("\\[", "[,")),
                json.replace(relationsMember, relationsMember.substring(0, relationsMember.lastIndexOf(']'))
                        + ",]" + relationsMember.substring(relationsMember.lastIndexOf(']') + 1)),
                json.replace(relationsMember, relationsMember.replace("},\n    {", "},,\n    {")),
                noRelations);
        for (String split : List.of(json, relationsFirst, variants.get(2), variants.get(3), variants.get(5))) {
            assertThat(TopLevelMembers.of(split.getBytes(StandardCharsets.UTF_8), 0)).isPresent();
        }
        for (String variant : variants) {
            byte[] bytes = variant.getBytes(StandardCharsets.UTF_8);
            LoadResult beside = BESIDE.read(bytes);
            assertThat(beside).as(variant.substring(0, 80)).isEqualTo(ONE_THREAD.read(bytes));
            assertThat(beside.problems().isEmpty()).isEqualTo(variant.equals(json) || variant.equals(relationsFirst)
                    || variant.equals(noRelations));
        }
    }

    @Test
    void membersAreFoundWhereTheyLieAndUnusualFilesAreLeftToTheWholeParse() {
        byte[] plain = " {\"a\": [1, {\"b\": \"}]\\\"\"}], \"c\":true,\"d\" : \"x\" }\n".getBytes(StandardCharsets.UTF_8);
        List<TopLevelMembers.Member> members = TopLevelMembers.of(plain, 0).orElseThrow();
        assertThat(members).extracting(TopLevelMembers.Member::name).containsExactly("a", "c", "d");
        assertThat(members).extracting(member -> new String(plain, member.start(), member.length(),
                StandardCharsets.UTF_8)).containsExactly("[1, {\"b\": \"}]\\\"\"}]", "true", "\"x\"");
        for (String unusual : List.of("[]", "{\"a\": 1, \"a\": 2}", "{\"\\u0061\": 1}", "{\"a\": 1} x", "{\"a\": }",
                "{\"a\": 1 2}", "{\"a\": [", "{\"a\" 1}", "{\"a\": " + "[".repeat(63) + "]".repeat(63) + "}")) {
            assertThat(TopLevelMembers.of(unusual.getBytes(StandardCharsets.UTF_8), 0)).as(unusual).isEmpty();
        }
        assertThat(TopLevelMembers.of("{ }".getBytes(StandardCharsets.UTF_8), 0)).contains(List.of());
    }

    @Test
    void aListIsCutIntoPiecesBetweenElementsThatNumberThemAsTheWholeList() {
        byte[] list = "{\"r\": [ {\"a\": \"x,y]\"}, [1, 2], 3 ,\"four\",5,{\"b\": [6]} ] }".getBytes(StandardCharsets.UTF_8);
        TopLevelMembers.Member member = TopLevelMembers.of(list, 0).orElseThrow().get(0);

        List<TopLevelMembers.Piece> pieces = TopLevelMembers.pieces(list, member, 3).orElseThrow();

        assertThat(pieces).hasSizeGreaterThan(1);
        assertThat(pieces).extracting(piece -> new String(list, piece.start(), piece.length(), StandardCharsets.UTF_8)
                .strip()).containsExactly("{\"a\": \"x,y]\"}, [1, 2]", "3 ,\"four\",5,{\"b\": [6]}");
        assertThat(pieces).extracting(TopLevelMembers.Piece::firstIndex).containsExactly(0, 2);
        for (String unusual : List.of("{\"r\": []}", "{\"r\": [1,]}", "{\"r\": [,1]}", "{\"r\": 7}")) {
            byte[] bytes = unusual.getBytes(StandardCharsets.UTF_8);
            assertThat(TopLevelMembers.pieces(bytes, TopLevelMembers.of(bytes, 0).orElseThrow().get(0), 100)).as(unusual)
                    .isEmpty();
        }
    }

    @Test
    void aLargeUtf16FileKeepsItsWarning() {
        byte[] body = json.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);

        LoadResult beside = BESIDE.read(bytes);
        assertThat(beside.problems()).anyMatch(problem -> problem.message().contains("UTF-16"));
        assertThat(beside).isEqualTo(ONE_THREAD.read(bytes));
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
