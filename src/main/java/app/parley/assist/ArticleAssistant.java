package app.parley.assist;

import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.Dataset;
import app.parley.model.QuoteKind;
import app.parley.model.RelationType;
import app.parley.model.Side;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Suggests a map from a news article: the actors it names, every quote with its exact span and speaker, and the
 * relations its clauses state. Pure rules, no network, no model files; the same text always gives the same answer.
 */
public final class ArticleAssistant {

    private ArticleAssistant() {
    }

    /** Suggestions for an article read on its own. */
    public static Suggestions suggest(String text) {
        return suggest(text, List.of());
    }

    /** Suggestions for an article added to an open map: its actors are recognized by name and alias. */
    public static Suggestions suggest(String text, Dataset map) {
        return suggest(text, map == null ? List.of() : map.actors());
    }

    /** The type of link that words pointed at as a link's evidence state by their verb ("hosted": hosts), if any. */
    public static Optional<RelationType> linkTypeStatedBy(String words) {
        return RelationFinder.typeStatedBy(Objects.requireNonNull(words, "words"));
    }

    /**
     * The side a suggestion's side name takes on the map: a known camp ("Kyiv" and "Ukraine": Ukraine), or a side of
     * the map's own ("Armenia").
     */
    public static Side sideOnTheMap(String sideName) {
        return SideNames.sideOrOwn(sideName, Side.KNOWN.size());
    }

    /** The state a word of nationality names ("Armenian": Armenia, "Azerbaijani": Azerbaijan), if any. */
    public static Optional<String> stateOfNationality(String word) {
        Places places = Places.get();
        return places.demonym(Objects.requireNonNull(word, "word")).map(places::name);
    }

    /** Suggestions for an article, recognizing the given known actors by name and alias, accents optional. */
    public static Suggestions suggest(String text, List<Actor> knownActors) {
        Objects.requireNonNull(text, "text");
        Article article = new Article(text);
        List<ActorDraft> drafts = ActorFinder.find(article, knownActors);
        ActorDraft[] speakers = SpeakerSieve.attribute(article);
        List<RelationFinder.Found> relations = RelationFinder.find(article, drafts);
        inferSides(relations);
        List<SuggestedQuote> quotes = new ArrayList<>();
        for (int q = 0; q < article.quotes.size(); q++) {
            QuoteSpan span = article.quotes.get(q);
            ActorDraft speaker = speakers[q] == null ? null : speakers[q].canonical();
            quotes.add(new SuggestedQuote(text.substring(span.start(), span.end()), span.start(), span.end(),
                    speaker == null ? null : speaker.name, QuoteKind.DIRECT));
        }
        List<SuggestedRelation> links = new ArrayList<>();
        for (RelationFinder.Found found : relations) {
            links.add(new SuggestedRelation(found.from().canonical().name, found.type(), found.to().canonical().name,
                    found.evidence()));
        }
        links.sort(Comparator.comparingInt((SuggestedRelation r) -> r.evidence().start()));
        List<SuggestedActor> actors = new ArrayList<>();
        for (ActorDraft draft : drafts) {
            actors.add(toActor(draft));
        }
        return new Suggestions(actors, quotes, links);
    }

    private static void inferSides(List<RelationFinder.Found> relations) {
        for (RelationFinder.Found found : relations) {
            ActorDraft from = found.from().canonical();
            ActorDraft to = found.to().canonical();
            boolean belongs = found.type() == RelationType.MEMBER_OF || found.type() == RelationType.LEADS
                    || found.type() == RelationType.REPRESENTS || found.type() == RelationType.SPOKESPERSON_FOR;
            if (belongs && from.side == null && to.kind != ActorKind.PERSON) {
                from.side = to.side;
            }
        }
    }

    private static SuggestedActor toActor(ActorDraft draft) {
        Set<String> aliases = new LinkedHashSet<>(draft.aliases);
        aliases.remove(draft.name);
        List<SuggestedRole> roles = new ArrayList<>();
        Set<String> titles = new LinkedHashSet<>();
        Set<String> placed = new LinkedHashSet<>();
        draft.resolvedRoles.stream().filter(role -> role.of() != null).forEach(role -> placed.add(role.title().toLowerCase(java.util.Locale.ROOT)));
        for (SuggestedRole role : draft.resolvedRoles) {
            if (role.of() == null && placed.contains(role.title().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            if (titles.add(role.title().toLowerCase(java.util.Locale.ROOT) + "|" + role.of())) {
                roles.add(role);
            }
        }
        List<TextRange> mentions = new ArrayList<>(new LinkedHashSet<>(draft.mentions));
        mentions.sort(Comparator.comparingInt(TextRange::start));
        return new SuggestedActor(draft.name, draft.kind, draft.side, List.copyOf(aliases), roles, mentions);
    }
}
