package app.parley.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.io.synthetic.SyntheticDataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RelationTokensTest {

    private static final String PLAIN = "{\"id\": \"r1\", \"from\": \"a1\", \"type\": \"met-with\", \"to\": \"a2\", "
            + "\"evidence\": {\"source\": \"s1\", \"start\": 4, \"end\": 9, \"text\": \"Kalın\"}}";

    @Test
    void piecesOfAGeneratedFileReadFromTokensGiveWhatTreesGive() throws IOException {
        byte[] file = new DatasetWriter().toJson(SyntheticDataset.generate(SyntheticDataset.Settings.of(400, 1200, 7)))
                .getBytes(StandardCharsets.UTF_8);
        TopLevelMembers.Member relations = TopLevelMembers.of(file, 0).orElseThrow().stream()
                .filter(member -> member.name().equals(DatasetMapper.RELATIONS)).findFirst().orElseThrow();
        List<TopLevelMembers.Piece> pieces = TopLevelMembers.pieces(file, relations, 5).orElseThrow();
        assertThat(pieces).hasSizeGreaterThan(1);

        int relationsRead = 0;
        for (TopLevelMembers.Piece piece : pieces) {
            byte[] array = new byte[piece.length() + 2];
            array[0] = '[';
            System.arraycopy(file, piece.start(), array, 1, piece.length());
            array[array.length - 1] = ']';
            List<Problem> problems = new ArrayList<>();
            DatasetMapper.Relations byTrees = new DatasetMapper(problems).relationPieceByTrees(array,
                    piece.firstIndex(), problems);

            DatasetMapper.Relations byTokens = RelationTokens.read(array, piece.firstIndex());

            assertThat(problems).isEmpty();
            assertThat(byTokens).isNotNull();
            assertThat(byTokens.relations()).isEqualTo(byTrees.relations());
            assertThat(byTokens.pointers()).isEqualTo(byTrees.pointers());
            assertThat(byTokens.claims()).isEqualTo(byTrees.claims());
            assertThat(byTokens.problems()).isEmpty();
            relationsRead += byTokens.relations().size();
        }
        assertThat(relationsRead).isEqualTo(1200);
    }

    @Test
    void aPlainRelationIsReadWithItsPointerAndClaim() throws IOException {
        DatasetMapper.Relations read = RelationTokens.read(("[" + PLAIN + "]").getBytes(StandardCharsets.UTF_8), 7);

        assertThat(read.pointers()).containsExactly("/relations/7");
        assertThat(read.relations().get(0).evidence().end()).isEqualTo(9);
        assertThat(read.claims()).singleElement().satisfies(claim -> {
            assertThat(claim.pointer()).isEqualTo("/relations/7/evidence/text");
            assertThat(claim.text()).isEqualTo("Kalın");
        });
    }

    /** Each case names a part of the plain relation and what it is changed to, with " => " between. */
    @ParameterizedTest
    @ValueSource(strings = {"\"to\": \"a2\" => \"to\": \"a2\", \"note\": \"x\"", "\"r1\" => \" \"",
            "met-with => hugged", "\"r1\" => 5", "\"Kalın\" => null", "\"Kalın\" => \"Kalın\", \"extra\": 1",
            "\"start\": 4 => \"start\": 4.5", "\"start\": 4 => \"start\": 3000000000",
            "\"start\": 4 => \"start\": -1", "\"end\": 9 => \"end\": 2", "\"a2\" => null"})
    void anythingNotPlainIsLeftToTheTreesWhichReportIt(String change) throws IOException {
        String[] parts = change.split(" => ");
        assertThat(PLAIN).contains(parts[0]);
        String relation = PLAIN.replace(parts[0], parts[1]);
        byte[] array = ("[" + PLAIN + ", " + relation + "]").getBytes(StandardCharsets.UTF_8);
        List<Problem> problems = new ArrayList<>();

        assertThat(RelationTokens.read(array, 0)).isNull();
        new DatasetMapper(problems).relationPieceByTrees(array, 0, problems);
        assertThat(problems).isNotEmpty().allMatch(problem -> problem.pointer().startsWith("/relations/1"));
    }

    @Test
    void aRelationWithoutEvidenceOrWithEvidenceOfAnotherTypeIsLeftToTheTrees() throws IOException {
        String noEvidence = PLAIN.substring(0, PLAIN.indexOf(", \"evidence\"")) + "}";
        String textEvidence = noEvidence.replace("}", ", \"evidence\": \"s1\"}");
        for (String relation : List.of(noEvidence, textEvidence, "[]")) {
            assertThat(RelationTokens.read(("[" + relation + "]").getBytes(StandardCharsets.UTF_8), 0)).isNull();
        }
    }
}
