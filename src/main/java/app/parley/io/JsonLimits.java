package app.parley.io;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Says which of Jackson's read limits a file went past, in words, with the size found and the size allowed. */
final class JsonLimits {

    private static final Pattern SIZES = Pattern.compile("\\((\\d+)\\)[^(]*\\((\\d+)");

    private JsonLimits() {
    }

    /** The message for a file that went past a limit. */
    static String describe(StreamConstraintsException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher sizes = SIZES.matcher(message);
        String found = "?";
        String allowed = "?";
        if (sizes.find()) {
            found = sizes.group(1);
            allowed = sizes.group(2);
        }
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("nesting depth")) {
            return "The JSON nests deeper than " + JsonSupport.MAX_NESTING + " levels; a dataset needs only four.";
        }
        if (lower.contains("name length")) {
            return "A field name is longer than " + allowed + " characters, the most Parley reads (a dataset's "
                    + "longest is \"revealLinks\"); Jackson stopped counting at " + found + ".";
        }
        if (lower.contains("number value length") || lower.contains("number length")) {
            return "A number has " + found + " digits; Parley reads numbers of up to " + allowed
                    + " digits (offsets need ten at most).";
        }
        if (lower.contains("string value length")) {
            return "A text value is " + found + " characters long; Parley reads text values of up to " + allowed
                    + " characters.";
        }
        return "The JSON goes past one of Parley's reading limits: " + message;
    }
}
