package app.parley.session;

import app.parley.io.DatasetValidator;
import app.parley.io.Problem;
import app.parley.model.Actor;
import app.parley.model.Dataset;
import app.parley.model.Quote;
import app.parley.model.Relation;
import app.parley.model.Role;
import app.parley.model.Source;
import app.parley.model.Span;
import app.parley.model.Story;
import app.parley.model.StoryStep;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * The checks commands make before they change a map: the rules of io's {@link DatasetValidator} (so that a saved map
 * always passes {@code check}), applied to the element being written together with what it refers to.
 */
final class Checks {

    private Checks() {
    }

    /** The value, stripped, or a refusal naming {@code what} when it is blank. */
    static String text(String value, String what) throws EditRefused {
        if (value == null || value.isBlank()) {
            throw new EditRefused(what + " must not be empty.");
        }
        return value.strip();
    }

    /** The actor with {@code id}, or a refusal. */
    static Actor actor(Draft draft, String id) throws EditRefused {
        if (id == null) {
            throw new EditRefused("Choose an actor.");
        }
        return draft.find(Part.ACTORS, id).orElseThrow(() -> new EditRefused("No actor has the id \"" + id + "\"."));
    }

    /** The element with {@code id}, or a refusal. */
    static <T> T element(Draft draft, Part<T> part, String id) throws EditRefused {
        return draft.find(part, id).orElseThrow(() -> new EditRefused("No " + part.noun() + " has the id \"" + id
                + "\"."));
    }

    /**
     * The words a span covers, or a refusal when the span is not a selection of words in one of the map's sources:
     * unknown source, outside the text, empty or blank, or cutting a character in two.
     */
    static String words(Draft draft, Span span) throws EditRefused {
        if (span == null) {
            throw new EditRefused("Select the words in the article first.");
        }
        Source source = draft.find(Part.SOURCES, span.sourceId()).orElseThrow(() ->
                new EditRefused("No article has the id \"" + span.sourceId() + "\"."));
        String text = source.text();
        if (span.end() > text.length()) {
            throw new EditRefused("The selection ends at " + span.end() + ", past the end of the article ("
                    + text.length() + " characters).");
        }
        String words = text.substring(span.start(), span.end());
        if (words.isBlank()) {
            throw new EditRefused("Select the words in the article first.");
        }
        if (splitsCharacter(text, span.start()) || splitsCharacter(text, span.end())) {
            throw new EditRefused("The selection cuts a character in two.");
        }
        return words;
    }

    /** The ids the elements of {@code parts} use now. */
    static Set<String> taken(Draft draft, List<Part<?>> parts) {
        Set<String> ids = new HashSet<>();
        for (Part<?> part : parts) {
            collect(draft, part, ids);
        }
        return ids;
    }

    private static <T> void collect(Draft draft, Part<T> part, Set<String> ids) {
        draft.list(part).forEach(element -> ids.add(part.idOf(element)));
    }

    /** Refuses a role that the validator would reject. */
    static void role(Draft draft, Role role) throws EditRefused {
        words(draft, role.evidence());
        validate(new Dataset("check", sourceOf(draft, role.evidence()),
                actors(draft, Arrays.asList(role.holderId(), role.ofId())), List.of(role), List.of(), List.of()));
    }

    /** Refuses a relation that the validator would reject. */
    static void relation(Draft draft, Relation relation) throws EditRefused {
        if (relation.fromId().equals(relation.toId())) {
            throw new EditRefused("A link joins two different actors.");
        }
        words(draft, relation.evidence());
        validate(new Dataset("check", sourceOf(draft, relation.evidence()),
                actors(draft, List.of(relation.fromId(), relation.toId())), List.of(), List.of(relation), List.of()));
    }

    /** Refuses a quote that the validator would reject. */
    static void quote(Draft draft, Quote quote) throws EditRefused {
        words(draft, quote.span());
        List<String> named = new ArrayList<>(quote.aboutIds());
        named.add(quote.speakerId());
        named.add(quote.reportedById());
        validate(new Dataset("check", sourceOf(draft, quote.span()), actors(draft, named), List.of(), List.of(),
                List.of(quote)));
    }

    /** Refuses a story that the validator would reject. */
    static void story(Draft draft, List<StoryStep> steps) throws EditRefused {
        validate(new Dataset("check", draft.list(Part.SOURCES), draft.list(Part.ACTORS), draft.list(Part.ROLES),
                draft.list(Part.RELATIONS), draft.list(Part.QUOTES), new Story(steps)));
    }

    /** Refuses a change after which the story would name a link that is no longer one. */
    static void storyKept(Draft draft) throws EditRefused {
        if (draft.list(Part.STEPS).isEmpty()) {
            return;
        }
        try {
            story(draft, draft.list(Part.STEPS));
        } catch (EditRefused broken) {
            throw new EditRefused("The story would break: " + broken.getMessage());
        }
    }

    /** Refuses a source that the validator would reject. */
    static void source(Draft draft, Source source) throws EditRefused {
        validate(new Dataset("check", List.of(source), List.of(), List.of(), List.of(), List.of()));
    }

    /** The source a span points into, as a list of one (or none when it does not exist). */
    private static List<Source> sourceOf(Draft draft, Span span) {
        return draft.find(Part.SOURCES, span.sourceId()).stream().toList();
    }

    /** The actors among {@code ids} that exist (nulls and repeats skipped): what an element refers to. */
    private static List<Actor> actors(Draft draft, List<String> ids) {
        Map<String, Actor> found = new LinkedHashMap<>();
        for (String id : ids) {
            if (id != null && !found.containsKey(id)) {
                draft.find(Part.ACTORS, id).ifPresent(actor -> found.put(id, actor));
            }
        }
        return List.copyOf(found.values());
    }

    private static void validate(Dataset dataset) throws EditRefused {
        for (Problem problem : DatasetValidator.validate(dataset)) {
            if (problem.isError()) {
                throw new EditRefused(problem.message());
            }
        }
    }

    private static boolean splitsCharacter(String text, int at) {
        return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
                && Character.isLowSurrogate(text.charAt(at));
    }
}
