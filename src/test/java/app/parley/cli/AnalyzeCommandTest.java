package app.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void pathPrintsEachStepWithTheSentenceItRestsOn() {
        CliRun run = CliRun.of("analyze", "--path", "Zelensky", "Putin");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("How Volodymyr Zelensky and Vladimir Putin are connected: three shortest "
                + "paths, links read either way.\n\nPath 1, one step:\n"
                + "  1. Volodymyr Zelensky --criticised--> Vladimir Putin\n"
                + "       \"Russian President Vladimir Putin, who proposed the talks,")
                .contains("Path 2, two steps:", "Path 3, two steps:")
                .doesNotContain("Path 4")
                .contains("Source: Russia and Ukraine hold first direct talks in three years in Istanbul");
    }

    @Test
    void pathAsJsonParsesBackWithStepsDirectionsAndEvidence() throws Exception {
        CliRun run = CliRun.of("analyze", "--path", "kellogg", "Vladimir Medinsky", "--json", "--limit", "4");

        assertThat(run.exitCode()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("analysis").asText()).isEqualTo("path");
        assertThat(root.at("/from/id").asText()).isEqualTo("kellogg");
        assertThat(root.at("/to/name").asText()).isEqualTo("Vladimir Medinsky");
        assertThat(root.get("paths")).hasSize(4);
        JsonNode first = root.at("/paths/0");
        assertThat(first.get("length").asInt()).isEqualTo(3).isEqualTo(first.get("steps").size());
        JsonNode step = first.at("/steps/0");
        assertThat(step.at("/from/id").asText()).isEqualTo("kellogg");
        assertThat(step.get("direction").asText()).isIn("forward", "backward");
        assertThat(step.at("/evidence/source").asText()).isEqualTo("istanbul-2025");
        assertThat(step.get("sentence").asText()).contains(step.at("/evidence/text").asText());
        assertThat(first.at("/steps/2/to/id").asText()).isEqualTo("medinsky");
    }

    @Test
    void degreeRankingPrintsTheTopActorsWithTheirCounts() {
        CliRun run = CliRun.of("analyze", "--centrality", "degree", "--limit", "3");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("Degree: how many links touch each actor, in either direction, parallel "
                + "links counted.\nTop 3 of 37:\n"
                + "   1  Ukraine             15\n"
                + "   2  Russia              14\n"
                + "   3  Russian delegation  13\n");
    }

    @Test
    void brokerageRankingPutsTheMediatorAndTheHostFirst() {
        CliRun run = CliRun.of("analyze", "--centrality", "brokerage", "--limit", "3");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Brokerage: how many pairs of actors on two opposed sides");
        assertThat(run.out()).endsWith("Top 3 of 37:\n"
                + "   1  Hakan Fidan  1\n"
                + "   1  Turkey       1\n"
                + "   3  Afp          0\n".replace("Afp", "AFP"));
    }

    @Test
    void betweennessAsJsonIsSortedHighestFirst() throws Exception {
        CliRun run = CliRun.of("analyze", "--centrality", "betweenness", "--json", "--limit", "5");

        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("measure").asText()).isEqualTo("betweenness");
        assertThat(root.get("actors").asInt()).isEqualTo(37);
        List<String> ids = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        root.get("ranking").forEach(r -> {
            ids.add(r.at("/actor/id").asText());
            scores.add(r.get("score").asDouble());
        });
        assertThat(ids).containsExactly("ukraine", "russia", "putin", "russian-delegation", "ukrainian-delegation");
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(root.at("/ranking/0/rank").asInt()).isEqualTo(1);
    }

    @Test
    void delegationsShowThatRussiasTeamIsLedByNoMinisterAndUkrainesIs() {
        CliRun run = CliRun.of("analyze", "--delegations");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Russian delegation, representing Russia\n"
                + "  Led by:    Vladimir Medinsky, head of the peace talks (Russian delegation); former culture "
                + "minister (Russia) [no rank]\n"
                + "  Members:   Aleksandr Fomin, Deputy Defence Minister (Russia) [deputy minister, tier 3]\n")
                .contains("  Sent by:   Vladimir Putin\n")
                .contains("Turkish delegation, representing Turkey")
                .containsPattern("Russian delegation +Vladimir Medinsky \\(no rank\\) +deputy minister, tier 3 +no ")
                .containsPattern("Ukrainian delegation +Rustem Umerov \\(minister\\) +minister, tier 2 +yes ");
    }

    @Test
    void delegationsAsJsonCompareHighestTiers() throws Exception {
        JsonNode root = JSON.readTree(CliRun.of("analyze", "--delegations", "--json").out());

        JsonNode russia = root.at("/delegations/0");
        JsonNode ukraine = root.at("/delegations/1");
        assertThat(russia.at("/delegation/id").asText()).isEqualTo("russian-delegation");
        assertThat(russia.at("/highestRank/tier").asInt()).isEqualTo(3);
        assertThat(russia.get("ledByMinister").asBoolean()).isFalse();
        assertThat(russia.get("leaderRank").isNull()).isTrue();
        assertThat(russia.at("/sentBy/0/id").asText()).isEqualTo("putin");
        assertThat(russia.at("/members/0/bestRank/id").asText()).isEqualTo("deputy-minister");
        assertThat(ukraine.at("/highestRank/tier").asInt()).isEqualTo(2);
        assertThat(ukraine.get("ledByMinister").asBoolean()).isTrue();
        assertThat(root.at("/delegations/2/delegation/id").asText()).isEqualTo("turkish-delegation");
    }

    @Test
    void chainPrintsTheStepsFromFominUpToPutin() {
        CliRun run = CliRun.of("analyze", "--chain", "Fomin");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Aleksandr Fomin answers to Vladimir Putin (President of Russia) in two "
                + "steps:\n  1. Aleksandr Fomin --member of--> Russian delegation\n")
                .contains("  2. Russian delegation --was sent by--> Vladimir Putin\n")
                .contains("(also: has a mandate from)");
    }

    @Test
    void chainAsJsonNamesTheHeadOfState() throws Exception {
        JsonNode root = JSON.readTree(CliRun.of("analyze", "--chain", "umerov", "--json").out());

        assertThat(root.get("found").asBoolean()).isTrue();
        assertThat(root.at("/headOfState/id").asText()).isEqualTo("zelensky");
        assertThat(root.get("steps")).hasSize(3);
        assertThat(root.at("/steps/2/phrase").asText()).isEqualTo("has President");
        assertThat(root.at("/steps/2/direction").asText()).isEqualTo("backward");
    }

    @Test
    void chainWithoutAHeadOfStateSaysSoAndStillSucceeds() throws Exception {
        CliRun run = CliRun.of("analyze", "--chain", "Kalin");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("No chain of authority leads from İbrahim Kalın to a head of state in this "
                + "dataset.\n");
        JsonNode root = JSON.readTree(CliRun.of("analyze", "--chain", "Kalin", "--json").out());
        assertThat(root.get("found").asBoolean()).isFalse();
        assertThat(root.get("headOfState").isNull()).isTrue();
    }

    @Test
    void aNameWithNoNearMissExitsTwoSayingHowToNameAnActor() {
        CliRun run = CliRun.of("analyze", "--path", "Zelensky", "Nobody");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("No actor is called \"Nobody\" in this dataset, and no name comes close.")
                .contains("by its id, name or alias").contains("--centrality degree");
    }

    @Test
    void anUnknownNameExitsTwoAndSuggestsTheNearestActor() {
        CliRun run = CliRun.of("analyze", "--chain", "Zelenskyy");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("No actor is called \"Zelenskyy\" in this dataset. Did you mean:\n"
                + "  zelensky  Volodymyr Zelensky\n");
    }

    @Test
    void anAmbiguousNameExitsTwoAndListsTheCandidates() {
        CliRun run = CliRun.of("analyze", "--path", "Vladimir", "Kalin");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("\"Vladimir\" could be any of these actors; name one by its id or full "
                + "name:\n  medinsky  Vladimir Medinsky\n  putin     Vladimir Putin\n");
    }

    @Test
    void theSameActorTwiceIsAUsageError() {
        CliRun run = CliRun.of("analyze", "--path", "putin", "Vladimir Putin");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Both names refer to Vladimir Putin");
    }

    @Test
    void anUnknownMeasureOrABadLimitIsAUsageError() {
        CliRun measure = CliRun.of("analyze", "--centrality", "closeness");
        CliRun limit = CliRun.of("analyze", "--path", "putin", "zelensky", "--limit", "0");

        assertThat(measure.exitCode()).isEqualTo(2);
        assertThat(measure.err()).contains("--centrality must be degree, betweenness or brokerage, not closeness");
        assertThat(limit.exitCode()).isEqualTo(2);
        assertThat(limit.err()).contains("--limit must be a positive number");
    }

    @Test
    void exactlyOneQuestionMustBeAsked() {
        assertThat(CliRun.of("analyze").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("analyze", "--delegations", "--chain", "fomin").exitCode()).isEqualTo(2);
    }

    @Test
    void aGivenDatasetFileIsAnalysed() {
        CliRun run = CliRun.of("analyze", "--dataset", "assets/istanbul-talks-2025.json", "--chain", "galuzin");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Mihail Galuzin answers to Vladimir Putin");
    }

    @Test
    void aBrokenDatasetPrintsItsProblemsLikeCheckAndExitsOne(@TempDir Path dir) throws Exception {
        String json = Files.readString(Path.of("assets/istanbul-talks-2025.json"), StandardCharsets.UTF_8)
                .replace("\"speaker\": \"peskov\"", "\"speaker\": \"peskow\"");
        Path file = dir.resolve("broken.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("analyze", "--dataset", file.toString(), "--delegations");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).containsPattern("broken\\.json:\\d+:\\d+: error: No actor has the id \"peskow\"\\. "
                + "\\[/quotes/3/speaker\\]").contains("2 errors; the dataset cannot be opened.");
    }

    @Test
    void helpDocumentsTheJsonFields() {
        CliRun run = CliRun.of("analyze", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--path", "--centrality", "--delegations", "--chain", "--json", "--limit",
                "direction (forward|backward)", "ledByMinister", "headOfState");
        assertThat(CliRun.of("--help").out()).contains("analyze");
    }
}
