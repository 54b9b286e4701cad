package app.parley.ui;

import app.parley.assist.ArticleAssistant;
import app.parley.assist.SuggestedActor;
import app.parley.assist.SuggestedQuote;
import app.parley.assist.SuggestedRelation;
import app.parley.assist.Suggestions;
import app.parley.assist.TextRange;
import app.parley.model.RelationType;
import app.parley.model.Side;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The review of an article's suggestions: each actor, quote and link listed with the words it rests on, to accept,
 * edit or reject one by one or all at once. Every acceptance is handed on at once, with the actors it names, as a
 * small {@link Suggestions} of its own, so each one can become one undoable edit of the map.
 */
public final class SuggestionReviewViewModel {

    /** What the reviewer decided about one suggestion. */
    public enum Decision { PENDING, ACCEPTED, REJECTED }

    /** What a suggestion is. */
    public enum Kind { ACTOR, QUOTE, RELATION }

    /**
     * One line of the review.
     *
     * @param kind       actor, quote or link
     * @param suggestion the {@link SuggestedActor}, {@link SuggestedQuote} or {@link SuggestedRelation}
     * @param decision   what was decided
     */
    public record Item(Kind kind, Object suggestion, Decision decision) {

        /** The words of the article to highlight for this suggestion. */
        public TextRange highlight() {
            return switch (kind) {
                case ACTOR -> ((SuggestedActor) suggestion).mentions().isEmpty() ? null
                        : ((SuggestedActor) suggestion).mentions().get(0);
                case QUOTE -> ((SuggestedQuote) suggestion).range();
                case RELATION -> ((SuggestedRelation) suggestion).evidence();
            };
        }

        /**
         * One line describing the suggestion; an actor's with the side its card will have on the map, and the side the
         * assistant read when that is not one of the map's ("Ilham Aliyev — person · Other (Azerbaijan)").
         */
        public String label() {
            return switch (kind) {
                case ACTOR -> {
                    SuggestedActor a = (SuggestedActor) suggestion;
                    Side side = ArticleAssistant.sideOnTheMap(a.side());
                    boolean named = a.side() != null && !a.side().equals(side.label()) && !a.side().equals(a.name());
                    yield a.name() + " — " + a.kind().label().toLowerCase() + " · " + side.label()
                            + (named ? " (" + a.side() + ")" : "");
                }
                case QUOTE -> {
                    SuggestedQuote q = (SuggestedQuote) suggestion;
                    yield (q.speaker() == null ? "(speaker unknown)" : q.speaker()) + ": “" + q.text() + "”";
                }
                case RELATION -> {
                    SuggestedRelation r = (SuggestedRelation) suggestion;
                    yield r.from() + " " + r.type().label() + " " + r.to();
                }
            };
        }
    }

    private final String text;
    private final Consumer<Suggestions> onAccepted;
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ObjectProperty<Item> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<TextRange> highlight = new ReadOnlyObjectWrapper<>(this, "highlight");

    /**
     * A review of {@code suggestions} made for {@code text}.
     *
     * @param onAccepted receives each acceptance (the suggestion and the actors it names)
     */
    public SuggestionReviewViewModel(String text, Suggestions suggestions, Consumer<Suggestions> onAccepted) {
        this.text = Objects.requireNonNull(text, "text");
        this.onAccepted = Objects.requireNonNull(onAccepted, "onAccepted");
        suggestions.actors().forEach(a -> items.add(new Item(Kind.ACTOR, a, Decision.PENDING)));
        suggestions.quotes().forEach(q -> items.add(new Item(Kind.QUOTE, q, Decision.PENDING)));
        suggestions.relations().forEach(r -> items.add(new Item(Kind.RELATION, r, Decision.PENDING)));
        selected.addListener((obs, old, item) -> highlight.set(item == null ? null : item.highlight()));
    }

    /** The article's text. */
    public String text() {
        return text;
    }

    /** The suggestions with their decisions, actors first, then quotes, then links. */
    public ObservableList<Item> items() {
        return FXCollections.unmodifiableObservableList(items);
    }

    /** The suggestion being looked at. */
    public ObjectProperty<Item> selectedProperty() {
        return selected;
    }

    /** The words of the selected suggestion, to highlight in the article; {@code null} when none. */
    public ReadOnlyObjectProperty<TextRange> highlightProperty() {
        return highlight.getReadOnlyProperty();
    }

    /** Accepts one suggestion, and the actors it names if still pending, handing them on. */
    public void accept(Item item) {
        Suggestions taken = take(item);
        if (taken != null) {
            onAccepted.accept(taken);
        }
    }

    /** Marks one suggestion and the pending actors it names accepted; returns them, or {@code null} if none. */
    private Suggestions take(Item item) {
        int index = items.indexOf(item);
        if (index < 0 || item.decision() == Decision.ACCEPTED) {
            return null;
        }
        if (item.kind() == Kind.QUOTE && ((SuggestedQuote) item.suggestion()).speaker() == null) {
            return null;
        }
        List<SuggestedActor> actors = new ArrayList<>();
        for (String name : names(item)) {
            int a = actorIndex(name);
            if (a >= 0 && items.get(a).decision() != Decision.ACCEPTED) {
                actors.add((SuggestedActor) items.get(a).suggestion());
                replace(a, Decision.ACCEPTED);
            }
        }
        if (item.kind() == Kind.ACTOR) {
            actors.add((SuggestedActor) item.suggestion());
        }
        replace(items.indexOf(item), Decision.ACCEPTED);
        return new Suggestions(actors, item.kind() == Kind.QUOTE ? List.of((SuggestedQuote) item.suggestion())
                : List.of(), item.kind() == Kind.RELATION ? List.of((SuggestedRelation) item.suggestion()) : List.of());
    }

    /** Rejects one suggestion; quotes and links that name a rejected actor are rejected with it. */
    public void reject(Item item) {
        int index = items.indexOf(item);
        if (index < 0 || item.decision() == Decision.ACCEPTED) {
            return;
        }
        replace(index, Decision.REJECTED);
        if (item.kind() == Kind.ACTOR) {
            String name = ((SuggestedActor) item.suggestion()).name();
            for (int i = 0; i < items.size(); i++) {
                Item other = items.get(i);
                if (other.kind() != Kind.ACTOR && other.decision() == Decision.PENDING && names(other).contains(name)) {
                    replace(i, Decision.REJECTED);
                }
            }
        }
    }

    /**
     * Accepts every pending suggestion that can be accepted (quotes need a speaker), in list order, handing them on
     * together as one {@link Suggestions}, so they become one edit.
     */
    public void acceptAll() {
        List<SuggestedActor> actors = new ArrayList<>();
        List<SuggestedQuote> quotes = new ArrayList<>();
        List<SuggestedRelation> relations = new ArrayList<>();
        for (Item item : List.copyOf(items)) {
            Item current = items.stream().filter(i -> i.suggestion() == item.suggestion()).findFirst().orElseThrow();
            Suggestions taken = current.decision() == Decision.PENDING ? take(current) : null;
            if (taken != null) {
                actors.addAll(taken.actors());
                quotes.addAll(taken.quotes());
                relations.addAll(taken.relations());
            }
        }
        if (!actors.isEmpty() || !quotes.isEmpty() || !relations.isEmpty()) {
            onAccepted.accept(new Suggestions(actors, quotes, relations));
        }
    }

    /** Gives a pending quote another speaker (an actor of the review), or none. */
    public void editSpeaker(Item quote, String speaker) {
        SuggestedQuote q = (SuggestedQuote) quote.suggestion();
        update(quote, new SuggestedQuote(q.text(), q.start(), q.end(), speaker == null || speaker.isBlank() ? null
                : speaker.strip(), q.kind()));
    }

    /** Renames a pending actor; the quotes and links that name it follow. */
    public void rename(Item actor, String name) {
        SuggestedActor a = (SuggestedActor) actor.suggestion();
        String newName = name.strip();
        if (newName.isEmpty() || newName.equals(a.name())) {
            return;
        }
        List<String> aliases = new ArrayList<>(a.aliases());
        aliases.add(a.name());
        update(actor, new SuggestedActor(newName, a.kind(), a.side(), aliases, a.roles(), a.mentions()));
        for (int i = 0; i < items.size(); i++) {
            Item other = items.get(i);
            if (other.kind() == Kind.QUOTE && a.name().equals(((SuggestedQuote) other.suggestion()).speaker())) {
                SuggestedQuote q = (SuggestedQuote) other.suggestion();
                items.set(i, new Item(Kind.QUOTE, new SuggestedQuote(q.text(), q.start(), q.end(), newName, q.kind()),
                        other.decision()));
            } else if (other.kind() == Kind.RELATION) {
                SuggestedRelation r = (SuggestedRelation) other.suggestion();
                items.set(i, new Item(Kind.RELATION, new SuggestedRelation(r.from().equals(a.name()) ? newName
                        : r.from(), r.type(), r.to().equals(a.name()) ? newName : r.to(), r.evidence()),
                        other.decision()));
            }
        }
    }

    /** Gives a pending link another type. */
    public void retype(Item relation, RelationType type) {
        SuggestedRelation r = (SuggestedRelation) relation.suggestion();
        update(relation, new SuggestedRelation(r.from(), type, r.to(), r.evidence()));
    }

    /**
     * Sets the decision on the suggestions of an earlier acceptance again: back to pending when the edit that took
     * them is undone (or refused), accepted when it is redone.
     */
    public void restore(Suggestions taken, Decision decision) {
        List<Object> objects = new ArrayList<>();
        objects.addAll(taken.actors());
        objects.addAll(taken.quotes());
        objects.addAll(taken.relations());
        for (int i = 0; i < items.size(); i++) {
            Object suggestion = items.get(i).suggestion();
            if (objects.stream().anyMatch(o -> o == suggestion)) {
                replace(i, decision);
            }
        }
    }

    /**
     * Where the review goes once the suggestion at {@code index} is decided: the next one still pending (those
     * accepted or rejected with it are passed over), else the first pending one above it, else {@code index} itself.
     */
    public int nextToReview(int index) {
        for (int i = index + 1; i < items.size(); i++) {
            if (items.get(i).decision() == Decision.PENDING) {
                return i;
            }
        }
        for (int i = 0; i < Math.min(index, items.size()); i++) {
            if (items.get(i).decision() == Decision.PENDING) {
                return i;
            }
        }
        return Math.max(0, Math.min(index, items.size() - 1));
    }

    /** How many suggestions are still to be decided. */
    public long pending() {
        return items.stream().filter(i -> i.decision() == Decision.PENDING).count();
    }

    private void update(Item item, Object suggestion) {
        int index = items.indexOf(item);
        if (index >= 0 && item.decision() == Decision.PENDING) {
            Item updated = new Item(item.kind(), suggestion, item.decision());
            items.set(index, updated);
            if (selected.get() == item) {
                selected.set(updated);
            }
        }
    }

    private void replace(int index, Decision decision) {
        Item old = items.get(index);
        Item updated = new Item(old.kind(), old.suggestion(), decision);
        items.set(index, updated);
        if (selected.get() == old) {
            selected.set(updated);
        }
    }

    private int actorIndex(String name) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).kind() == Kind.ACTOR && ((SuggestedActor) items.get(i).suggestion()).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> names(Item item) {
        Map<String, Boolean> names = new LinkedHashMap<>();
        switch (item.kind()) {
            case QUOTE -> {
                String speaker = ((SuggestedQuote) item.suggestion()).speaker();
                if (speaker != null) {
                    names.put(speaker, true);
                }
            }
            case RELATION -> {
                names.put(((SuggestedRelation) item.suggestion()).from(), true);
                names.put(((SuggestedRelation) item.suggestion()).to(), true);
            }
            case ACTOR -> {
                SuggestedActor actor = (SuggestedActor) item.suggestion();
                actor.roles().stream().filter(r -> r.of() != null).forEach(r -> names.put(r.of(), true));
            }
        }
        return new ArrayList<>(names.keySet());
    }
}
