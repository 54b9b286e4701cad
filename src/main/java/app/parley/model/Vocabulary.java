package app.parley.model;

import java.util.Arrays;
import java.util.Optional;

/** A closed set of terms with a file identifier and a human label. */
public interface Vocabulary {

    /** The identifier used in dataset files. */
    String id();

    /** The name shown to people. */
    String label();

    /** Finds the term of {@code type} whose identifier is {@code id}. */
    static <E extends Enum<E> & Vocabulary> Optional<E> byId(Class<E> type, String id) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.id().equals(id)).findFirst();
    }

    /** The identifiers of all terms of {@code type}, comma separated, for messages. */
    static <E extends Enum<E> & Vocabulary> String idsOf(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Vocabulary::id).toList());
    }
}
