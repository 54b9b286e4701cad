package app.parley.model;

import java.util.HashMap;
import java.util.Map;

/** The terms of each vocabulary by identifier, made once per type: a dataset looks up tens of thousands of terms. */
final class VocabularyTerms {

    private static final ClassValue<Map<String, Object>> BY_ID = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> terms = new HashMap<>();
            for (Object term : type.getEnumConstants()) {
                terms.putIfAbsent(((Vocabulary) term).id(), term);
            }
            return Map.copyOf(terms);
        }
    };

    private VocabularyTerms() {
    }

    /** The terms of the vocabulary {@code type} by identifier; the first term wins where two share one. */
    static Map<String, Object> byId(Class<?> type) {
        return BY_ID.get(type);
    }
}
