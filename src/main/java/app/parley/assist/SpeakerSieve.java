package app.parley.assist;

import app.parley.graph.TextFolding;
import app.parley.model.ActorKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides who said each quote, trying rules from the surest to the least sure and stopping at the first that
 * answers: a cue right after the quote ("…,” said X / X said / he added), a reporting verb before it in the same
 * sentence ("X accused Moscow of not being “serious”", "according to X"), the speaker of a neighbouring quote in the
 * same paragraph. Pronouns go to the nearest person named before, titles ("the minister") to the nearest person
 * holding that title. When no rule answers, the quote keeps no speaker.
 */
final class SpeakerSieve {

    private static final Set<String> PREPOSITIONS = WordSet.of("of", "from", "with", "by", "to", "at", "in", "for",
            "between", "against", "about", "on", "than", "as", "into", "including", "like", "over", "under", "toward",
            "towards", "among", "after", "before", "without", "via", "upon");
    private static final Set<String> CLAUSE_WORDS = WordSet.of("that", "and", "but", "which", "while", "who", "as", "when",
            "because", "if", "whether", "where", "although");
    private static final Set<String> LINKING = WordSet.of("also", "later", "then", "has", "had", "have", "was", "once",
            "again", "further", "later", "earlier", "previously", "subsequently", "has", "reportedly", "simply",
            "separately", "bluntly", "flatly", "angrily", "tersely", "quickly", "promptly", "would", "will", "recently");
    private static final Set<String> BREAKS = WordSet.of("while", "whereas", "but", "although", "though");
    private static final int PRONOUN_REACH = 1500;

    private final Article article;
    private final Map<Mention, ActorDraft> resolved = new HashMap<>();
    private boolean cueSeen;

    private SpeakerSieve(Article article) {
        this.article = article;
    }

    /** The speaker of each quote of the article (in the order of {@link Article#quotes}), {@code null} if unsure. */
    static ActorDraft[] attribute(Article article) {
        return new SpeakerSieve(article).run();
    }

    private ActorDraft[] run() {
        List<QuoteSpan> quotes = article.quotes;
        ActorDraft[] speakers = new ActorDraft[quotes.size()];
        boolean[] cued = new boolean[quotes.size()];
        for (int q = 0; q < quotes.size(); q++) {
            QuoteSpan quote = quotes.get(q);
            if (quote.nested()) {
                continue;
            }
            cueSeen = false;
            ActorDraft speaker = trailing(quote);
            if (speaker == null) {
                speaker = leading(quote);
            }
            if (speaker == null) {
                speaker = colonBefore(quote);
            }
            speakers[q] = speaker;
            cued[q] = cueSeen;
        }
        for (int q = 0; q < quotes.size(); q++) {
            if (speakers[q] == null && !cued[q] && !quotes.get(q).nested()) {
                speakers[q] = neighbour(quotes, speakers, q);
            }
        }
        return speakers;
    }

    // ---- cue after the quote ----

    private ActorDraft trailing(QuoteSpan quote) {
        List<Token> tokens = article.tokens;
        int k = article.tokenAt(quote.close() + 1);
        int limit = article.paragraphEnd(quote.close());
        int skipped = 0;
        while (k < tokens.size() && tokens.get(k).is(",—–-") && skipped < 2) {
            k++;
            skipped++;
        }
        if (k >= tokens.size() || tokens.get(k).start() >= limit || tokens.get(k).quoted()) {
            return null;
        }
        Token first = tokens.get(k);
        if (first.lower().equals("according") && k + 1 < tokens.size() && tokens.get(k + 1).text().equals("to")) {
            return firstMentionAfter(k + 2, limit, 8);
        }
        if (Lexicon.reporting(first.text()) && !Lexicon.participle(first.text())) {
            return firstMentionAfter(k + 1, limit, 8);
        }
        int m = article.mentionBefore(first.start()) + 1;
        for (; m < article.mentions.size(); m++) {
            Mention mention = article.mentions.get(m);
            if (mention.start() >= limit || mention.firstToken() > k + 8 || !nounPhraseBetween(k, mention.firstToken())) {
                return null;
            }
            if (mention.possessive() || article.quoted[mention.start()]) {
                continue;
            }
            Mention head = article.mentions.get(headOf(m));
            return verbFollows(head.lastToken() + 1, limit) ? resolve(head) : null;
        }
        return null;
    }

    private boolean nounPhraseBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = article.tokens.get(k);
            if (t.quoted() || t.word() && (Lexicon.reporting(t.text()) || CLAUSE_WORDS.contains(t.lower())
                    || PREPOSITIONS.contains(t.lower()) && !t.lower().equals("of"))
                    || !t.word() && !t.is(",.")) {
                return false;
            }
        }
        return true;
    }

    private boolean verbFollows(int from, int limit) {
        for (int k = from; k < article.tokens.size() && k < from + 4; k++) {
            Token t = article.tokens.get(k);
            if (t.start() >= limit) {
                return false;
            }
            if (Lexicon.reporting(t.text())) {
                return !Lexicon.participle(t.text()) || k > from && LINKING.contains(article.tokens.get(k - 1).lower());
            }
            if (!LINKING.contains(t.lower()) && !t.is(",")) {
                return false;
            }
        }
        return false;
    }

    private ActorDraft firstMentionAfter(int fromToken, int limit, int reach) {
        if (fromToken >= article.tokens.size()) {
            return null;
        }
        int m = article.mentionBefore(article.tokens.get(fromToken).start()) + 1;
        for (; m < article.mentions.size(); m++) {
            Mention mention = article.mentions.get(m);
            if (mention.start() >= limit || mention.firstToken() > fromToken + reach
                    || !nounPhraseBetween(fromToken, mention.firstToken())) {
                return null;
            }
            if (!mention.possessive() && !article.quoted[mention.start()]) {
                return resolve(article.mentions.get(headOf(m)));
            }
        }
        return null;
    }

    /**
     * The last name of a noun phrase that starts with mention {@code m}: "Kremlin spokesperson Dmitry Peskov" and
     * "US Secretary of State Marco Rubio" are about Peskov and Rubio, not the Kremlin and the United States.
     */
    private int headOf(int m) {
        int current = m;
        while (current + 1 < article.mentions.size()) {
            Mention here = article.mentions.get(current);
            Mention next = article.mentions.get(current + 1);
            if (next.type() != Mention.Type.NAME || next.firstToken() - here.lastToken() > 6
                    || next.firstToken() <= here.lastToken()) {
                break;
            }
            boolean titles = true;
            for (int k = here.lastToken() + 1; k < next.firstToken() && titles; k++) {
                Token t = article.tokens.get(k);
                titles = t.word() && Lexicon.titleWord(t.text()) && !t.possessive();
            }
            if (!titles) {
                break;
            }
            current++;
        }
        return current;
    }

    // ---- cue before the quote, in its sentence ----

    private ActorDraft leading(QuoteSpan quote) {
        TextRange sentence = article.sentenceAt(quote.open());
        int from = sentence.start();
        int k = article.tokenAt(quote.open()) - 1;
        int start = article.tokenAt(from);
        for (; k >= start; k--) {
            Token t = article.tokens.get(k);
            if (t.quoted()) {
                continue;
            }
            if (t.lower().equals("according") && k + 1 < article.tokens.size()
                    && article.tokens.get(k + 1).text().equals("to")) {
                return firstMentionAfter(k + 2, article.tokens.get(article.tokenAt(quote.open())).start(), 8);
            }
            if (Lexicon.reporting(t.text())) {
                cueSeen = true;
                return subjectOf(k, start, quote);
            }
        }
        return null;
    }

    private ActorDraft subjectOf(int verb, int start, QuoteSpan quote) {
        List<Token> tokens = article.tokens;
        if (verb + 1 < tokens.size() && tokens.get(verb + 1).text().equals("by")) {
            return firstMentionAfter(verb + 2, quote.open(), 8);
        }
        boolean participle = Lexicon.participle(tokens.get(verb).text()) && verb > start
                && tokens.get(verb - 1).is(",");
        Mention appositive = appositiveName(verb);
        if (appositive != null) {
            return resolve(appositive);
        }
        Mention chosen = null;
        int verbStart = Clauses.beforeAside(article, verb, tokens.get(start).start());
        for (int m = article.mentionBefore(verbStart); m >= 0; m--) {
            Mention mention = article.mentions.get(m);
            if (mention.firstToken() < start || clauseBreakBetween(mention.lastToken() + 1, verb)) {
                break;
            }
            if (mention.possessive() || article.quoted[mention.start()] || mention.end() > verbStart) {
                continue;
            }
            int before = mention.firstToken() - 1;
            if (before >= 0 && before >= start && PREPOSITIONS.contains(tokens.get(before).lower())
                    && mention.type() != Mention.Type.RELATIVE) {
                continue;
            }
            chosen = article.mentions.get(headOf(m));
            if (!participle) {
                break;
            }
        }
        return chosen == null ? null : resolve(chosen);
    }

    /** A name set off by commas right before the verb: "Russia’s ambassador, Andrei Kelin, dismissed …". */
    private Mention appositiveName(int verb) {
        if (verb < 3 || !article.tokens.get(verb - 1).is(",")) {
            return null;
        }
        int m = article.mentionBefore(article.tokens.get(verb - 1).start());
        if (m < 0) {
            return null;
        }
        Mention mention = article.mentions.get(m);
        boolean setOff = mention.lastToken() == verb - 2 && mention.firstToken() > 0
                && article.tokens.get(mention.firstToken() - 1).is(",");
        boolean person = mention.type() == Mention.Type.NAME && mention.actor() != null
                && mention.actor().canonical().kind == ActorKind.PERSON;
        return setOff && person && !mention.possessive() ? mention : null;
    }

    private boolean clauseBreakBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = article.tokens.get(k);
            if (!t.quoted() && (t.is(";") || BREAKS.contains(t.lower()))) {
                return true;
            }
        }
        return false;
    }

    private ActorDraft colonBefore(QuoteSpan quote) {
        int k = article.tokenAt(quote.open()) - 1;
        if (k < 1 || !article.tokens.get(k).text().equals(":")) {
            return null;
        }
        int prevSentence = article.tokens.get(k).start();
        int m = article.mentionBefore(prevSentence);
        if (m >= 0 && article.mentions.get(m).lastToken() == k - 1) {
            return resolve(article.mentions.get(m));
        }
        TextRange sentence = article.sentenceAt(prevSentence);
        int start = article.tokenAt(sentence.start());
        for (int v = k - 1; v >= start; v--) {
            if (Lexicon.reporting(article.tokens.get(v).text())) {
                return subjectOf(v, start, quote);
            }
        }
        return null;
    }

    // ---- neighbouring quote ----

    private ActorDraft neighbour(List<QuoteSpan> quotes, ActorDraft[] speakers, int q) {
        QuoteSpan quote = quotes.get(q);
        if (!standsAlone(quote)) {
            return null;
        }
        int paragraph = article.paragraphStart(quote.open());
        for (int p = q - 1; p >= 0; p--) {
            QuoteSpan other = quotes.get(p);
            if (other.nested()) {
                continue;
            }
            if (other.open() < paragraph) {
                break;
            }
            if (speakers[p] != null) {
                return noOtherPersonBetween(other.close(), quote.open(), speakers[p]) ? speakers[p] : null;
            }
        }
        int end = article.paragraphEnd(quote.close());
        for (int n = q + 1; n < quotes.size(); n++) {
            QuoteSpan other = quotes.get(n);
            if (other.open() >= end) {
                break;
            }
            if (!other.nested() && speakers[n] != null) {
                return noOtherPersonBetween(quote.close(), other.open(), speakers[n]) ? speakers[n] : null;
            }
        }
        return null;
    }

    /** Whether the quote is its sentence, with no words of the reporter's around it. */
    private boolean standsAlone(QuoteSpan quote) {
        TextRange sentence = article.sentenceAt(quote.open());
        for (int k = article.tokenAt(sentence.start()); k < article.tokens.size(); k++) {
            Token t = article.tokens.get(k);
            if (t.start() >= sentence.end()) {
                break;
            }
            if (t.word() && !t.quoted()) {
                return false;
            }
        }
        return true;
    }

    private boolean noOtherPersonBetween(int from, int to, ActorDraft speaker) {
        for (int m = article.mentionBefore(from) + 1; m < article.mentions.size(); m++) {
            Mention mention = article.mentions.get(m);
            if (mention.start() >= to) {
                break;
            }
            if (article.quoted[mention.start()] || mention.actor() == null) {
                continue;
            }
            if (mention.actor().kind == ActorKind.PERSON && mention.actor().canonical() != speaker.canonical()) {
                return false;
            }
        }
        return true;
    }

    // ---- references ----

    private ActorDraft resolve(Mention mention) {
        if (mention.type() == Mention.Type.NAME) {
            return mention.actor() == null ? null : mention.actor().canonical();
        }
        if (resolved.containsKey(mention)) {
            return resolved.get(mention);
        }
        resolved.put(mention, null);
        ActorDraft actor = switch (mention.type()) {
            case PRONOUN -> nearestPerson(mention, null);
            case TITLE -> nearestPerson(mention, mention.head());
            case RELATIVE -> antecedent(mention);
            default -> null;
        };
        if (actor != null && mention.type() == Mention.Type.PRONOUN && actor.female == null) {
            actor.female = "she".equals(mention.head());
        }
        resolved.put(mention, actor);
        return actor;
    }

    private ActorDraft antecedent(Mention who) {
        int m = article.mentionBefore(who.start());
        if (m < 0) {
            return null;
        }
        Mention before = article.mentions.get(m);
        return who.firstToken() - before.lastToken() <= 2 ? resolve(before) : null;
    }

    private ActorDraft nearestPerson(Mention reference, String title) {
        int reach = reference.start() - PRONOUN_REACH;
        for (int m = article.mentionBefore(reference.start()); m >= 0; m--) {
            Mention mention = article.mentions.get(m);
            if (mention.start() < reach) {
                return null;
            }
            if (article.quoted[mention.start()] || mention == reference) {
                continue;
            }
            ActorDraft actor = mention.type() == Mention.Type.PRONOUN && title == null ? resolve(mention)
                    : mention.actor();
            if (actor == null || actor.canonical().kind != ActorKind.PERSON) {
                continue;
            }
            actor = actor.canonical();
            if (reference.type() == Mention.Type.PRONOUN && !compatible(actor, reference.head())) {
                continue;
            }
            if (title == null || holds(actor, title)) {
                return actor;
            }
        }
        return null;
    }

    /** "she" needs a person the text shows to be a woman; "he" any person not shown to be one. */
    private static boolean compatible(ActorDraft person, String pronoun) {
        return "she".equals(pronoun) ? Boolean.TRUE.equals(person.female) : !Boolean.TRUE.equals(person.female);
    }

    private static boolean holds(ActorDraft person, String head) {
        String folded = TextFolding.fold(head);
        String singular = folded.endsWith("s") ? folded.substring(0, folded.length() - 1) : folded;
        for (SuggestedRole role : person.resolvedRoles) {
            if (TextFolding.words(role.title()).contains(singular)) {
                return true;
            }
        }
        return false;
    }
}
