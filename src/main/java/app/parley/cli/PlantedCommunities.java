package app.parley.cli;

import app.parley.graph.Modularity;
import app.parley.model.Dataset;
import app.parley.model.Relation;
import app.parley.model.Role;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Describes the planted communities of a generated dataset: how many, and the modularity of that partition. */
final class PlantedCommunities {

    private PlantedCommunities() {
    }

    /** One line: the number of planted communities and their modularity over roles and relations together. */
    static String describe(Dataset dataset, int[] community) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < dataset.actors().size(); i++) {
            index.put(dataset.actors().get(i).id(), i);
        }
        int links = dataset.relations().size() + dataset.roles().size();
        int[] from = new int[links];
        int[] to = new int[links];
        int at = 0;
        for (Relation relation : dataset.relations()) {
            from[at] = index.get(relation.fromId());
            to[at++] = index.get(relation.toId());
        }
        for (Role role : dataset.roles()) {
            from[at] = index.get(role.holderId());
            to[at++] = index.get(role.ofId());
        }
        int communities = 0;
        for (int c : community) {
            communities = Math.max(communities, c + 1);
        }
        return String.format(Locale.ROOT, "Planted communities: %,d; their modularity: %.3f.", communities,
                Modularity.of(from, to, community));
    }
}
