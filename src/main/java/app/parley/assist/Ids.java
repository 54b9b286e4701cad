package app.parley.assist;

import app.parley.graph.TextFolding;
import java.util.HashSet;
import java.util.Set;

/** Makes readable ids from names ("İbrahim Kalın" → "ibrahim-kalin"), unique among those already taken. */
final class Ids {

    private final Set<String> taken = new HashSet<>();

    Ids(Iterable<String> existing) {
        existing.forEach(taken::add);
    }

    /** A new id from {@code words}, with -2, -3 … added if needed. */
    String next(String words, String fallback) {
        String base = TextFolding.fold(words).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.length() > 48) {
            base = base.substring(0, 48).replaceAll("-+$", "");
        }
        if (base.isEmpty()) {
            base = fallback;
        }
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
