package app.parley.cli;

import app.parley.assist.ArticleAssistant;
import app.parley.assist.Evaluation;
import app.parley.assist.GoldArticle;
import app.parley.assist.GoldArticles;
import app.parley.io.DatasetReader;
import app.parley.io.LoadResult;
import app.parley.model.Dataset;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley evaluate}: scores the article assistant against annotated articles. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Scores the article assistant's suggestions against annotated articles: quote exact-span "
                + "precision, recall and F1, overlap F1, speaker accuracy on the quotes found (no speaker counts as "
                + "wrong) and recall of the named people.",
                "Always scores the bundled Istanbul dataset (its direct quotes and people are the annotation, a "
                        + "trailing comma left out of each span); add more with --gold and --dataset."})
final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--gold", paramLabel = "FILE", description = "An annotation (.gold.json: article, people, "
            + "quotes) whose article file lies beside it. Repeatable.")
    private List<Path> goldFiles = new ArrayList<>();

    @Option(names = "--dataset", paramLabel = "FILE", description = "A Parley dataset whose first source, direct "
            + "quotes and people serve as an annotation. Repeatable.")
    private List<Path> datasets = new ArrayList<>();

    @Option(names = "--misses", description = "Also list every quote missed, speaker wrong and person not found.")
    private boolean misses;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<GoldArticle> articles = new ArrayList<>();
        articles.add(GoldArticles.fromDataset("istanbul-talks-2025", DatasetReader.istanbul()));
        for (Path file : datasets) {
            LoadResult result = new DatasetReader().read(file);
            Optional<Dataset> dataset = DatasetOption.Loading.report(file, result, err);
            if (dataset.isEmpty()) {
                return 1;
            }
            articles.add(GoldArticles.fromDataset(file.getFileName().toString(), dataset.get()));
        }
        for (Path file : goldFiles) {
            try {
                articles.add(GoldArticles.read(file));
            } catch (IOException e) {
                err.println("Cannot read the annotation " + file + ": " + e.getMessage());
                err.flush();
                return 1;
            }
        }
        out.println(String.format(Locale.ROOT, "%-36s %6s %6s %6s %6s %8s %8s %8s", "article", "quotes", "exact P",
                "exact R", "F1", "overlap", "speaker", "people"));
        Evaluation.Score total = null;
        for (GoldArticle article : articles) {
            Evaluation.Score score = Evaluation.score(article, ArticleAssistant.suggest(article.text()));
            out.println(row(article.name(), score));
            total = total == null ? score : total.plus(score);
        }
        if (articles.size() > 1) {
            out.println(row("all (micro-average)", total));
        }
        if (misses) {
            total.misses().forEach(line -> out.println("  " + line));
        }
        out.flush();
        return 0;
    }

    private static String row(String name, Evaluation.Score s) {
        return String.format(Locale.ROOT, "%-36s %6d %7.2f %7.2f %6.2f %8.2f %4d/%-3d %4d/%-3d", name, s.goldQuotes(),
                s.exactPrecision(), s.exactRecall(), s.exactF1(), s.overlapF1(), s.speakersRight(), s.speakersJudged(),
                s.namedPeopleFound(), s.namedPeople());
    }
}
