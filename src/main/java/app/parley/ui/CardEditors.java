package app.parley.ui;

import app.parley.graph.ActorGraph;
import app.parley.graph.Link;
import app.parley.graph.RoleLink;
import app.parley.model.Actor;
import app.parley.model.Relation;
import app.parley.session.EditActor;
import app.parley.session.EditRelation;

/** The forms the Details pane's cards turn into: an actor's, a link's and a role's. */
final class CardEditors {

    private CardEditors() {
    }

    /** The form for an actor's name, kind, side and aliases. */
    static InlineEditor actor(Actor actor, MainViewModel model, Runnable done) {
        ActorForm form = new ActorForm(actor, model.mapProperty().get().dataset().ownSides());
        return new InlineEditor("Edit " + actor.name(), form, () -> new EditActor(actor.id(), form.name(), form.kind(),
                form.side(), form.aliases()), model.bridge(), done);
    }

    /** The form for a link's ends and type, or a role's fields when the link is a role; its evidence stays. */
    static InlineEditor link(Link link, MainViewModel model, Runnable done) {
        if (link instanceof RoleLink role) {
            return RoleEditing.editor(role.role(), model, done);
        }
        ActorGraph graph = model.mapProperty().get().prepared().graph();
        Relation relation = graph.dataset().relations().stream().filter(r -> r.id().equals(link.id())).findFirst()
                .orElseThrow();
        LinkForm form = new LinkForm(graph, graph.actor(relation.fromId()).orElse(null), relation.type(),
                graph.actor(relation.toId()).orElse(null));
        return new InlineEditor("Edit link", form, () -> new EditRelation(relation.id(), form.fromId(), form.type(),
                form.toId(), relation.evidence()), model.bridge(), done);
    }
}
