package app.parley.assist;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The English words the rules rest on: reporting verbs, titles, organization words, and words that are no names. */
final class Lexicon {

    private static final Set<String> REGULAR_REPORTING = WordSet.of("add", "state", "note", "warn", "insist", "claim",
            "declare", "announce", "urge", "reiterate", "stress", "acknowledge", "accuse", "describe", "call", "demand",
            "ask", "reply", "respond", "explain", "suggest", "post", "tweet", "vow", "promise", "pledge", "comment",
            "remark", "confirm", "deny", "admit", "recall", "concede", "predict", "dismiss", "brand", "label", "hail",
            "praise", "welcome", "condemn", "criticise", "criticize", "denounce", "slam", "blast", "charge", "complain",
            "emphasise", "emphasize", "underline", "argue", "continue", "assert", "maintain", "stress", "caution",
            "tell", "mention", "contend", "agree", "believe", "estimate", "observe", "quip", "joke", "boast",
            "protest", "threaten", "allege", "characterise", "characterize", "conclude", "clarify", "counter", "retort");
    private static final Set<String> IRREGULAR_REPORTING = WordSet.of("say", "says", "said", "saying", "tell", "tells",
            "told", "telling", "write", "writes", "wrote", "written", "writing", "think", "thinks", "thought",
            "according", "quoted", "cited");

    private static final Set<String> REPORTING = new HashSet<>();

    private static final Set<String> TITLE_HEADS = WordSet.of("president", "minister", "secretary", "chancellor",
            "spokesperson", "spokesman", "spokeswoman", "aide", "adviser", "advisor", "envoy", "ambassador", "director",
            "head", "chief", "negotiator", "commander", "leader", "premier", "king", "queen", "prince", "princess",
            "governor", "mayor", "senator", "representative", "general", "chairman", "chairwoman", "chair",
            "official", "diplomat", "counsellor", "emir", "sheikh", "pope", "prosecutor", "judge", "speaker", "deputy",
            "lawmaker", "congressman", "congresswoman", "ruler", "monarch", "sultan", "admiral", "colonel",
            "lieutenant", "major", "captain", "sergeant", "marshal", "czar", "tsar", "coordinator", "commissioner",
            "administrator", "attorney", "ombudsman", "mediator", "rapporteur", "staff", "officer", "lawyer",
            "patriarch", "cardinal", "archbishop", "bishop", "executive", "founder", "ceo", "mp", "mep");
    private static final Set<String> TITLE_MODIFIERS = WordSet.of("deputy", "vice", "foreign", "defence", "defense",
            "prime", "presidential", "special", "national", "security", "intelligence", "military", "senior", "former",
            "top", "lead", "chief", "state", "affairs", "interior", "finance", "economy", "culture", "justice",
            "trade", "energy", "health", "first", "acting", "interim", "executive", "press", "general", "assistant",
            "associate", "principal", "permanent", "high", "supreme", "crown", "opposition", "majority", "minority",
            "parliamentary", "security", "attorney", "government", "foreign-policy",
            "economic", "veteran", "outgoing", "incoming", "education", "agriculture", "environment",
            "transport", "labour", "labor", "communications", "information", "digital", "armed", "forces", "army",
            "navy", "air", "force", "joint", "staff", "chiefs", "home", "treasury", "commerce",
            "development", "humanitarian", "human", "rights", "peace", "reintegration", "occupied", "territories",
            "strategic", "industries", "emergency", "situations", "of", "the", "and", "for");

    private static final Set<String> ORGANIZATION_WORDS = WordSet.of("Ministry", "Department", "Council", "Union",
            "Organization", "Organisation", "Agency", "Committee", "Commission", "Parliament", "Party", "Bank", "Fund",
            "Office", "Court", "Government", "Cabinet", "Assembly", "Congress", "Senate", "Duma", "Forces", "Army",
            "Navy", "Institute", "University", "Foundation", "Service", "Services", "Guard", "Corporation", "Company",
            "Group", "Alliance", "Secretariat", "Presidency", "Administration", "Command", "Bureau", "Authority",
            "Association", "Movement", "Front", "News", "Times", "Post", "Press", "Network", "Nations", "Rada",
            "Knesset", "Bundestag", "Commonwealth", "Coalition", "Staff", "Directorate", "Inc", "Ltd", "Agency",
            "Federation", "Board", "Police", "Militia", "Brigade", "Battalion", "Regiment", "Division", "Corps");

    private static final Set<String> NOT_NAME_WORDS = WordSet.of("Palace", "War", "Summit", "Accord", "Accords",
            "Agreement", "Treaty", "Declaration", "Conference", "Talks", "Square", "Street", "Avenue", "Road", "Bridge",
            "Airport", "Island", "Islands", "Sea", "Ocean", "River", "Lake", "Mountain", "Mountains", "Valley",
            "Peninsula", "Region", "Province", "Oblast", "City", "County", "Republic", "Hotel", "Centre", "Center",
            "Hall", "Building", "Tower", "Stadium", "Church", "Mosque", "Cathedral", "Day", "Week", "Act", "Plan",
            "Initiative", "Deal", "Prize", "Award", "Cup", "Games", "Olympics", "Program", "Programme", "Project",
            "Pipeline", "Corridor", "St", "Saint", "San", "Santa", "Fort", "Mount", "Cape", "Strip", "Bank", "Route", "Station", "Port", "Base", "Plant", "Caucasus", "South", "North", "East",
            "West", "Central", "Western", "Eastern", "Northern", "Southern", "Middle", "Gulf", "Strait", "Coast",
            "Bay", "Desert", "Canal", "Park", "Forum", "Crisis", "Revolution", "Operation", "Peace", "Prosperity",
            "Zone", "Line", "Front", "Channel", "Basin", "Highway", "Embassy", "Consulate", "Kingdom", "Empire",
            "Union", "Declaration", "Communiqué", "Memorandum", "Protocol", "Charter", "Convention", "Resolution",
            "God", "Christmas", "Easter", "Ramadan", "Internet", "Telegram", "Twitter", "Facebook", "Instagram",
            "YouTube", "TikTok", "WhatsApp", "Truth", "Social", "Trophy", "Street", "Boulevard", "Minister",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "May", "June", "July", "August", "September", "October", "November", "December");

    private static final Set<String> STOP_WORDS = WordSet.of("the", "a", "an", "this", "that", "these", "those", "it", "he",
            "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "its", "in", "on", "at", "for", "from",
            "with", "by", "of", "to", "as", "after", "before", "during", "despite", "among", "amid", "ahead", "however",
            "but", "and", "or", "nonetheless", "nevertheless", "meanwhile", "both", "many", "some", "no", "not", "yes",
            "if", "when", "while", "although", "though", "since", "until", "why", "what", "who", "how", "where", "which",
            "there", "here", "today", "yesterday", "tomorrow", "tonight", "mr", "mrs", "ms", "dr", "sir", "dame", "lord",
            "asked", "according", "speaking", "also", "earlier", "later", "last", "next", "first", "second", "third",
            "one", "two", "three", "such", "every", "each", "all", "any", "another", "other", "most", "more", "much",
            "even", "only", "just", "so", "then", "now", "thus", "yet", "still", "instead", "under", "over", "about",
            "against", "between", "into", "through", "without", "within", "upon", "via", "per", "like", "unlike",
            "around", "across", "behind", "beyond", "toward", "towards", "following", "including", "regarding",
            "because", "once", "whether", "unless", "whereas", "whose", "whom", "footage", "photo", "video", "image",
            "reporting", "editing", "additional", "read", "watch", "see", "related", "live", "update", "updates",
            "breaking", "exclusive", "analysis", "opinion", "comment", "new", "old", "big", "top", "key", "major",
            "senior", "former", "acting", "several", "few", "former", "it’s", "we’re", "we’ve", "i’m", "let", "please",
            "thank", "thanks", "good", "great", "very", "well", "oh", "our", "us", "hi", "dear", "ladies", "gentlemen");

    private static final Set<String> HONORIFICS = WordSet.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord",
            "Lady", "Madam", "Mister");

    static {
        REPORTING.addAll(IRREGULAR_REPORTING);
        for (String verb : REGULAR_REPORTING) {
            REPORTING.add(verb);
            REPORTING.add(verb.endsWith("s") || verb.endsWith("sh") ? verb + "es" : verb + "s");
            String stem = verb.endsWith("e") ? verb.substring(0, verb.length() - 1) : verb;
            if (verb.endsWith("y") && !verb.endsWith("ey")) {
                String y = verb.substring(0, verb.length() - 1);
                REPORTING.add(y + "ied");
                REPORTING.add(y + "ies");
            } else if (verb.matches(".*[^aeiou][aeiou][bglmpt]") && verb.length() <= 4) {
                REPORTING.add(verb + verb.charAt(verb.length() - 1) + "ed");
                REPORTING.add(verb + verb.charAt(verb.length() - 1) + "ing");
            } else {
                REPORTING.add(stem + "ed");
            }
            REPORTING.add(stem + "ing");
        }
        REPORTING.add("admitted");
        REPORTING.add("labelled");
        REPORTING.add("labelling");
    }

    private Lexicon() {
    }

    /** Whether the word is a form of a verb that reports speech ("said", "told", "noting", "accused"), in lower case. */
    static boolean reporting(String word) {
        return Character.isLowerCase(word.charAt(0)) && REPORTING.contains(word);
    }

    /** Whether the word is a present participle ("saying", "adding"), which takes the clause's subject. */
    static boolean participle(String word) {
        return word.endsWith("ing") && reporting(word);
    }

    /** Whether the word can end a title ("minister", "spokesperson", "chief"). */
    static boolean titleHead(String word) {
        if (word.indexOf('-') > 0) {
            String last = word.substring(word.lastIndexOf('-') + 1);
            return !last.isEmpty() && titleWord(word) && titleHead(last);
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return TITLE_HEADS.contains(lower) || lower.endsWith("s") && TITLE_HEADS.contains(lower.substring(0,
                lower.length() - 1));
    }

    /** Whether the word can stand in a title ("Deputy", "Foreign", "Minister", "of", "State"). */
    static boolean titleWord(String word) {
        if (word.indexOf('-') > 0) {
            for (String part : word.split("-")) {
                if (part.isEmpty() || !titleWord(part)) {
                    return false;
                }
            }
            return true;
        }
        return titleHead(word) || TITLE_MODIFIERS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the capitalized word makes a name an organization's ("Ministry", "Council"). */
    static boolean organizationWord(String word) {
        return ORGANIZATION_WORDS.contains(word);
    }

    /** Whether the capitalized word makes a name a place, event or thing rather than a person. */
    static boolean notNameWord(String word) {
        return NOT_NAME_WORDS.contains(word) || ORGANIZATION_WORDS.contains(word);
    }

    /** Whether the word is a function word or a common sentence opener. */
    static boolean stopWord(String word) {
        return STOP_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the word is a courtesy title ("Mr", "Dr"). */
    static boolean honorific(String word) {
        return HONORIFICS.contains(word);
    }
}
