package app.parley.assist;

import app.parley.model.ActorKind;
import app.parley.model.RelationType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds links the article states, each with the clause that states it: a verb between two named actors ("Zelensky
 * accused Moscow", "was represented by Fidan"), a membership list ("Among the Russian delegation were …"), and the
 * links a title implies (a spokesperson, chief of staff or envoy of someone; a president or secretary general leads).
 */
final class RelationFinder {

    /** A relation between drafts, before names are final. */
    record Found(ActorDraft from, RelationType type, ActorDraft to, TextRange evidence) {
    }

    private static final Map<String, RelationType> VERBS = verbs();
    private static final Set<String> LEADER_TITLES = WordSet.of("president", "prime minister", "chancellor", "king",
            "queen", "emir", "secretary general", "secretary-general", "leader", "premier", "supreme leader");
    private static final Set<String> STOPS = WordSet.of("that", "which", "while", "who", "because", "although", "but",
            "after", "before", "when", "since", "until", "saying", "adding", "noting");

    private static final Set<String> PLACE_PREPOSITIONS = WordSet.of("at", "in", "on", "from", "during", "near",
            "inside", "outside", "across", "within", "into", "after", "before", "of", "over", "under", "since");

    private final Article article;
    private final List<ActorDraft> actors;
    private final List<Found> found = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    private RelationFinder(Article article, List<ActorDraft> actors) {
        this.article = article;
        this.actors = actors;
    }

    /** The relations the article states between its actors, without duplicates. */
    static List<Found> find(Article article, List<ActorDraft> actors) {
        RelationFinder finder = new RelationFinder(article, actors);
        finder.fromTitles();
        finder.fromVerbs();
        finder.fromMembershipLists();
        finder.delegationsRepresentStates();
        return finder.found;
    }

    /** The type of link the first verb of {@code words} the finder knows states ("hosted" a host), or empty. */
    static Optional<RelationType> typeStatedBy(String words) {
        for (String word : words.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            RelationType type = VERBS.get(word);
            if (type != null) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static Map<String, RelationType> verbs() {
        Map<String, RelationType> verbs = new java.util.HashMap<>();
        put(verbs, RelationType.MET_WITH, "met", "meets");
        put(verbs, RelationType.HOSTS, "hosted", "hosts", "hosting");
        put(verbs, RelationType.ACCUSED, "accused", "accuses", "accusing");
        put(verbs, RelationType.CRITICISED, "criticised", "criticized", "criticises", "criticizes", "condemned",
                "condemns", "denounced", "slammed", "blasted", "rebuked", "criticising", "criticizing");
        put(verbs, RelationType.PRESSURED, "pressured", "pressed", "pressuring");
        put(verbs, RelationType.SENT, "sent", "sends", "sending", "dispatched");
        put(verbs, RelationType.LEADS, "led", "leads", "heads", "headed", "leading", "heading");
        put(verbs, RelationType.REPRESENTS, "represented", "represents", "representing");
        put(verbs, RelationType.MEDIATES, "mediated", "mediates", "mediating", "brokered", "brokers", "brokering");
        put(verbs, RelationType.PROPOSED, "proposed", "proposes", "offered");
        put(verbs, RelationType.NEGOTIATES_WITH, "negotiated", "negotiates", "negotiating");
        put(verbs, RelationType.AT_WAR_WITH, "invaded", "invades", "attacked");
        return Map.copyOf(verbs);
    }

    private static void put(Map<String, RelationType> verbs, RelationType type, String... forms) {
        for (String form : forms) {
            verbs.put(form, type);
        }
    }

    private void add(ActorDraft from, RelationType type, ActorDraft to, TextRange evidence) {
        if (from == null || to == null) {
            return;
        }
        ActorDraft a = from.canonical();
        ActorDraft b = to.canonical();
        if (a == b || !seen.add(a.name + "|" + type + "|" + b.name)) {
            return;
        }
        found.add(new Found(a, type, b, evidence));
    }

    private void fromTitles() {
        for (ActorDraft person : actors) {
            if (person.kind != ActorKind.PERSON) {
                continue;
            }
            for (SuggestedRole role : person.resolvedRoles) {
                ActorDraft of = byName(role.of());
                if (of == null) {
                    continue;
                }
                String title = role.title().toLowerCase(Locale.ROOT);
                if (title.contains("spokes") || title.contains("press secretary")) {
                    add(person, RelationType.SPOKESPERSON_FOR, of, role.evidence());
                } else if (title.contains("chief of staff")) {
                    add(person, RelationType.CHIEF_OF_STAFF_TO, of, role.evidence());
                } else if (title.contains("envoy")) {
                    add(person, RelationType.ENVOY_OF, of, role.evidence());
                } else if (LEADER_TITLES.contains(title) || of.kind != ActorKind.STATE && of.kind != ActorKind.PERSON
                        && (title.endsWith("head") || title.endsWith("chief") || title.endsWith("director"))) {
                    add(person, RelationType.LEADS, of, role.evidence());
                } else if (of.kind == ActorKind.ORGANIZATION || of.kind == ActorKind.DELEGATION) {
                    add(person, RelationType.MEMBER_OF, of, role.evidence());
                }
            }
        }
    }

    private ActorDraft byName(String name) {
        if (name == null) {
            return null;
        }
        for (ActorDraft actor : actors) {
            if (actor.name.equals(name)) {
                return actor;
            }
        }
        return null;
    }

    private void fromVerbs() {
        List<Token> tokens = article.tokens;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            RelationType type = VERBS.get(t.lower());
            if (type == null || t.quoted()) {
                continue;
            }
            TextRange sentence = article.sentenceAt(t.start());
            boolean passive = k + 1 < tokens.size() && tokens.get(k + 1).text().equals("by");
            Mention before = nameBefore(k, sentence.start());
            List<Mention> after = namesAfter(passive ? k + 2 : k + 1, sentence.end());
            if (before == null || after.isEmpty()) {
                continue;
            }
            for (Mention object : after) {
                ActorDraft subject = before.actor();
                ActorDraft target = object.actor();
                TextRange evidence = new TextRange(Math.min(before.start(), t.start()), Math.max(object.end(),
                        t.end()));
                if (passive) {
                    add(target, type, subject, evidence);
                } else {
                    add(subject, type, target, evidence);
                }
            }
        }
    }

    private Mention nameBefore(int verb, int sentenceStart) {
        int verbStart = Clauses.beforeAside(article, verb, sentenceStart);
        for (int m = article.mentionBefore(verbStart); m >= 0; m--) {
            Mention mention = article.mentions.get(m);
            if (mention.start() < sentenceStart) {
                return null;
            }
            if (mention.type() != Mention.Type.NAME || mention.possessive() || article.quoted[mention.start()]
                    || mention.end() > verbStart) {
                continue;
            }
            int prior = mention.firstToken() - 1;
            if (prior >= 0 && WordSet.of("of", "from", "with", "by", "to", "at", "in", "for", "between")
                    .contains(article.tokens.get(prior).lower())) {
                continue;
            }
            return mention;
        }
        return null;
    }

    private List<Mention> namesAfter(int fromToken, int sentenceEnd) {
        List<Mention> names = new ArrayList<>();
        if (fromToken >= article.tokens.size()) {
            return names;
        }
        int from = article.tokens.get(fromToken).start();
        int stop = sentenceEnd;
        for (int k = fromToken; k < article.tokens.size() && article.tokens.get(k).start() < sentenceEnd; k++) {
            Token t = article.tokens.get(k);
            boolean clauseComma = t.is(",") && k + 1 < article.tokens.size()
                    && !article.tokens.get(k + 1).capitalized() && !article.tokens.get(k + 1).lower().equals("and")
                    && !article.tokens.get(k + 1).lower().equals("or");
            if (STOPS.contains(t.lower()) || t.is(";—–") || t.quoted() || VERBS.containsKey(t.lower())
                    || clauseComma) {
                stop = t.start();
                break;
            }
        }
        for (int m = article.mentionBefore(from) + 1; m < article.mentions.size(); m++) {
            Mention mention = article.mentions.get(m);
            if (mention.start() >= stop) {
                break;
            }
            int prior = mention.firstToken() - 1;
            if (prior > 0 && (article.tokens.get(prior).lower().equals("the")
                    || article.tokens.get(prior).lower().equals("a"))) {
                prior--;
            }
            boolean place = prior >= 0 && PLACE_PREPOSITIONS.contains(article.tokens.get(prior).lower());
            if (mention.type() == Mention.Type.NAME && !mention.possessive() && !article.quoted[mention.start()]
                    && !place) {
                names.add(mention);
            }
        }
        return names;
    }

    private void fromMembershipLists() {
        List<Token> tokens = article.tokens;
        for (int k = 0; k + 1 < tokens.size(); k++) {
            String word = tokens.get(k).lower();
            boolean among = word.equals("among");
            boolean included = word.equals("included") || word.equals("includes") || word.equals("including");
            if (!among && !included) {
                continue;
            }
            TextRange sentence = article.sentenceAt(tokens.get(k).start());
            Mention group = among ? firstDelegationAfter(k + 1, sentence.end()) : groupBefore(k, sentence.start());
            if (group == null) {
                continue;
            }
            int listFrom = among ? group.lastToken() + 1 : k + 1;
            for (Mention member : namesAfter(listFrom, sentence.end())) {
                if (member.actor().kind == ActorKind.PERSON) {
                    add(member.actor(), RelationType.MEMBER_OF, group.actor(),
                            new TextRange(tokens.get(k).start(), member.end()));
                }
            }
        }
    }

    private Mention firstDelegationAfter(int fromToken, int end) {
        int from = article.tokens.get(fromToken).start();
        for (int m = article.mentionBefore(from) + 1; m < article.mentions.size(); m++) {
            Mention mention = article.mentions.get(m);
            if (mention.start() >= end || mention.firstToken() > fromToken + 3) {
                return null;
            }
            if (mention.actor() != null && mention.actor().kind == ActorKind.DELEGATION) {
                return mention;
            }
        }
        return null;
    }

    private Mention groupBefore(int k, int start) {
        Mention before = nameBefore(k, start);
        return before != null && before.actor().kind == ActorKind.DELEGATION ? before : null;
    }

    private void delegationsRepresentStates() {
        for (ActorDraft delegation : actors) {
            if (delegation.kind != ActorKind.DELEGATION || delegation.stateCode == null) {
                continue;
            }
            for (ActorDraft state : actors) {
                if (state.kind == ActorKind.STATE && delegation.stateCode.equals(state.stateCode)) {
                    add(delegation, RelationType.REPRESENTS, state, delegation.mentions.get(0));
                }
            }
        }
    }
}
