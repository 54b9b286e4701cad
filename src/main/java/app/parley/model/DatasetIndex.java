package app.parley.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Lookups by identifier over one dataset, built once. */
public final class DatasetIndex {

    private final Dataset dataset;
    private final Map<String, Actor> actors;
    private final Map<String, Source> sources;
    private final Map<String, Quote> quotes;
    private final Map<String, Relation> relations;
    private final Map<String, List<Role>> rolesByHolder = new LinkedHashMap<>();
    private final Map<String, List<Quote>> quotesBySpeaker = new LinkedHashMap<>();

    /** Indexes {@code dataset}; where identifiers repeat, the first wins. */
    public DatasetIndex(Dataset dataset) {
        this.dataset = dataset;
        this.actors = byId(dataset.actors(), Actor::id);
        this.sources = byId(dataset.sources(), Source::id);
        this.quotes = byId(dataset.quotes(), Quote::id);
        this.relations = byId(dataset.relations(), Relation::id);
        dataset.roles().forEach(r -> rolesByHolder.computeIfAbsent(r.holderId(), k -> new ArrayList<>()).add(r));
        dataset.quotes().forEach(q -> quotesBySpeaker.computeIfAbsent(q.speakerId(), k -> new ArrayList<>()).add(q));
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.putIfAbsent(id.apply(item), item));
        return Collections.unmodifiableMap(map);
    }

    /** The indexed dataset. */
    public Dataset dataset() {
        return dataset;
    }

    /** The actor with this identifier. */
    public Optional<Actor> actor(String id) {
        return Optional.ofNullable(actors.get(id));
    }

    /** The source with this identifier. */
    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    /** The quote with this identifier. */
    public Optional<Quote> quote(String id) {
        return Optional.ofNullable(quotes.get(id));
    }

    /** The relation with this identifier. */
    public Optional<Relation> relation(String id) {
        return Optional.ofNullable(relations.get(id));
    }

    /** The roles an actor holds, in file order. */
    public List<Role> rolesOf(String actorId) {
        return List.copyOf(rolesByHolder.getOrDefault(actorId, List.of()));
    }

    /** The quotes an actor said, in file order. */
    public List<Quote> quotesBy(String actorId) {
        return List.copyOf(quotesBySpeaker.getOrDefault(actorId, List.of()));
    }

    /** The display name of an actor, or its identifier if it is unknown. */
    public String nameOf(String actorId) {
        return actor(actorId).map(Actor::name).orElse(actorId);
    }
}
