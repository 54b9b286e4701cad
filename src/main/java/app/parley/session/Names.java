package app.parley.session;

import app.parley.model.Actor;
import app.parley.model.Dataset;
import app.parley.model.Relation;

/** How commands name actors and links in their labels. */
final class Names {

    private Names() {
    }

    /** The actor's name, or its id when there is no such actor. */
    static String actor(Dataset dataset, String actorId) {
        return dataset.actors().stream().filter(a -> a.id().equals(actorId)).map(Actor::name).findFirst()
                .orElse(actorId);
    }

    /** "Nikol Pashinyan as Prime Minister of Armenia": who holds a role, its title and what it belongs to, if any. */
    static String role(Dataset dataset, String holderId, String title, String ofId) {
        String named = actor(dataset, holderId) + " as " + (title == null ? "" : title.strip());
        return ofId == null ? named : named + " of " + actor(dataset, ofId);
    }

    /** "Hakan Fidan met with Sergey Lavrov". */
    static String relation(Dataset dataset, Relation relation) {
        return actor(dataset, relation.fromId()) + " " + relation.type().label() + " " + actor(dataset, relation.toId());
    }
}
