package app.parley.cli;

import app.parley.assist.SuggestedActor;
import app.parley.assist.SuggestedQuote;
import app.parley.assist.SuggestedRelation;
import app.parley.assist.SuggestedRole;
import app.parley.assist.Suggestions;
import java.util.ArrayList;
import java.util.List;

/** The suggestions of {@code suggest} as a readable list: actors with their titles, quotes with speakers, links. */
final class SuggestionText {

    private static final int QUOTE_WIDTH = 90;

    private SuggestionText() {
    }

    /** The list, one item a line, under three headings. */
    static String write(Suggestions suggestions, String text) {
        StringBuilder out = new StringBuilder();
        out.append("Actors (").append(suggestions.actors().size()).append(")\n");
        for (SuggestedActor actor : suggestions.actors()) {
            out.append("  ").append(actor.name()).append(" — ").append(actor.kind().label().toLowerCase());
            if (actor.side() != null) {
                out.append(", ").append(actor.side());
            }
            List<String> titles = new ArrayList<>();
            for (SuggestedRole role : actor.roles()) {
                titles.add(role.of() == null ? role.title() : role.title() + " of " + role.of());
            }
            if (!titles.isEmpty()) {
                out.append("; ").append(String.join("; ", titles));
            }
            if (!actor.aliases().isEmpty()) {
                out.append(" (also ").append(String.join(", ", actor.aliases())).append(')');
            }
            out.append(", ").append(actor.mentions().size()).append(actor.mentions().size() == 1 ? " mention" : " mentions")
                    .append('\n');
        }
        out.append("\nQuotes (").append(suggestions.quotes().size()).append(")\n");
        for (SuggestedQuote quote : suggestions.quotes()) {
            String words = quote.text().replace('\n', ' ');
            if (words.length() > QUOTE_WIDTH) {
                words = words.substring(0, QUOTE_WIDTH - 1) + "…";
            }
            out.append("  ").append(quote.start()).append('–').append(quote.end()).append("  ")
                    .append(quote.speaker() == null ? "(speaker unknown)" : quote.speaker()).append(": “")
                    .append(words).append("”\n");
        }
        out.append("\nLinks (").append(suggestions.relations().size()).append(")\n");
        for (SuggestedRelation relation : suggestions.relations()) {
            String evidence = text.substring(relation.evidence().start(), relation.evidence().end()).replace('\n', ' ');
            if (evidence.length() > QUOTE_WIDTH) {
                evidence = evidence.substring(0, QUOTE_WIDTH - 1) + "…";
            }
            out.append("  ").append(relation.from()).append(' ').append(relation.type().label()).append(' ')
                    .append(relation.to()).append("  — “").append(evidence).append("”\n");
        }
        return out.toString();
    }
}
