package app.parley.session;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Tidies the aliases typed for an actor: stripped, blanks, repeats and the name itself left out. */
final class ActorAliases {

    private ActorAliases() {
    }

    static List<String> clean(List<String> aliases, String name) {
        Set<String> kept = new LinkedHashSet<>();
        for (String alias : aliases == null ? List.<String>of() : aliases) {
            if (alias != null && !alias.isBlank() && !alias.strip().equals(name)) {
                kept.add(alias.strip());
            }
        }
        return List.copyOf(kept);
    }
}
