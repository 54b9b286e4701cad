package app.parley.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Terms with an identifier (as files and the command line spell it) and a human label; the enums among them are
 * closed sets, found by {@link #byId}.
 */
public interface Vocabulary {

    /** The identifier used in files and on the command line. */
    String id();

    /** The name shown to people. */
    String label();

    /** Finds the term of {@code type} whose identifier is {@code id}. */
    static <E extends Enum<E> & Vocabulary> Optional<E> byId(Class<E> type, String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(type.cast(VocabularyTerms.byId(type).get(id)));
    }

    /**
     * The refusal of an identifier {@code given} that names no term of {@code type}, which people call a
     * {@code what}: "Unknown layout 'spiral'; expected one of table, force, circle".
     */
    static <E extends Enum<E> & Vocabulary> IllegalArgumentException unknown(Class<E> type, String what,
                                                                           String given) {
        return new IllegalArgumentException("Unknown " + what + " '" + given + "'; expected one of " + idsOf(type));
    }

    /** The identifiers of all terms of {@code type}, comma separated, for messages. */
    static <E extends Enum<E> & Vocabulary> String idsOf(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Vocabulary::id).toList());
    }
}
