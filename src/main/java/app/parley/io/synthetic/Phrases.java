package app.parley.io.synthetic;

import app.parley.model.ActorKind;
import app.parley.model.Rank;
import app.parley.model.RelationType;
import java.util.List;
import java.util.SplittableRandom;

/** The sentences synthetic articles are written in: one for each relation, role and quote, naming its actors. */
final class Phrases {

    /** A title an actor can hold in a state, organization or delegation, with its rank. */
    record Title(String words, Rank rank) {
    }

    /**
     * A sentence with a quote in it.
     *
     * @param sentence the whole sentence
     * @param start    where the quoted words start in the sentence
     * @param end      where they end
     */
    record Quoted(String sentence, int start, int end) {

        /** The quoted words. */
        String words() {
            return sentence.substring(start, end);
        }
    }

    private static final List<Title> STATE_TITLES = List.of(new Title("President", Rank.HEAD_OF_STATE),
            new Title("Foreign Minister", Rank.MINISTER), new Title("Defence Minister", Rank.MINISTER),
            new Title("Deputy Foreign Minister", Rank.DEPUTY_MINISTER), new Title("Ambassador", Rank.SENIOR_OFFICIAL),
            new Title("presidential spokesperson", Rank.SPOKESPERSON), new Title("intelligence chief", Rank.AGENCY_HEAD),
            new Title("national security adviser", Rank.SENIOR_OFFICIAL), new Title("senior diplomat", Rank.OFFICIAL));
    private static final List<Title> ORGANIZATION_TITLES = List.of(new Title("Director", Rank.HEAD_OF_ORGANIZATION),
            new Title("Deputy Director", Rank.SENIOR_OFFICIAL), new Title("spokesperson", Rank.SPOKESPERSON),
            new Title("senior analyst", Rank.OFFICIAL), new Title("board member", null));
    private static final List<Title> DELEGATION_TITLES = List.of(new Title("head", Rank.SENIOR_OFFICIAL),
            new Title("delegate", Rank.OFFICIAL), new Title("legal adviser", Rank.OFFICIAL),
            new Title("military expert", null));

    private static final List<String> DIRECT = List.of("We are ready to meet again in %s,",
            "There can be no peace without justice,", "The door to talks remains open,", "%s must withdraw first,",
            "We will not trade land for promises,", "Our delegation came in good faith,",
            "The exchange of prisoners is only a first step,", "We expect %s to keep its word,",
            "Nobody wants this war to go on,", "The ceasefire has to be verified,", "We discussed %s at length,",
            "Every detail will be checked,", "Time is running out for diplomacy,", "We do not negotiate under fire,");
    private static final List<String> REPORTED = List.of("the talks had made some progress",
            "%s was not serious about peace", "a new round could start in %s", "the prisoner exchange would go ahead",
            "%s remained the main obstacle", "the ceasefire proposal was still on the table",
            "%s had broken its promises", "more time was needed");

    private Phrases() {
    }

    /** The titles a person can hold in an actor of this kind. */
    static List<Title> titlesIn(ActorKind kind) {
        return switch (kind) {
            case STATE -> STATE_TITLES;
            case ORGANIZATION -> ORGANIZATION_TITLES;
            case DELEGATION -> DELEGATION_TITLES;
            case PERSON -> throw new IllegalArgumentException("A person holds no titles in another person");
        };
    }

    /** A sentence stating that {@code holder} holds {@code title} in {@code of}. */
    static String role(String holder, String title, String of, SplittableRandom random) {
        return switch (random.nextInt(3)) {
            case 0 -> holder + ", " + title + " of " + of + ", arrived in " + NameBook.city(random) + ".";
            case 1 -> holder + " serves as " + title + " of " + of + ".";
            default -> holder + ", the " + title + " of " + of + ", spoke to reporters in " + NameBook.city(random) + ".";
        };
    }

    /** A sentence stating a relation of {@code type} from {@code a} to {@code b}. */
    static String relation(RelationType type, String a, String b, SplittableRandom random) {
        String city = NameBook.city(random);
        return switch (type) {
            case LEADS -> random.nextBoolean() ? a + " leads " + b + "." : a + " will lead " + b + ", officials in "
                    + city + " said.";
            case MEMBER_OF -> random.nextBoolean() ? a + " is a member of " + b + "." : a + " joined " + b + " in "
                    + city + ".";
            case REPRESENTS -> a + " represents " + b + " at the talks in " + city + ".";
            case HOSTS -> a + " hosts " + b + " in " + city + " this week.";
            case MEDIATES -> a + " mediated talks involving " + b + " in " + city + ".";
            case PROPOSED -> a + " proposed new talks to " + b + ".";
            case SENT -> a + " sent " + b + " to " + city + ".";
            case GAVE_MANDATE_TO -> a + " gave " + b + " a mandate to negotiate.";
            case MET_WITH -> random.nextBoolean() ? a + " met " + b + " in " + city + "." : a + " held talks with " + b
                    + " on " + NameBook.topic(random) + ".";
            case NEGOTIATES_WITH -> a + " is negotiating with " + b + " on " + NameBook.topic(random) + ".";
            case SEEKS_MEETING_WITH -> a + " is seeking a meeting with " + b + ".";
            case CRITICISED -> a + " criticised " + b + " over " + NameBook.topic(random) + ".";
            case ACCUSED -> a + " accused " + b + " of stalling the talks.";
            case PRESSURED -> a + " pressed " + b + " to accept a ceasefire.";
            case SPOKESPERSON_FOR -> a + " spoke on behalf of " + b + ".";
            case CHIEF_OF_STAFF_TO -> a + " is chief of staff to " + b + ".";
            case ENVOY_OF -> a + " is the special envoy of " + b + ".";
            case AT_WAR_WITH -> a + " remains at war with " + b + ".";
        };
    }

    /**
     * A sentence quoting {@code speaker} in quote marks; the words name {@code about} or a city. With a
     * {@code relay}, the sentence says who passed the words on.
     */
    static Quoted direct(String speaker, String about, String relay, SplittableRandom random) {
        String words = fill(NameBook.pick(DIRECT, random), about, random);
        String opening = "“";
        String closing = relay != null ? "” " + speaker + " said, according to " + relay + "."
                : random.nextBoolean() ? "” said " + speaker + "." : "” " + speaker + " told reporters in "
                + NameBook.city(random) + ".";
        return new Quoted(opening + words + closing, opening.length(), opening.length() + words.length());
    }

    /** A sentence reporting what {@code speaker} said, without quote marks. */
    static Quoted reported(String speaker, String about, SplittableRandom random) {
        String words = fill(NameBook.pick(REPORTED, random), about, random);
        String opening = speaker + " said that ";
        return new Quoted(opening + words + ".", opening.length(), opening.length() + words.length());
    }

    /** Whether a quote template names another actor. */
    static boolean namesSomeone(Quoted quoted, String about) {
        return quoted.words().contains(about);
    }

    private static String fill(String template, String about, SplittableRandom random) {
        if (!template.contains("%s")) {
            return template;
        }
        String filler = template.contains(" in %s") ? NameBook.city(random)
                : template.contains("discussed %s") ? NameBook.topic(random) : about;
        return template.replace("%s", filler);
    }
}
