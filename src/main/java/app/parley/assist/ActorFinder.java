package app.parley.assist;

import app.parley.graph.TextFolding;
import app.parley.model.Actor;
import app.parley.model.ActorKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the actors an article names: people (with the titles around their names), states (by name, short name and
 * capital), organizations, delegations and unnamed sources, merging the forms of one name; and records every mention,
 * pronouns and titles ("the minister") included, for the speaker rules.
 */
final class ActorFinder {

    private enum PieceType { KNOWN, STATE, ORGANIZATION, DEMONYM, HONORIFIC, ACRONYM, ORGANIZATION_WORD, TITLE, STOP,
        NOT_NAME, CONNECTOR, DOT, NAME }

    private record Piece(PieceType type, int from, int to, String code, ActorDraft actor) {
    }

    private static final Set<String> CONNECTORS = WordSet.of("of", "the", "de", "da", "di", "du", "del", "der", "van",
            "von", "bin", "bint", "al", "el", "la", "le", "dos", "das", "ibn", "for");
    private static final Set<String> DELEGATION_NOUNS = WordSet.of("delegation", "delegations", "team", "side",
            "negotiators", "negotiating");
    private static final Set<String> SOURCE_HEADS = WordSet.of("source", "sources", "official", "officials", "diplomat",
            "diplomats", "insider", "insiders", "aide", "negotiator", "spokesperson", "spokesman", "spokeswoman");
    private static final Set<String> SOURCE_OPENERS = WordSet.of("a", "an", "another", "one", "two", "three", "several");
    private static final Set<String> SOURCE_MODIFIERS = WordSet.of("senior", "diplomatic", "western", "military",
            "government", "intelligence", "security", "european", "top", "high-ranking", "informed", "administration",
            "defence", "defense", "foreign", "ministry", "presidential", "anonymous", "unnamed", "well-placed",
            "kremlin", "white", "house", "official", "second", "other", "knowledgeable", "regional", "local",
            "military-diplomatic", "humanitarian", "police", "state", "israeli", "arab");

    private static final Set<String> MALE_NAMES_IN_A = WordSet.of("nikita", "ilya", "luca", "andrea", "joshua",
            "mustafa", "musa", "sasha", "kostya", "jona", "elia", "isa", "aliya", "yahya", "zakaria", "attila",
            "mykola", "mykyta", "ilia", "akira", "sergeja", "tomasa", "juma", "dara", "shinzo", "hamza", "usama",
            "osama", "garcia", "costa", "pandora", "nicola");

    private final Article article;
    private final Places places = Places.get();
    private final List<Token> tokens;
    private final ActorDraft[] tokenActor;
    private final boolean[] headline;
    private final Set<String> lowercaseWords = new HashSet<>();
    private final List<ActorDraft> drafts = new ArrayList<>();
    private final List<ActorDraft> people = new ArrayList<>();
    private final Map<String, ActorDraft> states = new HashMap<>();
    private final Map<String, ActorDraft> organizations = new HashMap<>();
    private final Map<String, ActorDraft> delegations = new HashMap<>();
    private final Map<String, ActorDraft> unnamed = new HashMap<>();
    private final Map<String, ActorDraft> knownByPhrase = new HashMap<>();
    private final Map<String, String> demonymSeen = new HashMap<>();
    private int knownWords;
    private boolean singleWordRun;

    private ActorFinder(Article article, List<Actor> mapActors) {
        this.article = article;
        this.tokens = article.tokens;
        this.tokenActor = new ActorDraft[tokens.size()];
        this.headline = new boolean[tokens.size()];
        for (Token token : tokens) {
            if (token.word() && Character.isLowerCase(token.text().charAt(0))) {
                lowercaseWords.add(token.text());
            }
        }
        markHeadlines();
        mapActors.forEach(this::addKnown);
    }

    /** Finds the actors of an article, recognizing those of {@code mapActors}, and fills its mentions. */
    static List<ActorDraft> find(Article article, List<Actor> mapActors) {
        ActorFinder finder = new ActorFinder(article, mapActors);
        finder.discover();
        finder.link();
        finder.findDelegations();
        finder.findUnnamedSources();
        finder.findReferences();
        article.sortMentions();
        return finder.finish();
    }

    private void markHeadlines() {
        int i = 0;
        while (i < tokens.size()) {
            int lineEnd = article.paragraphEnd(tokens.get(i).start());
            int j = i;
            int words = 0;
            int capitals = 0;
            while (j < tokens.size() && tokens.get(j).start() < lineEnd) {
                if (tokens.get(j).word()) {
                    words++;
                    capitals += tokens.get(j).capitalized() ? 1 : 0;
                }
                j++;
            }
            String last = tokens.get(j - 1).text();
            boolean unpunctuated = ".?!:”\"’'»".indexOf(last.charAt(last.length() - 1)) < 0;
            if (unpunctuated && words <= 14 && capitals * 2 >= words) {
                for (int k = i; k < j; k++) {
                    headline[k] = true;
                }
            }
            i = j;
        }
    }

    private void addKnown(Actor actor) {
        ActorDraft draft = new ActorDraft(actor.kind(), actor.name(), true);
        draft.side = actor.side().label();
        draft.aliases.addAll(actor.aliases());
        drafts.add(draft);
        List<String> phrases = new ArrayList<>(actor.aliases());
        phrases.add(actor.name());
        for (String phrase : phrases) {
            List<String> words = TextFolding.words(phrase);
            if (!words.isEmpty()) {
                knownByPhrase.putIfAbsent(String.join(" ", words), draft);
                knownWords = Math.max(knownWords, words.size());
            }
        }
        if (actor.kind() == ActorKind.PERSON) {
            draft.nameWords = List.of(actor.name().split("\\s+"));
            people.add(draft);
        } else if (actor.kind() == ActorKind.STATE) {
            places.state(actor.name()).ifPresent(code -> states.put(code, draft));
            draft.stateCode = places.state(actor.name()).orElse(null);
        } else if (actor.kind() == ActorKind.ORGANIZATION) {
            organizations.put(TextFolding.fold(actor.name()), draft);
        }
    }

    // ---- pass 1: runs of capitalized words ----

    private void discover() {
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.get(i).capitalized()) {
                i++;
                continue;
            }
            int end = runEnd(i);
            if (!headline[i]) {
                readRun(i, end);
            }
            i = end;
        }
    }

    private int runEnd(int start) {
        int j = start;
        boolean quoted = tokens.get(start).quoted();
        while (j < tokens.size()) {
            Token t = tokens.get(j);
            if (t.quoted() != quoted || j > start && brokenBefore(j)) {
                break;
            }
            if (t.capitalized()) {
                if (t.text().length() == 1 && j + 1 < tokens.size() && tokens.get(j + 1).text().equals(".")
                        && !brokenBefore(j + 1)) {
                    j += 2;
                    continue;
                }
                j++;
                if (t.possessive()) {
                    break;
                }
            } else if (j > start && CONNECTORS.contains(t.text()) && j + 1 < tokens.size()
                    && tokens.get(j + 1).capitalized() && !brokenBefore(j + 1)) {
                j++;
            } else if (j > start && CONNECTORS.contains(t.text()) && j + 2 < tokens.size()
                    && CONNECTORS.contains(tokens.get(j + 1).text()) && tokens.get(j + 2).capitalized()
                    && !brokenBefore(j + 1) && !brokenBefore(j + 2)) {
                j += 2;
            } else {
                break;
            }
        }
        return Math.max(j, start + 1);
    }

    /** Whether anything but one space separates token {@code j} from the one before it. */
    private boolean brokenBefore(int j) {
        Token before = tokens.get(j - 1);
        Token t = tokens.get(j);
        if (before.possessive() && !t.text().equals(".")) {
            return true;
        }
        int gap = t.start() - before.end();
        if (t.text().equals(".")) {
            return gap != 0;
        }
        return gap != 1 || article.text.charAt(before.end()) != ' ';
    }

    private void readRun(int start, int end) {
        singleWordRun = end - start == 1;
        List<Piece> pieces = pieces(start, end);
        int orgWord = -1;
        for (int p = 0; p < pieces.size(); p++) {
            if (pieces.get(p).type() == PieceType.ORGANIZATION_WORD) {
                orgWord = p;
                break;
            }
        }
        int from = 0;
        while (from < pieces.size() && (pieces.get(from).type() == PieceType.STOP
                || pieces.get(from).type() == PieceType.CONNECTOR)) {
            from++;
        }
        if (orgWord > from || orgWord == from && orgWord + 1 < pieces.size()
                && pieces.get(orgWord + 1).type() == PieceType.CONNECTOR) {
            int last = orgWord;
            while (last + 2 < pieces.size() && pieces.get(last + 1).type() == PieceType.CONNECTOR
                    && pieces.get(last + 2).type() != PieceType.STOP && pieces.get(last + 2).type() != PieceType.NAME) {
                last += 2;
            }
            ActorDraft org = organization(pieces.subList(from, last + 1));
            readPeople(pieces.subList(last + 1, pieces.size()), org, start);
            return;
        }
        readPeople(pieces.subList(from, pieces.size()), null, start);
    }

    private ActorDraft organization(List<Piece> pieces) {
        int s = tokens.get(pieces.get(0).from()).start();
        int e = tokens.get(pieces.get(pieces.size() - 1).to() - 1).end();
        String name = article.text.substring(s, e);
        ActorDraft org = organizations.computeIfAbsent(TextFolding.fold(name),
                key -> newDraft(ActorKind.ORGANIZATION, name));
        for (Piece piece : pieces) {
            if ((piece.type() == PieceType.STATE || piece.type() == PieceType.DEMONYM) && org.side == null) {
                org.side = places.name(piece.code());
            }
        }
        mark(org, pieces.get(0).from(), pieces.get(pieces.size() - 1).to(), name);
        return org;
    }

    private void readPeople(List<Piece> pieces, ActorDraft ofOrganization, int runStart) {
        int tail = pieces.size();
        while (tail > 0 && (pieces.get(tail - 1).type() == PieceType.NAME || pieces.get(tail - 1).type() == PieceType.DOT
                || pieces.get(tail - 1).type() == PieceType.CONNECTOR && tail < pieces.size())) {
            tail--;
        }
        while (tail < pieces.size() && pieces.get(tail).type() == PieceType.CONNECTOR) {
            tail++;
        }
        int titleFrom = -1;
        int titleTo = -1;
        String ofCode = null;
        int ofToken = -1;
        boolean honorific = false;
        for (int p = 0; p < tail; p++) {
            Piece piece = pieces.get(p);
            switch (piece.type()) {
                case TITLE -> {
                    if (titleFrom < 0 || titleTo != p) {
                        titleFrom = p;
                    }
                    titleTo = p + 1;
                }
                case CONNECTOR -> {
                    if (titleTo == p) {
                        titleTo = p + 1;
                    }
                }
                case STATE, DEMONYM -> {
                    ofCode = piece.code();
                    ofToken = piece.type() == PieceType.STATE ? piece.from() : -1;
                    if (piece.type() == PieceType.STATE) {
                        mark(state(piece.code()), piece.from(), piece.to(), text(piece.from(), piece.to()));
                    }
                }
                case KNOWN, ORGANIZATION, ACRONYM -> {
                    ActorDraft actor = piece.actor() != null ? piece.actor() : acronym(piece);
                    mark(actor, piece.from(), piece.to(), text(piece.from(), piece.to()));
                    ofToken = piece.from();
                    ofCode = null;
                }
                case HONORIFIC -> honorific = true;
                default -> {
                }
            }
        }
        while (titleTo > titleFrom && titleFrom >= 0 && pieces.get(titleTo - 1).type() == PieceType.CONNECTOR) {
            titleTo--;
        }
        if (tail >= pieces.size()) {
            return;
        }
        List<String> words = new ArrayList<>();
        for (int p = tail; p < pieces.size(); p++) {
            Piece piece = pieces.get(p);
            if (piece.type() == PieceType.CONNECTOR && !words.isEmpty()) {
                words.add(text(piece.from(), piece.to()));
            } else if (piece.type() == PieceType.NAME) {
                String word = text(piece.from(), piece.to());
                boolean initial = word.length() == 1 && p + 1 < pieces.size()
                        && pieces.get(p + 1).type() == PieceType.DOT;
                words.add(initial ? word + "." : word);
            }
        }
        int nameFrom = pieces.get(tail).from();
        int nameTo = pieces.get(pieces.size() - 1).to();
        String name = text(nameFrom, nameTo);
        boolean titled = titleFrom >= 0 && !plural(text(pieces.get(titleTo - 1).from(), pieces.get(titleTo - 1).to()));
        ActorDraft.RoleDraft left = leftRole(tokenIndexBefore(pieces, tail, runStart));
        boolean speaks = singleWordRun && nameTo < tokens.size() && Lexicon.reporting(tokens.get(nameTo).text())
                && !Lexicon.participle(tokens.get(nameTo).text()) && !places.isCity(name);
        boolean plausible = words.size() >= 2 ? !places.isCity(name) && places.state(name).isEmpty()
                : titled || honorific || left != null || speaks;
        if (!plausible || words.isEmpty()) {
            return;
        }
        ActorDraft person = person(words, name);
        mark(person, nameFrom, nameTo, name);
        if (person.female == null) {
            person.female = gender(pieces, tail, words);
        }
        if (titled) {
            int tf = pieces.get(titleFrom).from();
            int tt = pieces.get(titleTo - 1).to();
            String title = text(tf, tt);
            if (words.size() == 1 && Character.isUpperCase(title.charAt(0))) {
                person.aliases.add(title + " " + name);
            }
            int evidenceFrom = ofToken >= 0 ? Math.min(ofToken, tf) : tf;
            if (ofOrganization != null) {
                ofToken = firstTokenOf(ofOrganization, tf);
            }
            String code = ofToken < 0 ? ofCode : null;
            if (ofToken < 0 && code == null && left != null) {
                ofToken = left.ofToken();
                code = left.ofStateCode();
            }
            person.roles.add(new ActorDraft.RoleDraft(title, ofToken, code,
                    new TextRange(tokens.get(evidenceFrom).start(), tokens.get(nameTo - 1).end())));
        }
        if (left != null) {
            person.roles.add(new ActorDraft.RoleDraft(left.title(), left.ofToken(), left.ofStateCode(),
                    new TextRange(left.evidence().start(), tokens.get(nameTo - 1).end())));
        }
        rightRole(nameTo, person);
    }

    private static boolean plural(String word) {
        return word.endsWith("s") && Lexicon.titleHead(word) && !Lexicon.titleHead(word + "x")
                && Lexicon.titleHead(word.substring(0, word.length() - 1));
    }

    private int tokenIndexBefore(List<Piece> pieces, int tail, int runStart) {
        return tail == 0 || pieces.get(0).from() == pieces.get(tail).from() ? pieces.get(tail).from() : runStart;
    }

    private int firstTokenOf(ActorDraft actor, int before) {
        for (int k = before - 1; k >= 0 && k >= before - 8; k--) {
            if (tokenActor[k] != null && tokenActor[k].canonical() == actor.canonical()) {
                int f = k;
                while (f > 0 && tokenActor[f - 1] == tokenActor[k]) {
                    f--;
                }
                return f;
            }
        }
        return -1;
    }

    /** A title standing right before a name, in lower case or set off by a comma ("Turkey’s Foreign Minister, …"). */
    private ActorDraft.RoleDraft leftRole(int nameStart) {
        int j = nameStart - 1;
        if (j >= 1 && tokens.get(j).text().equals(",") && Lexicon.titleWord(tokens.get(j - 1).text())) {
            j--;
        }
        int titleEnd = j + 1;
        boolean head = false;
        int lastHead = -1;
        while (j >= 0 && tokens.get(j).word() && Lexicon.titleWord(tokens.get(j).text())
                && !tokens.get(j).possessive() && !Lexicon.stopWord(tokens.get(j).text())
                || j >= 0 && (tokens.get(j).text().equals("of") || tokens.get(j).text().equals("the")) && head) {
            if (Lexicon.titleHead(tokens.get(j).text())) {
                head = true;
                lastHead = Math.max(lastHead, j);
            }
            j--;
        }
        int titleStart = j + 1;
        while (titleStart < titleEnd && (tokens.get(titleStart).text().equals("of")
                || tokens.get(titleStart).text().equals("the"))) {
            titleStart++;
        }
        if (!head || titleStart >= titleEnd || lastHead < 0) {
            return null;
        }
        int ofToken = -1;
        String ofCode = null;
        int evidenceStart = titleStart;
        if (j >= 0 && tokens.get(j).capitalized() && tokens.get(j + 1).start() - tokens.get(j).end()
                <= (tokens.get(j).possessive() ? 3 : 1)) {
            Optional<String> demonym = places.demonym(tokens.get(j).text());
            if (demonym.isPresent()) {
                ofCode = demonym.get();
            } else {
                ofToken = j;
            }
            evidenceStart = j;
        }
        String title = text(titleStart, titleEnd);
        return new ActorDraft.RoleDraft(title, ofToken, ofCode,
                new TextRange(tokens.get(evidenceStart).start(), tokens.get(titleEnd - 1).end()));
    }

    /** A title set off after a name: "Vladimir Medinsky, a former culture minister". */
    private void rightRole(int afterName, ActorDraft person) {
        int j = afterName;
        if (j + 2 >= tokens.size() || !tokens.get(j).text().equals(",")) {
            return;
        }
        j++;
        String opener = tokens.get(j).text();
        boolean possessiveOpener = tokens.get(j).capitalized() && tokens.get(j).possessive();
        if (!opener.equals("a") && !opener.equals("an") && !opener.equals("the") && !possessiveOpener) {
            return;
        }
        if (!possessiveOpener) {
            j++;
        }
        int from = j;
        int ofToken = -1;
        int lastHead = -1;
        for (int k = j; k < tokens.size() && k < j + 6; k++) {
            Token t = tokens.get(k);
            int gap = t.start() - tokens.get(k - 1).end();
            if (!t.word() || gap > (tokens.get(k - 1).possessive() ? 3 : 1)) {
                break;
            }
            if (t.capitalized() && k == from && (t.possessive() || tokenActor[k] != null)) {
                ofToken = k;
                from = k + 1;
                continue;
            }
            if (Lexicon.titleHead(t.text())) {
                lastHead = k;
            } else if (Lexicon.stopWord(t.text()) && !Lexicon.titleWord(t.text()) || t.capitalized()
                    && !Lexicon.titleWord(t.text()) && places.demonym(t.text()).isEmpty()) {
                break;
            }
        }
        if (lastHead < from || lastHead + 1 < tokens.size() && tokens.get(lastHead + 1).capitalized()) {
            return;
        }
        if (ofToken < 0 && lastHead + 2 < tokens.size() && tokens.get(lastHead + 1).text().equals("of")
                && tokens.get(lastHead + 2).capitalized()) {
            ofToken = lastHead + 2;
        }
        person.roles.add(new ActorDraft.RoleDraft(text(from, lastHead + 1), ofToken, null,
                new TextRange(tokens.get(afterName - 1).start(), tokens.get(lastHead).end())));
    }

    private List<Piece> pieces(int start, int end) {
        List<Piece> pieces = new ArrayList<>();
        int k = start;
        while (k < end) {
            Piece piece = multiWord(k, end);
            if (piece == null) {
                piece = single(k);
            }
            pieces.add(piece);
            k = piece.to();
        }
        return pieces;
    }

    private Piece multiWord(int k, int end) {
        if (!tokens.get(k).capitalized()) {
            return null;
        }
        int max = Math.min(end, k + Math.max(knownWords, Math.max(places.longestName(), 3)));
        for (int to = max; to > k; to--) {
            if (to - 1 > k && tokens.get(to - 2).possessive()) {
                continue;
            }
            String words = text(k, to);
            ActorDraft known = knownByPhrase.isEmpty() ? null
                    : knownByPhrase.get(String.join(" ", TextFolding.words(words)));
            if (known != null) {
                return new Piece(PieceType.KNOWN, k, to, null, known);
            }
            Optional<String> state = places.state(allCaps(words) ? titleCase(words) : words);
            if (state.isPresent()) {
                ActorDraft mapped = states.get(state.get());
                return mapped != null && mapped.known ? new Piece(PieceType.KNOWN, k, to, null, mapped)
                        : new Piece(PieceType.STATE, k, to, state.get(), null);
            }
            Optional<Organizations.Known> org = Organizations.known(words);
            if (org.isPresent()) {
                return new Piece(PieceType.ORGANIZATION, k, to, null, knownOrganization(org.get()));
            }
        }
        return null;
    }

    /** Female for Ms, Mrs, Miss, Madam, Dame, Lady or a given name ending in -a; male for Mr, Sir, Lord; else null. */
    private Boolean gender(List<Piece> pieces, int tail, List<String> words) {
        for (int p = 0; p < tail; p++) {
            if (pieces.get(p).type() == PieceType.HONORIFIC) {
                String word = text(pieces.get(p).from(), pieces.get(p).to());
                return !(word.equals("Mr") || word.equals("Sir") || word.equals("Lord") || word.equals("Mister"));
            }
        }
        if (words.size() >= 2) {
            String given = words.get(0).toLowerCase(java.util.Locale.ROOT);
            if (given.endsWith("a") && !MALE_NAMES_IN_A.contains(given)) {
                return true;
            }
        }
        return null;
    }

    private static boolean capitalizedParts(String word) {
        for (String part : word.split("-")) {
            if (part.isEmpty() || !Character.isUpperCase(part.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allCaps(String words) {
        return words.length() > 3 && words.equals(words.toUpperCase(java.util.Locale.ROOT))
                && words.chars().anyMatch(Character::isLetter);
    }

    private static String titleCase(String words) {
        StringBuilder out = new StringBuilder(words.length());
        boolean start = true;
        for (char c : words.toCharArray()) {
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return out.toString();
    }

    private Piece single(int k) {
        Token t = tokens.get(k);
        String word = t.text();
        PieceType type;
        String code = null;
        if (word.equals(".")) {
            type = PieceType.DOT;
        } else if (CONNECTORS.contains(word)) {
            type = PieceType.CONNECTOR;
        } else if (places.demonym(word).isPresent()) {
            type = PieceType.DEMONYM;
            code = places.demonym(word).get();
            demonymSeen.putIfAbsent(code, word);
        } else if (Lexicon.honorific(word)) {
            type = PieceType.HONORIFIC;
        } else if (Organizations.acronym(word)) {
            type = PieceType.ACRONYM;
        } else if (Lexicon.organizationWord(word)) {
            type = PieceType.ORGANIZATION_WORD;
        } else if (Lexicon.stopWord(word) && !Lexicon.titleHead(word)) {
            type = PieceType.STOP;
        } else if (Lexicon.titleWord(word)) {
            type = PieceType.TITLE;
        } else if (Lexicon.notNameWord(word) || word.contains("-") && !capitalizedParts(word) || lowercaseWords.contains(
                word.toLowerCase(java.util.Locale.ROOT))) {
            type = PieceType.NOT_NAME;
        } else {
            type = PieceType.NAME;
        }
        return new Piece(type, k, k + 1, code, null);
    }

    // ---- drafts ----

    private ActorDraft newDraft(ActorKind kind, String name) {
        ActorDraft draft = new ActorDraft(kind, name, false);
        drafts.add(draft);
        return draft;
    }

    private ActorDraft state(String code) {
        return states.computeIfAbsent(code, c -> {
            ActorDraft draft = newDraft(ActorKind.STATE, places.name(c));
            draft.stateCode = c;
            draft.side = draft.name;
            return draft;
        });
    }

    private ActorDraft knownOrganization(Organizations.Known known) {
        return organizations.computeIfAbsent(TextFolding.fold(known.name()), key -> {
            ActorDraft draft = newDraft(ActorKind.ORGANIZATION, known.name());
            draft.side = known.side();
            return draft;
        });
    }

    private ActorDraft acronym(Piece piece) {
        String name = text(piece.from(), piece.to());
        return organizations.computeIfAbsent(TextFolding.fold(name), key -> newDraft(ActorKind.ORGANIZATION, name));
    }

    private ActorDraft person(List<String> words, String form) {
        ActorDraft match = findPerson(words);
        if (match == null) {
            ActorDraft draft = newDraft(ActorKind.PERSON, String.join(" ", words));
            draft.nameWords = List.copyOf(words);
            people.add(draft);
            return draft;
        }
        if (!match.known && words.size() > match.nameWords.size()) {
            match.aliases.add(match.name);
            match.name = String.join(" ", words);
            match.nameWords = List.copyOf(words);
            match.aliases.remove(match.name);
        } else if (!form.equals(match.name)) {
            match.aliases.add(form);
        }
        return match;
    }

    private ActorDraft findPerson(List<String> words) {
        String key = Names.key(words.get(words.size() - 1));
        ActorDraft best = null;
        for (ActorDraft draft : people) {
            ActorDraft d = draft.canonical();
            if (Names.sameSurname(key, d.surnameKey()) && Names.sameGivenNames(words, d.nameWords)) {
                if (best == null || d.mentions.size() > best.mentions.size()) {
                    best = d;
                }
            }
        }
        return best;
    }

    private void mark(ActorDraft actor, int from, int to, String form) {
        ActorDraft canonical = actor.canonical();
        for (int k = from; k < to; k++) {
            tokenActor[k] = canonical;
        }
        Token first = tokens.get(from);
        Token last = tokens.get(to - 1);
        canonical.mention(new TextRange(first.start(), last.end()), form);
        article.mentions.add(new Mention(first.start(), last.end(), from, to - 1, Mention.Type.NAME, canonical,
                last.possessive(), null));
    }

    // ---- pass 2: single words naming actors found elsewhere ----

    private void link() {
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (tokenActor[k] != null || !t.capitalized()) {
                continue;
            }
            Piece piece = multiWord(k, Math.min(tokens.size(), k + 6));
            if (piece != null && runEnd(k) >= piece.to()) {
                ActorDraft actor = piece.type() == PieceType.STATE ? state(piece.code()) : piece.actor();
                mark(actor, piece.from(), piece.to(), text(piece.from(), piece.to()));
                k = piece.to() - 1;
                continue;
            }
            if (t.text().contains("-")) {
                linkCompound(k);
                continue;
            }
            if (Lexicon.stopWord(t.text()) || Lexicon.titleWord(t.text())) {
                continue;
            }
            ActorDraft person = surname(t.text());
            if (person != null) {
                mark(person, k, k + 1, t.text());
            } else if (Organizations.acronym(t.text()) && !headline[k]) {
                mark(acronym(new Piece(PieceType.ACRONYM, k, k + 1, null, null)), k, k + 1, t.text());
            }
        }
    }

    private ActorDraft surname(String word) {
        if (word.length() < 3) {
            return null;
        }
        String key = Names.key(word);
        ActorDraft best = null;
        for (ActorDraft draft : people) {
            ActorDraft d = draft.canonical();
            if (!d.nameWords.isEmpty() && Names.sameSurname(key, d.surnameKey())
                    && (best == null || d.mentions.size() > best.mentions.size())) {
                best = d;
            }
        }
        return best;
    }

    private void linkCompound(int k) {
        Token t = tokens.get(k);
        int offset = t.start();
        for (String part : t.text().split("-")) {
            ActorDraft person = part.isEmpty() ? null : surname(part);
            if (person != null) {
                TextRange range = new TextRange(offset, offset + part.length());
                person.canonical().mention(range, part);
                article.mentions.add(new Mention(range.start(), range.end(), k, k, Mention.Type.NAME,
                        person.canonical(), false, null));
            }
            offset += part.length() + 1;
        }
    }

    // ---- delegations, unnamed sources, pronouns and titles ----

    private void findDelegations() {
        for (int k = 1; k < tokens.size(); k++) {
            if (!DELEGATION_NOUNS.contains(tokens.get(k).text()) || tokens.get(k).quoted()) {
                continue;
            }
            if (tokens.get(k).text().equals("negotiating") && (k + 1 >= tokens.size()
                    || !tokens.get(k + 1).text().equals("team"))) {
                continue;
            }
            int nounEnd = tokens.get(k).text().equals("negotiating") ? k + 1 : k;
            int j = k - 1;
            while (j >= 0) {
                Token before = tokens.get(j);
                String code = before.possessive() && tokenActor[j] != null ? tokenActor[j].stateCode
                        : places.demonym(before.text()).orElse(null);
                if (code == null) {
                    break;
                }
                delegation(code, j, nounEnd);
                if (j >= 2 && tokens.get(j - 1).text().equals("and")) {
                    j -= 2;
                } else if (j >= 2 && tokens.get(j - 1).text().equals(",")) {
                    j -= 2;
                } else {
                    break;
                }
            }
        }
    }

    private void delegation(String code, int from, int nounEnd) {
        Token first = tokens.get(from);
        Token noun = tokens.get(nounEnd);
        String form = article.text.substring(first.start(), first.end()) + (first.possessive()
                ? article.text.substring(first.end(), first.end() + 2) : "") + " " + noun.text();
        ActorDraft draft = delegations.computeIfAbsent(code, c -> {
            String demonym = demonymSeen.getOrDefault(c, places.demonym(first.text()).isPresent() ? first.text()
                    : null);
            String name = demonym != null ? demonym + " delegation" : "Delegation of " + places.name(c);
            ActorDraft d = newDraft(ActorKind.DELEGATION, name);
            d.stateCode = c;
            d.side = places.name(c);
            return d;
        });
        String alias = form.endsWith("delegations") ? null : form;
        TextRange range = new TextRange(first.start(), noun.end());
        draft.mention(range, alias);
        article.mentions.add(new Mention(range.start(), range.end(), from, nounEnd, Mention.Type.NAME, draft,
                noun.possessive(), null));
    }

    private void findUnnamedSources() {
        for (int k = 0; k + 1 < tokens.size(); k++) {
            Token opener = tokens.get(k);
            if (!SOURCE_OPENERS.contains(opener.lower()) || opener.quoted()) {
                continue;
            }
            int j = k + 1;
            String code = null;
            while (j < tokens.size() && j <= k + 4) {
                Token t = tokens.get(j);
                Optional<String> demonym = places.demonym(t.text());
                if (SOURCE_HEADS.contains(t.lower()) && (j + 1 >= tokens.size()
                        || !SOURCE_HEADS.contains(tokens.get(j + 1).lower()))) {
                    break;
                }
                if (demonym.isPresent()) {
                    code = demonym.get();
                } else if (tokenActor[j] != null && code == null) {
                    code = tokenActor[j].stateCode;
                } else if (!SOURCE_MODIFIERS.contains(t.lower()) && !(t.capitalized() && tokenActor[j] != null)) {
                    break;
                }
                j++;
            }
            if (j >= tokens.size() || !SOURCE_HEADS.contains(tokens.get(j).lower()) || !speaksAfter(j)) {
                continue;
            }
            int from = opener.lower().equals("a") || opener.lower().equals("an") ? k + 1 : k;
            String name = text(from, j + 1);
            name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            String finalName = name;
            String side = code == null ? null : places.name(code);
            ActorDraft draft = unnamed.computeIfAbsent(TextFolding.fold(name), key -> {
                ActorDraft d = newDraft(ActorKind.PERSON, finalName);
                d.side = side;
                return d;
            });
            for (int m = from; m <= j; m++) {
                tokenActor[m] = draft;
            }
            TextRange range = new TextRange(tokens.get(from).start(), tokens.get(j).end());
            draft.mention(range, null);
            article.mentions.add(new Mention(range.start(), range.end(), from, j, Mention.Type.NAME, draft, false,
                    null));
        }
    }

    private boolean speaksAfter(int head) {
        for (int j = head + 1; j < tokens.size() && j <= head + 3; j++) {
            if (Lexicon.reporting(tokens.get(j).text())) {
                return true;
            }
        }
        return head >= 3 && tokens.get(head - 3).lower().equals("according");
    }

    private void findReferences() {
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.quoted() || tokenActor[k] != null) {
                continue;
            }
            String lower = t.lower();
            if (lower.equals("he") || lower.equals("she")) {
                article.mentions.add(new Mention(t.start(), t.end(), k, k, Mention.Type.PRONOUN, null, false, lower));
            } else if (lower.equals("who") && k > 0 && tokens.get(k - 1).text().equals(",")) {
                article.mentions.add(new Mention(t.start(), t.end(), k, k, Mention.Type.RELATIVE, null, false, null));
            } else if (lower.equals("the")) {
                int j = k + 1;
                while (j < tokens.size() && j <= k + 4 && tokens.get(j).word() && Lexicon.titleWord(tokens.get(j).text())
                        && tokenActor[j] == null && !tokens.get(j).text().equals("of")) {
                    j++;
                }
                int head = j - 1;
                if (head > k && Lexicon.titleHead(tokens.get(head).text())
                        && (j >= tokens.size() || !tokens.get(j).capitalized())) {
                    Token last = tokens.get(head);
                    article.mentions.add(new Mention(t.start(), last.end(), k, head, Mention.Type.TITLE, null,
                            last.possessive(), last.lower()));
                    k = head;
                }
            }
        }
    }

    // ---- result ----

    private List<ActorDraft> finish() {
        Set<ActorDraft> result = new LinkedHashSet<>();
        for (ActorDraft draft : drafts) {
            ActorDraft d = draft.canonical();
            if (!d.mentions.isEmpty()) {
                result.add(d);
            }
        }
        List<ActorDraft> ordered = new ArrayList<>(result);
        Map<ActorDraft.RoleDraft, ActorDraft> ofActors = new HashMap<>();
        for (ActorDraft d : ordered) {
            for (ActorDraft.RoleDraft role : d.roles) {
                String code = role.ofStateCode();
                ActorDraft of = role.ofToken() >= 0 ? tokenActor[role.ofToken()] : null;
                if (of == null && role.ofToken() >= 0 && code == null) {
                    code = places.demonym(tokens.get(role.ofToken()).text()).orElse(null);
                }
                if (of == null && code != null) {
                    of = state(code);
                    if (of.mentions.isEmpty()) {
                        of.mention(role.evidence(), null);
                    }
                }
                if (of != null && of.canonical() != d) {
                    ofActors.put(role, of.canonical());
                }
                d.resolvedRoles.add(new SuggestedRole(role.title(), of == null || of.canonical() == d ? null
                        : of.canonical().name, role.evidence()));
            }
        }
        for (int round = 0; round < 2; round++) {
            for (ActorDraft d : ordered) {
                for (ActorDraft.RoleDraft role : d.roles) {
                    ActorDraft of = ofActors.get(role);
                    if (d.side == null && of != null) {
                        d.side = of.side;
                    }
                }
            }
        }
        for (ActorDraft d : drafts) {
            ActorDraft c = d.canonical();
            if (!c.mentions.isEmpty() && !result.contains(c)) {
                result.add(c);
            }
        }
        List<ActorDraft> all = new ArrayList<>(result);
        all.sort((a, b) -> Integer.compare(a.first, b.first));
        return all;
    }

    private String text(int from, int to) {
        return article.text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }
}
