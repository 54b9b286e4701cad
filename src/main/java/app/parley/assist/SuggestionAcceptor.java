package app.parley.assist;

import app.parley.graph.TextFolding;
import app.parley.io.Sha256;
import app.parley.model.Actor;
import app.parley.model.Dataset;
import app.parley.model.Quote;
import app.parley.model.Rank;
import app.parley.model.Relation;
import app.parley.model.Role;
import app.parley.model.Side;
import app.parley.model.Source;
import app.parley.model.Span;
import app.parley.model.Story;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns accepted suggestions into a map: actors (reusing those the map already has, by name or alias, accents
 * optional), their roles, the quotes that have a speaker, and relations, every span pointing into the article's
 * source. The result passes {@code parley check}; what could not be taken is listed, never silently dropped.
 */
public final class SuggestionAcceptor {

    /**
     * Where an article comes from.
     *
     * @param title     its headline
     * @param publisher who published it, or {@code null}
     * @param date      when, or {@code null}
     * @param url       where, or {@code null}
     */
    public record ArticleInfo(String title, String publisher, LocalDate date, String url) {

        /** Checks the title. */
        public ArticleInfo {
            Objects.requireNonNull(title, "title");
        }
    }

    /**
     * The map with the accepted suggestions, and one line for each suggestion that could not be taken.
     *
     * @param dataset the new map
     * @param skipped why suggestions were left out (a quote without a speaker, a relation to an actor not accepted)
     */
    public record Result(Dataset dataset, List<String> skipped) {

        /** Freezes the list. */
        public Result {
            skipped = List.copyOf(skipped);
        }
    }

    private final Dataset map;
    private final Source source;
    private final Ids ids;
    private final Map<String, String> actorIdByName = new HashMap<>();
    private final List<Actor> actors;
    private final List<Role> roles;
    private final List<Relation> relations;
    private final List<Quote> quotes;
    private final List<String> skipped = new ArrayList<>();

    private SuggestionAcceptor(Dataset map, Source source) {
        this.map = map;
        this.source = source;
        this.actors = new ArrayList<>(map.actors());
        this.roles = new ArrayList<>(map.roles());
        this.relations = new ArrayList<>(map.relations());
        this.quotes = new ArrayList<>(map.quotes());
        List<String> taken = new ArrayList<>();
        map.actors().forEach(a -> taken.add(a.id()));
        map.roles().forEach(r -> taken.add(r.id()));
        map.relations().forEach(r -> taken.add(r.id()));
        map.quotes().forEach(q -> taken.add(q.id()));
        map.sources().forEach(s -> taken.add(s.id()));
        this.ids = new Ids(taken);
        for (Actor actor : map.actors()) {
            actorIdByName.putIfAbsent(TextFolding.fold(actor.name()), actor.id());
        }
        for (Actor actor : map.actors()) {
            actor.aliases().forEach(alias -> actorIdByName.putIfAbsent(TextFolding.fold(alias), actor.id()));
        }
    }

    /**
     * A new map made from one article and the suggestions accepted for it.
     *
     * @param info     the article's title, publisher, date and address
     * @param text     the article's full text, exactly as the suggestions' offsets count it
     * @param accepted the suggestions to take
     * @return the map (titled after the article) and what was left out
     */
    public static Result accept(ArticleInfo info, String text, Suggestions accepted) {
        Dataset empty = new Dataset(info.title(), List.of(), List.of(), List.of(), List.of(), List.of(), Story.EMPTY);
        Source source = new Source(new Ids(List.of()).next(info.title(), "article"), info.title(), info.publisher(),
                info.date(), "en", info.url(), text, Sha256.hex(text));
        return accept(empty, source, accepted);
    }

    /**
     * The map with {@code source} added (unless it already holds that text) and the accepted suggestions merged in.
     *
     * @param map      the open map
     * @param source   the article the suggestions were made from
     * @param accepted the suggestions to take
     * @return the new map and what was left out
     */
    public static Result accept(Dataset map, Source source, Suggestions accepted) {
        Source existing = null;
        String sha = source.sha256() != null ? source.sha256() : Sha256.hex(source.text());
        for (Source s : map.sources()) {
            if (s.text().equals(source.text())) {
                existing = s;
            }
        }
        List<String> sourceIds = new ArrayList<>();
        map.sources().forEach(s -> sourceIds.add(s.id()));
        Source used = existing != null ? existing : new Source(sourceIds.contains(source.id())
                ? new Ids(sourceIds).next(source.id(), "article") : source.id(), source.title(), source.publisher(),
                source.date(), source.language() == null ? "en" : source.language(), source.url(), source.text(), sha);
        return new SuggestionAcceptor(map, used).take(accepted, existing == null);
    }

    private Result take(Suggestions accepted, boolean addSource) {
        accepted.actors().forEach(this::takeActor);
        accepted.actors().forEach(this::takeRoles);
        accepted.quotes().forEach(this::takeQuote);
        accepted.relations().forEach(this::takeRelation);
        List<Source> sources = new ArrayList<>(map.sources());
        if (addSource) {
            sources.add(source);
        }
        Dataset dataset = new Dataset(map.title(), sources, actors, roles, relations, quotes, map.story());
        return new Result(dataset, skipped);
    }

    private void takeActor(SuggestedActor suggested) {
        String key = TextFolding.fold(suggested.name());
        if (actorIdByName.containsKey(key)) {
            return;
        }
        for (String alias : suggested.aliases()) {
            String id = actorIdByName.get(TextFolding.fold(alias));
            if (id != null && !alias.isBlank() && suggested.kind() == kindOf(id)) {
                actorIdByName.put(key, id);
                return;
            }
        }
        String id = ids.next(suggested.name(), "actor");
        actors.add(new Actor(id, suggested.name(), suggested.kind(), suggested.aliases(), sideFor(suggested.side())));
        actorIdByName.put(key, id);
        suggested.aliases().forEach(alias -> actorIdByName.putIfAbsent(TextFolding.fold(alias), id));
    }

    /**
     * The side a suggested side name gives: a known camp, the map's own side of that name, or a new one after them
     * while the map has fewer than {@link Side#DISTINCT_OWN} (the parties the article names first), else Other, so
     * that no two of the sides suggested share a colour.
     */
    private Side sideFor(String name) {
        List<Side> own = actors.stream().map(Actor::side).filter(side -> !side.isKnown()).distinct().toList();
        Side side = SideNames.sideOrOwn(name, Side.after(own));
        return own.stream().filter(side::equals).findFirst()
                .orElse(side.isKnown() || own.size() < Side.DISTINCT_OWN ? side : Side.OTHER);
    }

    private app.parley.model.ActorKind kindOf(String id) {
        return actors.stream().filter(a -> a.id().equals(id)).map(Actor::kind).findFirst().orElse(null);
    }

    private String idOf(String name) {
        return name == null ? null : actorIdByName.get(TextFolding.fold(name));
    }

    private void takeRoles(SuggestedActor suggested) {
        String holder = idOf(suggested.name());
        for (SuggestedRole role : suggested.roles()) {
            TextRange evidence = role.evidence() != null ? role.evidence()
                    : suggested.mentions().isEmpty() ? null : suggested.mentions().get(0);
            if (holder == null || evidence == null || !inside(evidence)) {
                skipped.add("Role “" + role.title() + "” of " + suggested.name() + ": no words in the article state it.");
                continue;
            }
            String of = idOf(role.of());
            boolean duplicate = roles.stream().anyMatch(r -> r.holderId().equals(holder)
                    && r.title().equalsIgnoreCase(role.title()) && Objects.equals(r.ofId(), of));
            if (!duplicate) {
                roles.add(new Role(ids.next(holder + " " + role.title(), "role"), holder, role.title(), of,
                        rank(role.title()), span(evidence)));
            }
        }
    }

    private void takeQuote(SuggestedQuote quote) {
        String where = "Quote “" + shorten(quote.text()) + "” at " + quote.start() + "–" + quote.end();
        if (quote.speaker() == null) {
            skipped.add(where + ": no speaker; left out.");
            return;
        }
        String speaker = idOf(quote.speaker());
        if (speaker == null) {
            skipped.add(where + ": its speaker " + quote.speaker() + " was not accepted; left out.");
            return;
        }
        TextRange range = quote.range();
        if (!inside(range) || !source.text().substring(range.start(), range.end()).equals(quote.text())) {
            skipped.add(where + ": the text is not in the article at that place; left out.");
            return;
        }
        boolean duplicate = quotes.stream().anyMatch(q -> q.span().equals(span(range)) && q.speakerId().equals(speaker));
        if (!duplicate) {
            String words = String.join(" ", TextFolding.words(quote.text()).stream().limit(4).toList());
            quotes.add(new Quote(ids.next(speaker + " " + words, "quote"), speaker, quote.text(), quote.kind(),
                    span(range), null, null, List.of()));
        }
    }

    private void takeRelation(SuggestedRelation relation) {
        String from = idOf(relation.from());
        String to = idOf(relation.to());
        String what = "Relation " + relation.from() + " " + relation.type().label() + " " + relation.to();
        if (from == null || to == null) {
            skipped.add(what + ": one of its actors was not accepted; left out.");
            return;
        }
        if (from.equals(to) || !inside(relation.evidence())) {
            skipped.add(what + ": it links an actor to itself or rests on no words of the article; left out.");
            return;
        }
        boolean duplicate = relations.stream().anyMatch(r -> r.fromId().equals(from) && r.toId().equals(to)
                && r.type() == relation.type());
        if (!duplicate) {
            relations.add(new Relation(ids.next(from + " " + relation.type().id() + " " + to, "relation"), from,
                    relation.type(), to, span(relation.evidence())));
        }
    }

    private boolean inside(TextRange range) {
        return range.end() <= source.text().length();
    }

    private Span span(TextRange range) {
        return new Span(source.id(), range.start(), range.end());
    }

    private static Rank rank(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        Set<String> words = new HashSet<>(List.of(t.split("[^a-z]+")));
        if (words.contains("former")) {
            return null;
        }
        if (t.equals("president") || t.equals("prime minister") || words.contains("king") || words.contains("queen")
                || t.equals("chancellor")) {
            return Rank.HEAD_OF_STATE;
        }
        if (t.contains("secretary general") || t.contains("secretary-general")) {
            return Rank.HEAD_OF_ORGANIZATION;
        }
        if ((words.contains("deputy") || words.contains("vice")) && words.contains("minister")) {
            return Rank.DEPUTY_MINISTER;
        }
        if (words.contains("minister") || t.equals("secretary of state")) {
            return Rank.MINISTER;
        }
        if (t.contains("spokes") || t.contains("press secretary")) {
            return Rank.SPOKESPERSON;
        }
        return null;
    }

    private static String shorten(String text) {
        String flat = text.replace('\n', ' ');
        return flat.length() <= 40 ? flat : flat.substring(0, 39) + "…";
    }
}
