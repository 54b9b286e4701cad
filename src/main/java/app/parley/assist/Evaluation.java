package app.parley.assist;

import app.parley.graph.TextFolding;
import app.parley.model.ActorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores suggestions against an annotated article: quotes found with exactly the gold span, quotes that overlap one,
 * the speaker given to the quotes found, and the named people found.
 */
public final class Evaluation {

    /**
     * The counts behind the scores of one article (or of several, added up).
     *
     * @param goldQuotes      annotated quotes
     * @param foundQuotes     suggested quotes
     * @param exact           suggested quotes with exactly a gold span
     * @param overlapping     suggested quotes overlapping a gold quote (one to one)
     * @param speakersRight   overlapping quotes given the gold speaker
     * @param speakersJudged  overlapping quotes whose gold speaker is known
     * @param namedPeople     named people annotated
     * @param namedPeopleFound named people among the suggested actors
     * @param misses          one line for each quote missed, speaker wrong and person not found
     */
    public record Score(int goldQuotes, int foundQuotes, int exact, int overlapping, int speakersRight,
                        int speakersJudged, int namedPeople, int namedPeopleFound, List<String> misses) {

        /** Freezes the list. */
        public Score {
            misses = List.copyOf(misses);
        }

        /** The sum of two scores. */
        public Score plus(Score other) {
            List<String> all = new ArrayList<>(misses);
            all.addAll(other.misses);
            return new Score(goldQuotes + other.goldQuotes, foundQuotes + other.foundQuotes, exact + other.exact,
                    overlapping + other.overlapping, speakersRight + other.speakersRight,
                    speakersJudged + other.speakersJudged, namedPeople + other.namedPeople,
                    namedPeopleFound + other.namedPeopleFound, all);
        }

        /** Exact-span precision. */
        public double exactPrecision() {
            return ratio(exact, foundQuotes);
        }

        /** Exact-span recall. */
        public double exactRecall() {
            return ratio(exact, goldQuotes);
        }

        /** Exact-span F1. */
        public double exactF1() {
            return f1(exactPrecision(), exactRecall());
        }

        /** Overlap F1: a suggested quote counts when it shares characters with a gold quote. */
        public double overlapF1() {
            return f1(ratio(overlapping, foundQuotes), ratio(overlapping, goldQuotes));
        }

        /** The share of found quotes given the right speaker (no speaker counts as wrong). */
        public double speakerAccuracy() {
            return ratio(speakersRight, speakersJudged);
        }

        /** The share of named people found. */
        public double peopleRecall() {
            return ratio(namedPeopleFound, namedPeople);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 1.0 : (double) a / b;
        }

        private static double f1(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private Evaluation() {
    }

    /** The score of {@code suggestions} made for {@code gold}'s text. */
    public static Score score(GoldArticle gold, Suggestions suggestions) {
        List<String> misses = new ArrayList<>();
        int exact = 0;
        int overlapping = 0;
        int right = 0;
        int judged = 0;
        boolean[] taken = new boolean[suggestions.quotes().size()];
        for (GoldArticle.Quote quote : gold.quotes()) {
            TextRange range = new TextRange(quote.start(), quote.end());
            int match = -1;
            for (int i = 0; i < suggestions.quotes().size(); i++) {
                SuggestedQuote found = suggestions.quotes().get(i);
                if (!taken[i] && found.start() == quote.start() && found.end() == quote.end()) {
                    match = i;
                    exact++;
                    break;
                }
            }
            for (int i = 0; i < suggestions.quotes().size() && match < 0; i++) {
                if (!taken[i] && suggestions.quotes().get(i).range().overlaps(range)) {
                    match = i;
                }
            }
            String excerpt = excerpt(gold.text(), quote.start(), quote.end());
            if (match < 0) {
                misses.add(gold.name() + ": quote missed: “" + excerpt + "”");
                continue;
            }
            taken[match] = true;
            overlapping++;
            if (quote.speaker() != null) {
                judged++;
                String said = suggestions.quotes().get(match).speaker();
                if (sameSpeaker(said, quote.speaker(), gold, suggestions)) {
                    right++;
                } else {
                    misses.add(gold.name() + ": “" + excerpt + "” said by " + quote.speaker() + ", suggested " + said);
                }
            }
        }
        int named = 0;
        int found = 0;
        for (GoldArticle.Person person : gold.people()) {
            if (!person.named()) {
                continue;
            }
            named++;
            if (suggestions.actors().stream().anyMatch(a -> a.kind() == ActorKind.PERSON && samePerson(a, person))) {
                found++;
            } else {
                misses.add(gold.name() + ": person not found: " + person.name());
            }
        }
        return new Score(gold.quotes().size(), suggestions.quotes().size(), exact, overlapping, right, judged, named,
                found, misses);
    }

    private static boolean sameSpeaker(String suggested, String gold, GoldArticle article, Suggestions suggestions) {
        if (suggested == null) {
            return false;
        }
        if (TextFolding.fold(suggested).equals(TextFolding.fold(gold))) {
            return true;
        }
        SuggestedActor actor = suggestions.actors().stream().filter(a -> a.name().equals(suggested)).findFirst()
                .orElse(null);
        GoldArticle.Person person = article.people().stream().filter(p -> p.name().equals(gold)).findFirst()
                .orElse(new GoldArticle.Person(gold, List.of(), true));
        return actor != null && samePerson(actor, person);
    }

    private static boolean samePerson(SuggestedActor actor, GoldArticle.Person person) {
        List<String> goldNames = new ArrayList<>(person.aliases());
        goldNames.add(person.name());
        List<String> names = new ArrayList<>(actor.aliases());
        names.add(actor.name());
        for (String goldName : goldNames) {
            for (String name : names) {
                if (sameName(name, goldName)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sameName(String a, String b) {
        List<String> x = TextFolding.words(a);
        List<String> y = TextFolding.words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y)) {
            return true;
        }
        boolean surname = x.get(x.size() - 1).equals(y.get(y.size() - 1));
        boolean given = x.size() == 1 || y.size() == 1 || x.get(0).equals(y.get(0));
        return surname && given && x.get(0).length() > 1 && Character.isLetter(x.get(0).charAt(0))
                && !x.get(0).toLowerCase(Locale.ROOT).equals("the");
    }

    private static String excerpt(String text, int start, int end) {
        String words = text.substring(start, Math.min(end, text.length())).replace('\n', ' ');
        return words.length() <= 50 ? words : words.substring(0, 49) + "…";
    }
}
