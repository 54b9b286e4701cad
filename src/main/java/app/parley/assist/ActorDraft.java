package app.parley.assist;

import app.parley.model.ActorKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An actor being assembled from its mentions; drafts found to name the same actor are merged into one. */
final class ActorDraft {

    /** A title waiting for its "of" actor, which may be named by a token resolved later. */
    record RoleDraft(String title, int ofToken, String ofStateCode, TextRange evidence) {
    }

    final ActorKind kind;
    String name;
    String stateCode;
    String side;
    final boolean known;
    List<String> nameWords = List.of();
    final Set<String> aliases = new LinkedHashSet<>();
    final List<RoleDraft> roles = new ArrayList<>();
    final List<SuggestedRole> resolvedRoles = new ArrayList<>();
    final List<TextRange> mentions = new ArrayList<>();
    int first = Integer.MAX_VALUE;
    /** Whether the text shows the person is a woman (Ms, "she"), a man (Mr, "he"), or {@code null} if it does not. */
    Boolean female;
    private ActorDraft mergedInto;

    ActorDraft(ActorKind kind, String name, boolean known) {
        this.kind = kind;
        this.name = name;
        this.known = known;
    }

    /** The draft this one was merged into, or itself. */
    ActorDraft canonical() {
        ActorDraft draft = this;
        while (draft.mergedInto != null) {
            draft = draft.mergedInto;
        }
        return draft;
    }

    /** Moves everything of {@code other} into this draft. */
    void absorb(ActorDraft other) {
        ActorDraft from = other.canonical();
        if (from == this) {
            return;
        }
        if (!from.known && from.nameWords.size() > nameWords.size() && !known) {
            aliases.add(name);
            name = from.name;
            nameWords = from.nameWords;
        } else {
            aliases.add(from.name);
        }
        aliases.addAll(from.aliases);
        aliases.remove(name);
        roles.addAll(from.roles);
        mentions.addAll(from.mentions);
        first = Math.min(first, from.first);
        if (side == null) {
            side = from.side;
        }
        if (female == null) {
            female = from.female;
        }
        from.mergedInto = this;
    }

    /** Records a mention and the form of the name it used. */
    void mention(TextRange range, String form) {
        mentions.add(range);
        first = Math.min(first, range.start());
        boolean shouting = form != null && form.length() > 3 && form.equals(form.toUpperCase(java.util.Locale.ROOT));
        if (form != null && !form.equals(name) && !shouting) {
            aliases.add(form);
        }
    }

    /** The folded surname of a person draft. */
    String surnameKey() {
        return nameWords.isEmpty() ? "" : Names.key(nameWords.get(nameWords.size() - 1));
    }
}
