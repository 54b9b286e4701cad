package app.parley.cli;

import app.parley.assist.ArticleAssistant;
import app.parley.assist.Suggestions;
import app.parley.io.DatasetReader;
import java.util.Arrays;
import java.util.Locale;

/** The {@code bench --suggest} figure: how long the article assistant takes over a 10,000-word article. */
final class SuggestBench {

    static final int WORDS = 10_000;

    private SuggestBench() {
    }

    /** Builds the article from the bundled Istanbul report, repeated paragraph by paragraph, and times it. */
    static String run(int runs) {
        String report = DatasetReader.istanbul().sources().get(0).text();
        StringBuilder article = new StringBuilder();
        int words = 0;
        while (words < WORDS) {
            for (String paragraph : report.split("\n")) {
                if (words >= WORDS) {
                    break;
                }
                article.append(paragraph).append('\n');
                words += paragraph.isBlank() ? 0 : paragraph.strip().split("\\s+").length;
            }
        }
        String text = article.toString();
        long start = System.nanoTime();
        Suggestions first = ArticleAssistant.suggest(text);
        double cold = (System.nanoTime() - start) / 1e6;
        double[] warm = new double[Math.max(runs, 5)];
        for (int i = 0; i < warm.length; i++) {
            long t = System.nanoTime();
            ArticleAssistant.suggest(text);
            warm[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(warm);
        return String.format(Locale.ROOT, "Article assistant, %,d words (%,d characters): %d actors, %d quotes, "
                + "%d links; first run %.0f ms (with loading the place names), then median %.0f ms of %d runs.",
                words, text.length(), first.actors().size(), first.quotes().size(), first.relations().size(), cold,
                warm[warm.length / 2], warm.length);
    }
}
