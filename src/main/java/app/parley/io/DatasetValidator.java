package app.parley.io;

import app.parley.model.Actor;
import app.parley.model.Dataset;
import app.parley.model.DatasetIndex;
import app.parley.model.Quote;
import app.parley.model.QuoteKind;
import app.parley.model.Relation;
import app.parley.model.Role;
import app.parley.model.Source;
import app.parley.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks that a dataset holds together: unique ids, known references (the story's included), and spans whose text is
 * really in the source.
 */
public final class DatasetValidator {

    private static final int EXCERPT_LIMIT = 60;

    private final Dataset dataset;
    private final DatasetIndex index;
    private final ElementPointers pointers;
    private final Set<String> alreadyReportedActorIds;
    private final List<Problem> problems = new ArrayList<>();

    private DatasetValidator(Dataset dataset, ElementPointers pointers, Set<String> alreadyReportedActorIds) {
        this.dataset = dataset;
        this.index = new DatasetIndex(dataset);
        this.pointers = pointers;
        this.alreadyReportedActorIds = alreadyReportedActorIds;
    }

    /** Every problem in a dataset whose lists are in file order. */
    public static List<Problem> validate(Dataset dataset) {
        return validate(dataset, ElementPointers.inOrder(dataset), List.of(), Set.of(), false);
    }

    /**
     * Every problem, placing them with {@code pointers}; references to {@code alreadyReportedActorIds} (actors left
     * out for their own errors) are not reported again. When {@code beside} (the reader decides, by the file's size),
     * the sources' hashes and the claimed texts are checked on a second thread while this one checks the rest; the
     * problems come in the same order either way.
     */
    static List<Problem> validate(Dataset dataset, ElementPointers pointers, List<TextClaim> claims,
                                  Set<String> alreadyReportedActorIds, boolean beside) {
        DatasetValidator validator = new DatasetValidator(dataset, pointers, alreadyReportedActorIds);
        SideTask<SideProblems> side = SideTask.start(beside, "parley-validate",
                () -> new SideProblems(validator.hashProblems(), validator.claimProblems(claims)));
        validator.checkUniqueIds(dataset.sources(), Source::id, pointers.sources(), "source");
        int afterSourceIds = validator.problems.size();
        validator.checkUniqueIds(dataset.actors(), Actor::id, pointers.actors(), "actor");
        validator.checkRoles();
        validator.checkRelations();
        validator.checkQuotes();
        new StoryChecks(dataset, validator.index, pointers.steps(), alreadyReportedActorIds, validator.problems).check();
        validator.checkPositions();
        SideProblems found = side.join();
        validator.problems.addAll(afterSourceIds, found.hashes());
        validator.problems.addAll(found.claims());
        return List.copyOf(validator.problems);
    }

    /** The problems found beside the rest: sources whose text does not hash as written, and misquoted evidence. */
    private record SideProblems(List<Problem> hashes, List<Problem> claims) {
    }

    private List<Problem> hashProblems() {
        List<Problem> found = new ArrayList<>();
        for (int i = 0; i < dataset.sources().size(); i++) {
            Source source = dataset.sources().get(i);
            if (source.sha256() == null) {
                continue;
            }
            String actual = Sha256.hex(source.text());
            if (!actual.equalsIgnoreCase(source.sha256())) {
                found.add(Problem.error(pointers.sources().get(i) + "/sha256", "The text of source \"" + source.id()
                        + "\" has SHA-256 " + actual + ", not " + source.sha256()
                        + " as written; the text changed after its spans were made."));
            }
        }
        return found;
    }

    private List<Problem> claimProblems(List<TextClaim> claims) {
        List<Problem> found = new ArrayList<>();
        claims.forEach(claim -> checkClaim(claim.pointer(), claim.span(), claim.text(), "evidence", found));
        return found;
    }

    private void checkRoles() {
        checkUniqueIds(dataset.roles(), Role::id, pointers.roles(), "role");
        for (int i = 0; i < dataset.roles().size(); i++) {
            Role role = dataset.roles().get(i);
            String pointer = pointers.roles().get(i);
            checkActor(pointer, "/holder", role.holderId());
            if (role.ofId() != null) {
                checkActor(pointer, "/of", role.ofId());
            }
            checkSpan(pointer, "/evidence", role.evidence());
        }
    }

    private void checkRelations() {
        checkUniqueIds(dataset.relations(), Relation::id, pointers.relations(), "relation");
        for (int i = 0; i < dataset.relations().size(); i++) {
            Relation relation = dataset.relations().get(i);
            String pointer = pointers.relations().get(i);
            checkActor(pointer, "/from", relation.fromId());
            checkActor(pointer, "/to", relation.toId());
            if (relation.fromId().equals(relation.toId())) {
                problems.add(Problem.warning(pointer, "The relation links \"" + relation.fromId() + "\" to itself."));
            }
            checkSpan(pointer, "/evidence", relation.evidence());
        }
    }

    private void checkQuotes() {
        checkUniqueIds(dataset.quotes(), Quote::id, pointers.quotes(), "quote");
        for (int i = 0; i < dataset.quotes().size(); i++) {
            Quote quote = dataset.quotes().get(i);
            String pointer = pointers.quotes().get(i);
            checkActor(pointer, "/speaker", quote.speakerId());
            if (quote.reportedById() != null) {
                checkActor(pointer, "/reportedBy", quote.reportedById());
            }
            for (int a = 0; a < quote.aboutIds().size(); a++) {
                checkActor(pointer, "/about/" + a, quote.aboutIds().get(a));
            }
            if (checkSpan(pointer, "/span", quote.span())) {
                boolean matches = checkClaim(pointer + "/text", quote.span(), quote.text(), "quote", problems);
                if (matches && quote.kind() == QuoteKind.DIRECT) {
                    checkQuoteMarks(pointer, quote);
                }
            }
        }
    }

    private void checkQuoteMarks(String pointer, Quote quote) {
        String text = index.source(quote.span().sourceId()).orElseThrow().text();
        int start = quote.span().start();
        int end = quote.span().end();
        boolean opened = start > 0 && "“\"‘«„'".indexOf(text.charAt(start - 1)) >= 0;
        int closing = end < text.length() && text.charAt(end) == ',' ? end + 1 : end;
        boolean closed = closing < text.length() && "”\"’»“'".indexOf(text.charAt(closing)) >= 0;
        if (!opened || !closed) {
            problems.add(Problem.warning(pointer + "/span", "This direct quote is not enclosed in quote marks in the "
                    + "source; is it reported speech?"));
        }
    }

    private void checkPositions() {
        dataset.positions().keySet().stream().sorted()
                .forEach(actorId -> checkActor(PositionsReader.pointer(actorId), "", actorId));
    }

    private <T> void checkUniqueIds(List<T> items, Function<T, String> id, List<String> itemPointers, String noun) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String value = id.apply(items.get(i));
            if (!seen.add(value)) {
                problems.add(Problem.error(itemPointers.get(i) + "/id", "Another " + noun + " already has the id \""
                        + value + "\"; ids must be unique."));
            }
        }
    }

    /**
     * Reports a reference to an unknown actor at {@code pointer} followed by {@code field} (joined only for a problem:
     * a large file has tens of thousands of references).
     */
    private void checkActor(String pointer, String field, String actorId) {
        if (index.actor(actorId).isEmpty() && !alreadyReportedActorIds.contains(actorId)) {
            problems.add(Problem.error(pointer + field, "No actor has the id \"" + actorId + "\"."));
        }
    }

    /** Whether the span at {@code pointer} followed by {@code field} has a source and lies inside its text. */
    private boolean checkSpan(String item, String field, Span span) {
        var source = index.source(span.sourceId());
        if (source.isPresent() && span.end() <= source.get().text().length() && !splitsSurrogatePair(source.get().text(),
                span)) {
            return true;
        }
        return checkSpan(item + field, span);
    }

    private static boolean splitsSurrogatePair(String text, Span span) {
        return splits(text, span.start()) || splits(text, span.end());
    }

    private static boolean splits(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset))
                && Character.isHighSurrogate(text.charAt(offset - 1));
    }

    /** Whether the span's source exists and the span lies inside its text; reports why not. */
    private boolean checkSpan(String pointer, Span span) {
        var source = index.source(span.sourceId());
        if (source.isEmpty()) {
            problems.add(Problem.error(pointer + "/source", "No source has the id \"" + span.sourceId() + "\"."));
            return false;
        }
        int length = source.get().text().length();
        if (span.end() > length) {
            problems.add(Problem.error(pointer, "The span ends at " + span.end() + ", past the end of source \""
                    + span.sourceId() + "\" (" + length + " characters)."));
            return false;
        }
        String text = source.get().text();
        for (int offset : new int[] {span.start(), span.end()}) {
            if (offset > 0 && offset < length && Character.isLowSurrogate(text.charAt(offset))
                    && Character.isHighSurrogate(text.charAt(offset - 1))) {
                problems.add(Problem.error(pointer, "The span " + (offset == span.start() ? "starts" : "ends")
                        + " at " + offset + ", between the two halves of one character (a UTF-16 surrogate pair) of "
                        + "source \"" + span.sourceId() + "\"; offsets count UTF-16 code units, and a character "
                        + "outside the Basic Multilingual Plane takes two."));
                return false;
            }
        }
        return true;
    }

    /** Whether the text claimed for a span is what the source holds there; if not, the problem goes {@code into}. */
    private boolean checkClaim(String pointer, Span span, String claimed, String noun, List<Problem> into) {
        var source = index.source(span.sourceId());
        if (source.isEmpty() || span.end() > source.get().text().length()) {
            return false;
        }
        if (claimed.length() == span.end() - span.start() && source.get().text().startsWith(claimed, span.start())) {
            return true;
        }
        String actual = source.get().excerpt(span);
        int found = source.get().text().indexOf(claimed);
        String hint = found >= 0 ? " The words stand at " + found + "–" + (found + claimed.length()) + "." : "";
        into.add(Problem.error(pointer, "The " + noun + " reads “" + shorten(claimed) + "” but the source has “"
                + shorten(actual) + "” at " + span.start() + "–" + span.end() + "." + hint));
        return false;
    }

    private static String shorten(String text) {
        String flat = text.replace('\n', ' ');
        return flat.length() <= EXCERPT_LIMIT ? flat : flat.substring(0, EXCERPT_LIMIT - 1) + "…";
    }
}
