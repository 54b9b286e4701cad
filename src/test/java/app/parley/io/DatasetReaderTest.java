package app.parley.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetReaderTest {

    private final DatasetReader reader = new DatasetReader();

    private static String onlyMessage(LoadResult result) {
        assertThat(result.problems()).hasSize(1);
        return result.problems().get(0).describe();
    }

    private static Problem problemAt(LoadResult result, String pointer) {
        return result.problems().stream().filter(p -> p.pointer().equals(pointer)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem at " + pointer + " in " + result.problems()));
    }

    @Test
    void validTinyDatasetLoadsWithoutProblems() {
        LoadResult result = reader.read(TinyDataset.json());

        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset().actors()).extracting(a -> a.name())
                .containsExactly("Hakan Fidan", "Rustem Umerov", "Ukrainian delegation");
        assertThat(result.dataset().quotes().get(0).span().start()).isEqualTo(45);
    }

    @Test
    void emptyFileIsReportedAsEmpty() {
        assertThat(onlyMessage(reader.read(new byte[0]))).contains("The file is empty");
    }

    @Test
    void whiteSpaceOnlyFileIsReported() {
        assertThat(onlyMessage(reader.read(" \n\t ".getBytes(StandardCharsets.UTF_8)))).contains("only white space");
    }

    @Test
    void binaryFileIsRefusedWithTheOffsetOfItsZeroByte() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

        assertThat(onlyMessage(reader.read(png))).contains("binary file").contains("offset 8");
    }

    @Test
    void textThatIsNotUtf8IsRefused() {
        byte[] latin1 = "{\"title\": \"Dolmabah\u00e7e\"}".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(onlyMessage(reader.read(latin1))).contains("not UTF-8").contains("offset 19");
    }

    @Test
    void byteOrderMarkIsIgnoredWithAWarning() {
        byte[] json = TinyDataset.json().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);

        LoadResult result = reader.read(withBom);

        assertThat(result.ok()).isTrue();
        assertThat(onlyMessage(result)).contains("warning").contains("byte order mark");
    }

    @Test
    void malformedJsonIsPlacedAtItsLineAndColumn() {
        String broken = TinyDataset.json().replace("\"title\": \"Tiny\",", "\"title\": \"Tiny\"");

        LoadResult result = reader.read(broken);

        Problem problem = result.problems().get(0);
        assertThat(result.ok()).isFalse();
        assertThat(problem.message()).startsWith("The JSON is malformed");
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.column()).isEqualTo(3);
    }

    @Test
    void truncatedJsonSaysTheFileEndsTooEarly() {
        String json = TinyDataset.json();

        assertThat(onlyMessage(reader.read(json.substring(0, json.length() / 2)))).contains("ends too early");
    }

    @Test
    void deepNestingIsRefusedWithAPlainMessage() {
        String deep = "[".repeat(5000) + "]".repeat(5000);

        assertThat(onlyMessage(reader.read(deep))).contains("nests deeper than 64 levels");
    }

    @Test
    void fileOverTheSizeLimitIsRefusedBeforeParsing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.json");
        Files.write(file, new byte[3 * 1024 * 1024]);

        String message = onlyMessage(new DatasetReader(2L * 1024 * 1024).read(file));

        assertThat(message).contains("3.0 MB").contains("up to 2.0 MB");
    }

    @Test
    void missingFileAndFolderAreNamed(@TempDir Path dir) {
        assertThat(onlyMessage(reader.read(dir.resolve("nope.json")))).contains("There is no file at");
        assertThat(onlyMessage(reader.read(dir))).contains("folder");
    }

    @Test
    void topLevelListIsRefused() {
        assertThat(onlyMessage(reader.read("[1, 2]"))).contains("top level should be a JSON object");
    }

    @Test
    void everyMissingFieldIsReportedNotOnlyTheFirst() {
        String json = TinyDataset.json()
                .replace("\"name\": \"Hakan Fidan\", ", "")
                .replace("\"kind\": \"delegation\", ", "");

        LoadResult result = reader.read(json);

        assertThat(result.errors()).extracting(Problem::describe).containsExactly(
                "line 9:5, /actors/0: This actor has no \"name\".",
                "line 11:5, /actors/2: This actor has no \"kind\".");
    }

    @Test
    void wrongTypeNamesWhatWasExpectedAndWhatWasFound() {
        LoadResult result = reader.read(TinyDataset.json().replace("\"start\": 45", "\"start\": \"45\""));

        Problem problem = problemAt(result, "/quotes/0/span/start");
        assertThat(problem.message()).isEqualTo("\"start\" should be a whole number, but it is text.");
        assertThat(problem.line()).isEqualTo(20);
    }

    @Test
    void unknownVocabularyTermListsTheAllowedOnes() {
        LoadResult result = reader.read(TinyDataset.json().replace("\"type\": \"mediates\"", "\"type\": \"likes\""));

        assertThat(problemAt(result, "/relations/0/type").message())
                .startsWith("\"likes\" is not a known type; use one of: leads, member-of,");
    }

    @Test
    void duplicateIdsAreReported() {
        LoadResult result = reader.read(TinyDataset.json().replace("\"id\": \"umerov\"", "\"id\": \"fidan\""));

        assertThat(problemAt(result, "/actors/1/id").message())
                .isEqualTo("Another actor already has the id \"fidan\"; ids must be unique.");
    }

    @Test
    void referenceToUnknownActorIsPlacedOnItsField() {
        LoadResult result = reader.read(TinyDataset.json().replace("\"speaker\": \"umerov\"", "\"speaker\": \"umerow\""));

        Problem problem = problemAt(result, "/quotes/0/speaker");
        assertThat(problem.message()).isEqualTo("No actor has the id \"umerow\".");
        assertThat(problem.line()).isEqualTo(19);
        assertThat(problem.column()).isEqualTo(29);
    }

    @Test
    void aRelationsUnknownEndsAndEvidenceSourceArePlacedOnTheirFields() {
        LoadResult result = reader.read(TinyDataset.json().replace("\"to\": \"ua\"", "\"to\": \"uk\"")
                .replace("\"source\": \"s\", \"start\": 0", "\"source\": \"t\", \"start\": 0"));

        assertThat(problemAt(result, "/relations/0/to").message()).isEqualTo("No actor has the id \"uk\".");
        assertThat(problemAt(result, "/relations/0/evidence/source").message())
                .isEqualTo("No source has the id \"t\".");
        assertThat(result.problems()).noneMatch(problem -> problem.pointer().equals("/relations/0/from"));
    }

    @Test
    void spanPastTheEndOfTheTextIsReported() {
        LoadResult result = reader.read(TinyDataset.json().replace("\"end\": 58", "\"end\": 580"));

        assertThat(problemAt(result, "/quotes/0/span").message())
                .isEqualTo("The span ends at 580, past the end of source \"s\" (80 characters).");
    }

    @Test
    void quoteWhoseTextDiffersFromTheSourceIsReportedWithWhereTheWordsAre() {
        LoadResult result = reader.read(TinyDataset.json().replace("\"start\": 45, \"end\": 58", "\"start\": 44, \"end\": 57"));

        assertThat(problemAt(result, "/quotes/0/text").message())
                .isEqualTo("The quote reads “We are ready,” but the source has ““We are ready” at 44–57."
                        + " The words stand at 45–58.");
    }

    @Test
    void evidenceWhoseTextDiffersFromTheSourceIsReported() {
        LoadResult result = reader.read(TinyDataset.json().replace("\"text\": \"Hakan Fidan opened the talks\"",
                "\"text\": \"Hakan Fidan closed the talks\""));

        assertThat(problemAt(result, "/relations/0/evidence/text").message())
                .startsWith("The evidence reads “Hakan Fidan closed the talks” but the source has");
    }

    @Test
    void changedSourceTextIsCaughtByItsSha256() {
        LoadResult result = reader.read(TinyDataset.json().replace("Dolmabahçe", "Dolmabahce"));

        assertThat(problemAt(result, "/sources/0/sha256").message()).contains("the text changed after its spans were made");
    }

    @Test
    void unknownFieldIsOnlyAWarning() {
        LoadResult result = reader.read(TinyDataset.json().replace("\"aliases\": [\"Fidan\"]",
                "\"aliases\": [\"Fidan\"], \"nmae\": \"x\""));

        assertThat(result.ok()).isTrue();
        assertThat(result.problems()).extracting(Problem::describe)
                .containsExactly("line 9:110, /actors/0/nmae: warning: Unknown field \"nmae\" is ignored.");
    }

    @Test
    void duplicateKeyInAnObjectIsMalformed() {
        LoadResult result = reader.read(TinyDataset.json().replace("\"title\": \"Tiny\",", "\"title\": \"Tiny\", \"title\": \"Again\","));

        assertThat(onlyMessage(result)).contains("a field appears twice").contains("title");
    }

    @Test
    void problemsComeInFileOrder() {
        String json = TinyDataset.json()
                .replace("\"speaker\": \"umerov\"", "\"speaker\": \"nobody\"")
                .replace("\"holder\"", "\"holder\"")
                .replace("\"from\": \"fidan\"", "\"from\": \"ghost\"");

        List<Integer> lines = reader.read(json).problems().stream().map(Problem::line).toList();

        assertThat(lines).isSorted().hasSize(2);
    }

    @Test
    void dataAfterTheClosingBraceIsMalformed() {
        LoadResult result = reader.read(TinyDataset.json() + "{}");

        assertThat(onlyMessage(result)).contains("The JSON is malformed").contains("More data follows");
    }

    @Test
    void problemsInAFileAreCountedInCharactersNotBytes() {
        String json = TinyDataset.json().replace("\"Hakan Fidan\", \"kind\": \"person\"",
                "\"Hakan Fidan\", \"kind\": \"persön\"");

        Problem fromText = problemAt(reader.read(json), "/actors/0/kind");
        Problem fromBytes = problemAt(reader.read(json.getBytes(StandardCharsets.UTF_8)), "/actors/0/kind");

        assertThat(fromBytes.line()).isEqualTo(fromText.line()).isEqualTo(9);
        assertThat(fromBytes.column()).isEqualTo(fromText.column());
    }

    @Test
    void malformedBytesArePlacedByCharacterColumn() {
        String json = TinyDataset.json().replace("\"Hakan Fidan\", \"kind\"", "\"Hakan Fidan\", \"kïnd\" 1");

        Problem fromText = reader.read(json).problems().get(0);
        Problem fromBytes = reader.read(json.getBytes(StandardCharsets.UTF_8)).problems().get(0);

        assertThat(fromBytes).isEqualTo(fromText);
        assertThat(fromBytes.message()).startsWith("The JSON is malformed");
    }
}
