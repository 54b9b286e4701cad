package app.parley.ui;

import app.parley.assist.ArticleAssistant;
import app.parley.graph.ActorGraph;
import app.parley.graph.ActorMentions;
import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.Role;
import app.parley.model.Source;
import app.parley.model.Span;
import app.parley.session.AddRole;
import app.parley.session.Command;
import app.parley.session.DeleteRole;
import app.parley.session.Edit;
import app.parley.session.EditRole;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * Adding, editing and deleting roles: a new role rests on selected words of the article (the holder and what it
 * belongs to are guessed from the names in them, what it belongs to also from a word of nationality before the title:
 * "Armenian Prime Minister" is Prime Minister of Armenia), an existing one is edited in the Details pane, and each
 * change is one undoable edit.
 */
final class RoleEditing {

    private static final int LONGEST_TITLE_WORDS = 6;

    private RoleEditing() {
    }

    /**
     * Asks for a new role resting on {@code words} and adds it.
     *
     * @param holder who holds it, or {@code null} to guess from the words
     */
    static Optional<Edit> add(Window owner, MainViewModel model, Actor holder, Span words) {
        OpenMap map = model.mapProperty().get();
        if (map == null || words == null) {
            return Optional.empty();
        }
        ActorGraph graph = map.prepared().graph();
        Source source = graph.index().source(words.sourceId()).orElse(null);
        String text = source == null ? "" : source.excerpt(words);
        List<ActorMentions.Mention> names = ActorMentions.find(words.sourceId(), text, graph.dataset().actors());
        List<Actor> named = names.stream().map(m -> graph.actor(m.actorId()).orElseThrow()).distinct().toList();
        Actor who = holder != null ? holder : named.stream().filter(a -> a.kind() == ActorKind.PERSON).findFirst()
                .orElse(null);
        Actor of = named.stream().filter(a -> a.kind() != ActorKind.PERSON).findFirst().orElse(null);
        String title = titleFrom(text, names);
        if (of == null) {
            Nationality nationality = nationalityIn(title, graph).orElse(null);
            if (nationality != null) {
                of = nationality.state();
                title = title.substring(nationality.word().length()).strip();
            }
        }
        RoleForm form = new RoleForm(graph, who, title, of, null);
        return AuthoringDialog.show(owner, "New role", "Resting on: “" + text + "”", form, form.firstEmpty(),
                "Add role", () -> command(form, () -> new AddRole(form.holderId(), form.title(), form.ofId(),
                        form.rank(), words)), model.bridge());
    }

    /** The Details pane's form for a role's holder, title, what it belongs to and rank; its evidence stays. */
    static InlineEditor editor(Role role, MainViewModel model, Runnable done) {
        ActorGraph graph = model.mapProperty().get().prepared().graph();
        RoleForm form = new RoleForm(graph, graph.actor(role.holderId()).orElse(null), role.title(),
                role.ofId() == null ? null : graph.actor(role.ofId()).orElse(null), role.rank());
        return new InlineEditor("Edit role", form, () -> command(form, () -> new EditRole(role.id(), form.holderId(),
                form.title(), form.ofId(), form.rank(), role.evidence())), model.bridge(), done);
    }

    /** Asks for a role's new holder, title, what it belongs to and rank in a dialog (the map's Edit… on a role). */
    static Optional<Edit> editInDialog(Window owner, MainViewModel model, Role role) {
        OpenMap map = model.mapProperty().get();
        if (map == null) {
            return Optional.empty();
        }
        ActorGraph graph = map.prepared().graph();
        RoleForm form = new RoleForm(graph, graph.actor(role.holderId()).orElse(null), role.title(),
                role.ofId() == null ? null : graph.actor(role.ofId()).orElse(null), role.rank());
        String words = graph.index().source(role.evidence().sourceId()).filter(s -> s.contains(role.evidence()))
                .map(s -> "Resting on: “" + s.excerpt(role.evidence()) + "”").orElse(null);
        return AuthoringDialog.show(owner, "Edit role", words, form, form.titleField(), "Save",
                () -> command(form, () -> new EditRole(role.id(), form.holderId(), form.title(), form.ofId(),
                        form.rank(), role.evidence())), model.bridge());
    }

    /** Deletes the role once the user has confirmed (its holder and the article stay). */
    static void delete(Role role, MainViewModel model, Window owner) {
        OpenMap map = model.mapProperty().get();
        if (map == null) {
            return;
        }
        String holder = map.prepared().graph().index().nameOf(role.holderId());
        if (DeleteConfirmation.confirm(owner, "Delete the role “" + role.title() + "” of " + holder + "?",
                holder + " and the article stay.")) {
            model.bridge().execute(new DeleteRole(role.id())).ifPresent(e -> model.work().say(e.label() + "."));
        }
    }

    /** Asks for the words a new role of {@code holder} rests on, then for the role. */
    static void addByPointing(Actor holder, MainViewModel model, Supplier<Window> owner) {
        model.pointing().start(new WordPointing.Request("Select the words of the article that state the role of "
                + holder.name() + ", then choose Use these words.", null, "Use these words",
                words -> add(owner.get(), model, holder, words).isPresent() ? Optional.empty() : Optional.of("")));
    }

    private static Command command(RoleForm form, Supplier<Command> made) {
        String problem = form.problem();
        return problem == null ? made.get() : new Refusal(problem);
    }

    /** A word of nationality opening a title ("Armenian" in "Armenian Prime Minister") and the map's state it names. */
    private record Nationality(String word, Actor state) {
    }

    /** The map's state that the first word of {@code title} names by nationality, with that word. */
    private static Optional<Nationality> nationalityIn(String title, ActorGraph graph) {
        String[] words = title.split("\\s+", 2);
        if (words.length < 2) {
            return Optional.empty();
        }
        return ArticleAssistant.stateOfNationality(words[0]).flatMap(state -> graph.actors().stream()
                .filter(a -> a.kind() != ActorKind.PERSON)
                .filter(a -> a.name().equals(state) || a.aliases().contains(state)).findFirst())
                .map(actor -> new Nationality(words[0], actor));
    }

    /**
     * A title guessed from the selected words: the first short stretch that is not a name of the map's actors, without
     * possessives and linking words at its ends ("Turkey’s Foreign Minister, Hakan Fidan" gives "Foreign Minister");
     * empty when there is none.
     */
    static String titleFrom(String words, List<ActorMentions.Mention> names) {
        StringBuilder rest = new StringBuilder();
        int at = 0;
        for (ActorMentions.Mention name : names) {
            rest.append(words, at, name.span().start()).append('|');
            at = name.span().end();
        }
        rest.append(words.substring(at));
        for (String chunk : rest.toString().split("[|,;:()\\n]")) {
            String title = chunk.replaceAll("^\\s*(?:[’']s\\b)?[\\s\\p{Punct}“”‘’«»„]*", "")
                    .replaceAll("(?i)(?:\\s+(?:to|of|for|at|in|and|the|with))+\\s*$", "")
                    .replaceAll("[\\s\\p{Punct}“”‘’«»„]+$", "").strip();
            if (!title.isEmpty() && title.split("\\s+").length <= LONGEST_TITLE_WORDS) {
                return title;
            }
        }
        return "";
    }
}
