package app.parley.ui;

import app.parley.model.Quote;
import app.parley.model.Relation;
import app.parley.model.Role;
import app.parley.model.Span;
import app.parley.session.ChangeEvidence;
import app.parley.session.Edit;
import java.util.Optional;

/**
 * Re-pointing a link, a role or a quote at other words of the article: the Article view shows the words it rests on
 * now and asks for new ones; using them is one undoable edit ({@link ChangeEvidence}).
 */
final class Repointing {

    /** The button that uses the selected words. */
    static final String USE = "Use these words";

    private Repointing() {
    }

    /** Asks for the words a link rests on from now on. */
    static void link(Relation relation, MainViewModel model) {
        String names = name(model, relation.fromId()) + " " + relation.type().label() + " "
                + name(model, relation.toId());
        start(model, "Select the words the link “" + names + "” rests on, then choose " + USE + ".",
                relation.evidence(), ChangeEvidence.Target.LINK, relation.id());
    }

    /** Asks for the words a role rests on from now on. */
    static void role(Role role, MainViewModel model) {
        start(model, "Select the words that state the role “" + role.title() + "” of " + name(model, role.holderId())
                + ", then choose " + USE + ".", role.evidence(), ChangeEvidence.Target.ROLE, role.id());
    }

    /** Asks for the words of a quote from now on (its text becomes them). */
    static void quote(Quote quote, MainViewModel model) {
        start(model, "Select the words " + name(model, quote.speakerId()) + " said, then choose " + USE + ".",
                quote.span(), ChangeEvidence.Target.QUOTE, quote.id());
    }

    private static void start(MainViewModel model, String prompt, Span current, ChangeEvidence.Target target,
                              String id) {
        model.pointing().start(new WordPointing.Request(prompt, current, USE, words -> {
            Optional<Edit> edit = model.edit(new ChangeEvidence(target, id, words));
            edit.ifPresent(made -> model.work().say(made.ops().isEmpty()
                    ? "Those are the words it rests on already; nothing changed." : made.label() + "."));
            return edit.isPresent() ? Optional.empty() : Optional.of(model.bridge().refusalProperty().get());
        }));
        model.showInArticle(current);
    }

    private static String name(MainViewModel model, String actorId) {
        OpenMap map = model.mapProperty().get();
        return map == null ? actorId : map.prepared().graph().index().nameOf(actorId);
    }
}
