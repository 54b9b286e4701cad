package app.parley.io.synthetic;

import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.Dataset;
import app.parley.model.Quote;
import app.parley.model.QuoteKind;
import app.parley.model.Relation;
import app.parley.model.RelationType;
import app.parley.model.Role;
import app.parley.model.Side;
import app.parley.model.Source;
import app.parley.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Makes a valid dataset of any size from a seed, shaped like a year of coverage: actors in communities of one camp
 * (a state at the head of the first ones), relations mostly inside a community and otherwise to prominent actors or
 * to actors that already have many (preferential attachment), roles, direct and reported quotes, and articles whose text holds every
 * sentence a span points at. The same settings always give the same dataset.
 */
public final class SyntheticDataset {

    private static final int MIN_COMMUNITY = 8;
    private static final int MORE_COMMUNITY = 89;
    private static final double KEEP_SIDE = 0.85;
    private static final double INSIDE_COMMUNITY = 0.88;
    private static final double POPULAR_SOURCE = 0.4;
    private static final double STATE_SHARE = 0.02;
    private static final double[] SIDE_WEIGHTS = {0.2, 0.2, 0.08, 0.12, 0.25, 0.15};
    private static final int ROLE_ATTEMPTS = 8;
    /**
     * Prominence is Pareto-distributed with this tail index; the n-th state of the book has a fixed prominence of
     * {@code STATE_PROMINENCE / n}, so that Ukraine and Russia are named most.
     */
    private static final double PROMINENCE_TAIL = 1.2;
    private static final double PROMINENCE_CAP = 500;
    private static final double STATE_PROMINENCE = 2_000;
    private static final String[] ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth"};

    /**
     * What to make.
     *
     * @param actors    the number of actors
     * @param relations the number of relations
     * @param roles     the number of roles, each an edge from a person to a state, organization or delegation
     * @param quotes    the number of quotes
     * @param seed      the seed every choice is drawn from
     */
    public record Settings(int actors, int relations, int roles, int quotes, long seed) {

        /** Checks the counts. */
        public Settings {
            if (actors < 1) {
                throw new IllegalArgumentException("A dataset needs at least one actor");
            }
            if (relations < 0 || roles < 0 || quotes < 0) {
                throw new IllegalArgumentException("Counts must not be negative");
            }
            if ((relations > 0 || roles > 0) && actors < 2) {
                throw new IllegalArgumentException("Relations and roles need at least two actors");
            }
        }

        /** {@code actors} actors and {@code relations} relations, with a role for every eighth actor and a quote for every fourth. */
        public static Settings of(int actors, int relations, long seed) {
            return new Settings(actors, relations, defaultRoles(actors), Math.max(1, actors / 4), seed);
        }

        /** A dataset whose graph has {@code edges} edges in all, roles and relations together. */
        public static Settings withEdges(int actors, int edges, long seed) {
            int roles = Math.min(edges, defaultRoles(actors));
            return new Settings(actors, edges - roles, roles, Math.max(1, actors / 4), seed);
        }

        /** These settings with another number of roles. */
        public Settings withRoles(int newRoles) {
            return new Settings(actors, relations, newRoles, quotes, seed);
        }

        /** These settings with another number of quotes. */
        public Settings withQuotes(int newQuotes) {
            return new Settings(actors, relations, roles, newQuotes, seed);
        }

        /** The number of edges of the graph: every relation and every role. */
        public int edges() {
            return relations + roles;
        }

        private static int defaultRoles(int actors) {
            return actors < 2 ? 0 : Math.max(1, actors / 8);
        }
    }

    private final Settings settings;
    private final SplittableRandom random;
    private final List<Actor> actors;
    private final int[] community;
    private final int[] communityStart;
    private final int[] ends;
    private int endCount;
    private final double[] prominence;
    private final KnownShape shape;

    private SyntheticDataset(Settings settings, KnownShape shape) {
        this.settings = settings;
        this.shape = shape;
        this.random = new SplittableRandom(settings.seed());
        int n = settings.actors();
        this.community = new int[n];
        this.communityStart = shape == null ? communities(n) : shapeGroups(shape);
        this.actors = new ArrayList<>(n);
        this.ends = new int[2 * settings.edges()];
        this.prominence = new double[n];
    }

    /**
     * A generated dataset and the community each actor was planted in (by actor order).
     *
     * @param dataset   the dataset
     * @param community the planted community of the {@code i}-th actor
     */
    public record Generated(Dataset dataset, int[] community) {
    }

    /** The dataset for {@code settings}. */
    public static Dataset generate(Settings settings) {
        return planted(settings).dataset();
    }

    /** The dataset for {@code settings} with its planted communities. */
    public static Generated planted(Settings settings) {
        SyntheticDataset maker = new SyntheticDataset(settings, null);
        return new Generated(maker.build(), maker.community.clone());
    }

    /**
     * A dataset whose links are exactly the edges of {@code shape}, as relations (no roles), with actor {@code a(v+1)}
     * for vertex {@code v}; the shape's groups are its communities.
     */
    public static Dataset generate(KnownShape shape, long seed) {
        Settings settings = new Settings(shape.vertices(), shape.edges(), 0, Math.max(1, shape.vertices() / 4), seed);
        return new SyntheticDataset(settings, shape).build();
    }

    private Dataset build() {
        makeActors();
        List<Draft> drafts = new ArrayList<>(settings.roles() + settings.relations() + settings.quotes());
        List<Role> roleShells = makeRoles(drafts);
        List<Relation> relationShells = makeRelations(drafts);
        List<Quote> quoteShells = makeQuotes(drafts);
        ArticleDesk desk = new ArticleDesk(drafts.size(), random.split());
        Span[] roleSpans = new Span[roleShells.size()];
        Span[] relationSpans = new Span[relationShells.size()];
        Span[] quoteSpans = new Span[quoteShells.size()];
        for (Draft draft : byCommunity(drafts)) {
            ArticleDesk.Placement at = desk.write(draft.sentence());
            Span span = new Span(at.sourceId(), at.offset() + draft.start(), at.offset() + draft.end());
            switch (draft.kind()) {
                case ROLE -> roleSpans[draft.index()] = span;
                case RELATION -> relationSpans[draft.index()] = span;
                case QUOTE -> quoteSpans[draft.index()] = span;
                default -> throw new IllegalStateException("Unknown draft " + draft.kind());
            }
        }
        List<Source> sources = desk.sources();
        List<Role> roles = new ArrayList<>(roleShells.size());
        for (int i = 0; i < roleShells.size(); i++) {
            Role r = roleShells.get(i);
            roles.add(new Role(r.id(), r.holderId(), r.title(), r.ofId(), r.rank(), roleSpans[i]));
        }
        List<Relation> relations = new ArrayList<>(relationShells.size());
        for (int i = 0; i < relationShells.size(); i++) {
            Relation r = relationShells.get(i);
            relations.add(new Relation(r.id(), r.fromId(), r.type(), r.toId(), relationSpans[i]));
        }
        List<Quote> quotes = new ArrayList<>(quoteShells.size());
        for (int i = 0; i < quoteShells.size(); i++) {
            Quote q = quoteShells.get(i);
            quotes.add(new Quote(q.id(), q.speakerId(), q.text(), q.kind(), quoteSpans[i], q.saidOn(),
                    q.reportedById(), q.aboutIds()));
        }
        String title = shape != null
                ? String.format(Locale.ROOT, "Test graph %s: %d actors, %d relations (seed %d)", shape.name(),
                        settings.actors(), settings.relations(), settings.seed())
                : String.format(Locale.ROOT, "Synthetic coverage: %d actors, %d relations (seed %d)",
                        settings.actors(), settings.relations(), settings.seed());
        return new Dataset(title, sources, actors, roles, relations, quotes);
    }

    // ---- actors --------------------------------------------------------------------------------------------------

    /** Cuts {@code 0..n-1} into consecutive communities; returns the first actor of each, and n at the end. */
    private int[] communities(int n) {
        List<Integer> starts = new ArrayList<>();
        for (int v = 0; v < n; ) {
            starts.add(v);
            int size = MIN_COMMUNITY + random.nextInt(MORE_COMMUNITY);
            for (int end = Math.min(n, v + size); v < end; v++) {
                community[v] = starts.size() - 1;
            }
        }
        starts.add(n);
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The communities of a known shape: its groups. */
    private int[] shapeGroups(KnownShape known) {
        int[] group = known.groups();
        System.arraycopy(group, 0, community, 0, group.length);
        int[] starts = Arrays.copyOf(known.groupStart(), known.groupStart().length + 1);
        starts[starts.length - 1] = known.vertices();
        return starts;
    }

    private void makeActors() {
        int states = settings.actors() < 2 ? 0
                : (int) Math.max(1, Math.min(NameBook.STATES.size(), Math.round(settings.actors() * STATE_SHARE)));
        int[] delegationRounds = new int[NameBook.STATES.size()];
        for (int c = 0; c + 1 < communityStart.length; c++) {
            NameBook.State state = c < states ? NameBook.STATES.get(c) : null;
            Side side = state != null ? state.side() : weightedSide();
            int patron = state != null ? c : stateOfSide(side, Math.max(states, 1));
            for (int v = communityStart[c]; v < communityStart[c + 1]; v++) {
                String id = "a" + (v + 1);
                double standing = v == communityStart[c] && state != null ? STATE_PROMINENCE / (c + 1)
                        : Math.min(PROMINENCE_CAP, Math.pow(1 - random.nextDouble(), -1 / PROMINENCE_TAIL));
                prominence[v] = (v == 0 ? 0 : prominence[v - 1]) + standing;
                if (v == communityStart[c] && state != null) {
                    actors.add(new Actor(id, state.name(), ActorKind.STATE, List.of(state.capital()), side));
                    continue;
                }
                Side own = random.nextDouble() < KEEP_SIDE ? side : weightedSide();
                double kind = v == 1 ? 0 : random.nextDouble();
                if (kind < 0.74) {
                    String name = NameBook.person(own, random);
                    actors.add(new Actor(id, name, ActorKind.PERSON, List.of(name.substring(name.indexOf(' ') + 1)),
                            own));
                } else if (kind < 0.92) {
                    String place = random.nextBoolean() ? NameBook.city(random)
                            : NameBook.STATES.get(stateOfSide(own, NameBook.STATES.size())).adjective();
                    String name = NameBook.organization(place, random);
                    actors.add(new Actor(id, name, ActorKind.ORGANIZATION, List.of(NameBook.initials(name)), own));
                } else {
                    NameBook.State home = NameBook.STATES.get(patron);
                    int round = delegationRounds[patron]++ % ORDINALS.length;
                    String name = home.name() + "’s delegation to the " + ORDINALS[round] + " "
                            + NameBook.city(random) + " round";
                    actors.add(new Actor(id, name, ActorKind.DELEGATION, List.of(), home.side()));
                }
            }
        }
    }

    private Side weightedSide() {
        double r = random.nextDouble();
        Side[] sides = Side.KNOWN.toArray(Side[]::new);
        for (int i = 0; i < sides.length - 1; i++) {
            r -= SIDE_WEIGHTS[i];
            if (r < 0) {
                return sides[i];
            }
        }
        return sides[sides.length - 1];
    }

    /** A state of {@code side} among the first {@code limit}, the first state of that side, or else any of them. */
    private int stateOfSide(Side side, int limit) {
        List<Integer> fitting = new ArrayList<>();
        for (int s = 0; s < limit; s++) {
            if (NameBook.STATES.get(s).side() == side) {
                fitting.add(s);
            }
        }
        return fitting.isEmpty() ? random.nextInt(limit) : fitting.get(random.nextInt(fitting.size()));
    }

    // ---- roles, relations, quotes --------------------------------------------------------------------------------

    /** What a sentence is evidence for. */
    private enum DraftKind { ROLE, RELATION, QUOTE }

    /** A sentence waiting for its article, with the stretch of it a span covers. */
    private record Draft(DraftKind kind, int index, int community, String sentence, int start, int end) {
    }

    private List<Role> makeRoles(List<Draft> drafts) {
        List<Role> roles = new ArrayList<>(settings.roles());
        Span none = new Span("s1", 0, 0);
        for (int i = 0; i < settings.roles(); i++) {
            int holder = personNear(random.nextInt(actors.size()));
            int of = bodyNear(holder);
            Actor holding = actors.get(holder);
            Actor body = actors.get(of);
            Phrases.Title title = NameBook.pick(Phrases.titlesIn(body.kind()), random);
            String sentence = Phrases.role(holding.name(), title.words(), body.name(), random);
            roles.add(new Role("role" + (i + 1), holding.id(), title.words(), body.id(), title.rank(), none));
            drafts.add(new Draft(DraftKind.ROLE, i, community[holder], sentence, 0, sentence.length()));
            addEnds(holder, of);
        }
        return roles;
    }

    /** A person in the community of {@code v}, or else any person. */
    private int personNear(int v) {
        return near(v, ActorKind.PERSON, true);
    }

    /** A state, organization or delegation in the community of {@code v}, or else anywhere. */
    private int bodyNear(int v) {
        return near(v, ActorKind.PERSON, false);
    }

    private int near(int v, ActorKind kind, boolean wanted) {
        int c = community[v];
        int from = communityStart[c];
        int size = communityStart[c + 1] - from;
        for (int attempt = 0; attempt < ROLE_ATTEMPTS; attempt++) {
            int u = from + random.nextInt(size);
            if ((actors.get(u).kind() == kind) == wanted) {
                return u;
            }
        }
        int start = random.nextInt(actors.size());
        for (int step = 0; step < actors.size(); step++) {
            int u = (start + step) % actors.size();
            if ((actors.get(u).kind() == kind) == wanted) {
                return u;
            }
        }
        return v;
    }

    private List<Relation> makeRelations(List<Draft> drafts) {
        List<Relation> relations = new ArrayList<>(settings.relations());
        Span none = new Span("s1", 0, 0);
        for (int i = 0; i < settings.relations(); i++) {
            int from;
            int to;
            if (shape != null) {
                from = shape.from()[i];
                to = shape.to()[i];
            } else {
                from = random.nextDouble() < POPULAR_SOURCE ? popular() : random.nextInt(actors.size());
                to = target(from);
            }
            Actor a = actors.get(from);
            Actor b = actors.get(to);
            RelationType type = RelationTypes.between(a, b, random);
            String sentence = Phrases.relation(type, a.name(), b.name(), random);
            relations.add(new Relation("r" + (i + 1), a.id(), type, b.id(), none));
            drafts.add(new Draft(DraftKind.RELATION, i, community[from], sentence, 0, sentence.length()));
            addEnds(from, to);
        }
        return relations;
    }

    /**
     * Another actor: mostly one of {@code from}'s community (half the time a prominent one), otherwise one picked in
     * proportion to its links.
     */
    private int target(int from) {
        int c = community[from];
        int size = communityStart[c + 1] - communityStart[c];
        for (int attempt = 0; ; attempt++) {
            int to = size > 1 && random.nextDouble() < INSIDE_COMMUNITY
                    ? (random.nextBoolean() ? communityStart[c] + random.nextInt(size) : prominentIn(c)) : popular();
            if (to != from) {
                return to;
            }
            if (attempt > ROLE_ATTEMPTS) {
                return (from + 1 + random.nextInt(actors.size() - 1)) % actors.size();
            }
        }
    }

    /**
     * An actor picked half the time in proportion to its links so far (preferential attachment), otherwise in
     * proportion to its prominence, so that a few actors are named again and again.
     */
    private int popular() {
        if (endCount > 0 && random.nextBoolean()) {
            return ends[random.nextInt(endCount)];
        }
        double target = random.nextDouble() * prominence[prominence.length - 1];
        int found = Arrays.binarySearch(prominence, target);
        return Math.min(prominence.length - 1, found >= 0 ? found + 1 : -found - 1);
    }

    /** An actor of community {@code c} picked in proportion to its prominence, so each community has its hubs. */
    private int prominentIn(int c) {
        int first = communityStart[c];
        int last = communityStart[c + 1] - 1;
        double below = first == 0 ? 0 : prominence[first - 1];
        double target = below + random.nextDouble() * (prominence[last] - below);
        int found = Arrays.binarySearch(prominence, first, last + 1, target);
        return Math.min(last, found >= 0 ? found + 1 : -found - 1);
    }

    private void addEnds(int a, int b) {
        ends[endCount++] = a;
        ends[endCount++] = b;
    }

    private List<Quote> makeQuotes(List<Draft> drafts) {
        List<Quote> quotes = new ArrayList<>(settings.quotes());
        Span none = new Span("s1", 0, 0);
        LocalDate first = LocalDate.of(2025, 1, 1);
        for (int i = 0; i < settings.quotes(); i++) {
            int speaker = actors.size() > 1 ? personNear(random.nextInt(actors.size())) : 0;
            int about = actors.size() > 1 ? target(speaker) : speaker;
            Actor says = actors.get(speaker);
            Actor subject = actors.get(about);
            boolean direct = random.nextDouble() < 0.7;
            Actor relay = null;
            if (direct && actors.size() > 2 && random.nextDouble() < 0.1) {
                int relayIndex = target(speaker);
                relay = relayIndex == about ? null : actors.get(relayIndex);
            }
            Phrases.Quoted quoted = direct
                    ? Phrases.direct(says.name(), subject.name(), relay == null ? null : relay.name(), random)
                    : Phrases.reported(says.name(), subject.name(), random);
            List<String> aboutIds = about != speaker && Phrases.namesSomeone(quoted, subject.name())
                    ? List.of(subject.id()) : List.of();
            LocalDate saidOn = random.nextDouble() < 0.6 ? first.plusDays(random.nextInt(365)) : null;
            quotes.add(new Quote("q" + (i + 1), says.id(), quoted.words(), direct ? QuoteKind.DIRECT : QuoteKind.REPORTED,
                    none, saidOn, relay == null ? null : relay.id(), aboutIds));
            drafts.add(new Draft(DraftKind.QUOTE, i, community[speaker], quoted.sentence(), quoted.start(),
                    quoted.end()));
        }
        return quotes;
    }

    /** The drafts shuffled, then grouped by community, so each article covers one or two communities. */
    private List<Draft> byCommunity(List<Draft> drafts) {
        for (int i = drafts.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Draft swapped = drafts.get(i);
            drafts.set(i, drafts.get(j));
            drafts.set(j, swapped);
        }
        int communities = communityStart.length - 1;
        int[] start = new int[communities + 1];
        for (Draft draft : drafts) {
            start[draft.community() + 1]++;
        }
        for (int c = 0; c < communities; c++) {
            start[c + 1] += start[c];
        }
        Draft[] sorted = new Draft[drafts.size()];
        for (Draft draft : drafts) {
            sorted[start[draft.community()]++] = draft;
        }
        drafts.clear();
        return List.of(sorted);
    }
}
