package app.parley.assist;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** Word lists as sets, where a word listed twice is harmless. */
final class WordSet {

    private WordSet() {
    }

    /** The distinct words given. */
    static Set<String> of(String... words) {
        return Set.copyOf(new HashSet<>(Arrays.asList(words)));
    }
}
