package app.parley.assist;

import java.util.List;

/**
 * An annotated article to measure the assistant against.
 *
 * @param name   what to call it in reports
 * @param text   its text
 * @param quotes every quotation-mark pair with its speaker
 * @param people the people it names
 */
public record GoldArticle(String name, String text, List<Quote> quotes, List<Person> people) {

    /**
     * An annotated quote.
     *
     * @param start   where its words start
     * @param end     where they end (exclusive), without a trailing comma
     * @param speaker the speaker's canonical name, or {@code null}
     */
    public record Quote(int start, int end, String speaker) {
    }

    /**
     * An annotated person.
     *
     * @param name    the canonical name
     * @param aliases other forms
     * @param named   whether the article names them (not "a Ukrainian diplomatic source")
     */
    public record Person(String name, List<String> aliases, boolean named) {

        /** Freezes the list. */
        public Person {
            aliases = List.copyOf(aliases);
        }
    }

    /** Freezes the lists. */
    public GoldArticle {
        quotes = List.copyOf(quotes);
        people = List.copyOf(people);
    }
}
