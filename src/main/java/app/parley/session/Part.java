package app.parley.session;

import app.parley.model.Actor;
import app.parley.model.Dataset;
import app.parley.model.Quote;
import app.parley.model.Relation;
import app.parley.model.Role;
import app.parley.model.Source;
import app.parley.model.StoryStep;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One of a map's lists of elements with ids (sources, actors, roles, relations, quotes, story steps).
 *
 * @param <T> the element type
 */
public final class Part<T> {

    /** The articles. */
    public static final Part<Source> SOURCES = new Part<>(Aspect.SOURCES, "source", Dataset::sources, Source::id);
    /** The actors. */
    public static final Part<Actor> ACTORS = new Part<>(Aspect.ACTORS, "actor", Dataset::actors, Actor::id);
    /** The roles. */
    public static final Part<Role> ROLES = new Part<>(Aspect.ROLES, "role", Dataset::roles, Role::id);
    /** The relations. */
    public static final Part<Relation> RELATIONS =
            new Part<>(Aspect.RELATIONS, "link", Dataset::relations, Relation::id);
    /** The quotes. */
    public static final Part<Quote> QUOTES = new Part<>(Aspect.QUOTES, "quote", Dataset::quotes, Quote::id);
    /** The story steps. */
    public static final Part<StoryStep> STEPS =
            new Part<>(Aspect.STORY, "story step", d -> d.story().steps(), StoryStep::id);

    /** Every part, in the order a dataset lists them. */
    public static final List<Part<?>> ALL = List.of(SOURCES, ACTORS, ROLES, RELATIONS, QUOTES, STEPS);

    private final Aspect aspect;
    private final String noun;
    private final Function<Dataset, List<T>> list;
    private final Function<T, String> id;

    private Part(Aspect aspect, String noun, Function<Dataset, List<T>> list, Function<T, String> id) {
        this.aspect = aspect;
        this.noun = noun;
        this.list = list;
        this.id = id;
    }

    /** The aspect of the map this part is. */
    public Aspect aspect() {
        return aspect;
    }

    /** What one element is called in messages ("actor"). */
    public String noun() {
        return noun;
    }

    /** The part's list in {@code dataset}. */
    public List<T> of(Dataset dataset) {
        return list.apply(dataset);
    }

    /** The id of an element. */
    public String idOf(T element) {
        return id.apply(element);
    }

    @Override
    public String toString() {
        return aspect.name().toLowerCase(Locale.ROOT);
    }
}
