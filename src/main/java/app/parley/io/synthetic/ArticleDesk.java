package app.parley.io.synthetic;

import app.parley.io.Sha256;
import app.parley.model.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes sentences into articles: a headline line, then paragraphs of a few sentences each, a new article every
 * few dozen sentences. Each sentence's place is returned so spans can point at it.
 */
final class ArticleDesk {

    /** Where a sentence was written: its source and the offset of its first character. */
    record Placement(String sourceId, int offset) {
    }

    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
    private static final int DAYS = 365;
    private static final int MIN_SENTENCES = 40;
    private static final int MORE_SENTENCES = 120;

    private final SplittableRandom random;
    private final int expectedArticles;
    private final List<Source> sources = new ArrayList<>();
    private StringBuilder text;
    private String title;
    private int left;
    private int paragraphLeft;

    /** A desk that will write about {@code sentences} sentences in all, drawing its choices from {@code random}. */
    ArticleDesk(int sentences, SplittableRandom random) {
        this.random = random;
        this.expectedArticles = Math.max(1, sentences / (MIN_SENTENCES + MORE_SENTENCES / 2));
    }

    /** Writes a sentence into the current article, starting a new one when it is full. */
    Placement write(String sentence) {
        if (text == null || left == 0) {
            finishArticle();
            startArticle();
        }
        if (paragraphLeft == 0) {
            text.append("\n\n");
            paragraphLeft = 3 + random.nextInt(4);
        } else {
            text.append(' ');
        }
        int offset = text.length();
        text.append(sentence);
        left--;
        paragraphLeft--;
        return new Placement(sourceId(sources.size()), offset);
    }

    /** The articles written, the last one closed. */
    List<Source> sources() {
        finishArticle();
        return List.copyOf(sources);
    }

    private void startArticle() {
        title = "Talks on " + NameBook.topic(random) + " resume in " + NameBook.city(random);
        text = new StringBuilder(16_384).append(title);
        left = MIN_SENTENCES + random.nextInt(MORE_SENTENCES);
        paragraphLeft = 0;
    }

    private void finishArticle() {
        if (text == null) {
            return;
        }
        String body = text.append('\n').toString();
        int number = sources.size();
        LocalDate date = FIRST_DAY.plusDays((long) Math.min(number, expectedArticles - 1) * DAYS / expectedArticles);
        sources.add(new Source(sourceId(number), title, NameBook.publisher(random), date, "en", null, body,
                Sha256.hex(body)));
        text = null;
    }

    private static String sourceId(int number) {
        return "s" + (number + 1);
    }
}
