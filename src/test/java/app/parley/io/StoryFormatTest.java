package app.parley.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.model.Dataset;
import app.parley.model.Quote;
import app.parley.model.Story;
import app.parley.model.StoryStep;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StoryFormatTest {

    private final DatasetReader reader = new DatasetReader();

    private static String tinyWithStory(String steps) {
        String json = TinyDataset.json();
        int end = json.lastIndexOf('}');
        return json.substring(0, end).stripTrailing() + ",\n  \"story\": " + steps + "\n}\n";
    }

    private static Problem problemAt(LoadResult result, String pointer) {
        return result.problems().stream().filter(p -> p.pointer().equals(pointer)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem at " + pointer + " in " + result.problems()));
    }

    @Test
    void storyStepsAreReadWithEveryField() {
        LoadResult result = reader.read(tinyWithStory("""
                [{"id": "one", "caption": "Fidan opens the talks.", "reveal": ["fidan", "ua"], "revealLinks": ["r1"],
                  "highlight": ["fidan"], "highlightLinks": ["r1"], "quotes": ["q1"], "frame": ["fidan", "ua"]},
                 {"id": "two", "caption": "Umerov answers.", "reveal": ["umerov"], "quotes": ["q1"]}]"""));

        assertThat(result.problems()).isEmpty();
        Story story = result.dataset().story();
        assertThat(story.steps()).extracting(StoryStep::id).containsExactly("one", "two");
        assertThat(story.step(0).revealLinkIds()).containsExactly("r1");
        assertThat(story.step(0).frameActorIds()).containsExactly("fidan", "ua");
        assertThat(story.step(1).highlightActorIds()).isEmpty();
        assertThat(story.actorsShownAt(1)).containsExactly("fidan", "ua", "umerov");
    }

    @Test
    void brokenStoryReferencesAreErrorsAtTheirPointers() {
        LoadResult result = reader.read(tinyWithStory("""
                [{"id": "one", "caption": "A step.", "reveal": ["fidan", "nobody"], "revealLinks": ["r9"],
                  "quotes": ["q1", "q7"], "frame": ["ghost"]},
                 {"id": "one", "caption": "Again."}]"""));

        assertThat(result.ok()).isFalse();
        assertThat(problemAt(result, "/story/0/reveal/1").message()).isEqualTo("No actor has the id \"nobody\".");
        assertThat(problemAt(result, "/story/0/revealLinks/0").message()).contains("\"r9\"");
        assertThat(problemAt(result, "/story/0/quotes/1").message()).isEqualTo("No quote has the id \"q7\".");
        assertThat(problemAt(result, "/story/0/frame/0").isError()).isTrue();
        assertThat(problemAt(result, "/story/1/id").message()).contains("already has the id \"one\"");
        assertThat(problemAt(result, "/story/0/reveal/1").line()).isPositive();
    }

    @Test
    void stepWithoutCaptionIsAnErrorAndHighlightingTheUnshownAWarning() {
        LoadResult result = reader.read(tinyWithStory("""
                [{"id": "one", "reveal": []}, {"id": "two", "caption": "Umerov.", "highlight": ["umerov"]}]"""));

        assertThat(problemAt(result, "/story/0").message()).isEqualTo("This story step has no \"caption\".");
        Problem early = problemAt(result, "/story/1/highlight/0");
        assertThat(early.isError()).isFalse();
        assertThat(early.message()).contains("\"umerov\"");
    }

    @Test
    void validatorReportsABrokenStoryLinkByPointer() {
        Dataset dataset = DatasetReader.istanbul();
        List<StoryStep> steps = new java.util.ArrayList<>(dataset.story().steps());
        StoryStep second = steps.get(1);
        steps.set(1, new StoryStep(second.id(), second.caption(), second.revealActorIds(),
                List.of("fidan-mediates-russian-delegation", "fidan-hosts-everyone"), List.of(), List.of(), List.of(),
                List.of()));

        List<Problem> problems = DatasetValidator.validate(dataset.withStory(new Story(steps)));

        assertThat(problems).extracting(Problem::pointer).containsExactly("/story/1/revealLinks/1");
    }

    @Test
    void datasetWithoutAStoryIsWrittenWithoutTheField() {
        String json = new DatasetWriter().toJson(DatasetReader.istanbul().withStory(Story.EMPTY));

        assertThat(json).doesNotContain("\"story\"");
        assertThat(reader.read(json).dataset().story().isEmpty()).isTrue();
    }

    @Test
    void istanbulStoryFollowsTheArticleInEightToFourteenShortSteps() {
        Story story = DatasetReader.istanbul().story();

        assertThat(story.size()).isBetween(8, 14);
        assertThat(story.steps()).extracting(StoryStep::caption)
                .allSatisfy(caption -> assertThat(caption).hasSizeLessThan(130).endsWith("."));
        assertThat(story.step(0).revealActorIds()).containsExactly("russia", "ukraine");
        assertThat(story.steps()).extracting(StoryStep::id).startsWith("the-talks", "the-host", "russian-delegation",
                "ukrainian-delegation", "who-is-absent").endsWith("reactions-abroad");
    }

    @Test
    void istanbulStoryUsesEveryQuoteAndRevealsEveryActorAndLink() {
        Dataset dataset = DatasetReader.istanbul();
        Story story = dataset.story();
        int last = story.size() - 1;

        assertThat(story.quoteIds()).containsExactlyInAnyOrderElementsOf(
                dataset.quotes().stream().map(Quote::id).toList());
        assertThat(story.actorsShownAt(last)).hasSize(dataset.actors().size());
        Set<String> links = story.linksRevealedAt(last);
        assertThat(links).containsAll(dataset.relations().stream().map(r -> r.id()).collect(Collectors.toSet()));
        assertThat(story.steps()).allSatisfy(step -> assertThat(step.quoteIds()).hasSizeLessThanOrEqualTo(3));
    }

    @Test
    void istanbulStoryResolvesWithoutAnyWarning() {
        assertThat(DatasetValidator.validate(DatasetReader.istanbul())).isEmpty();
    }
}
