package app.parley.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds where each member of a top-level JSON object lies in its UTF-8 bytes without parsing the values, so that they
 * can be parsed apart, on two threads. It only finds members in plain, well-formed files: anything unusual (names with
 * escapes, a repeated name, deep nesting, stray bytes) gives nothing, and the file is then parsed whole, which reports
 * what is wrong. Values are not checked here; their parsers check them.
 */
final class TopLevelMembers {

    /**
     * A member: its name and where its value lies, from {@code start} to {@code end} (exclusive).
     *
     * @param name  the member's name
     * @param start the offset of the value's first byte
     * @param end   the offset after the value's last byte
     */
    record Member(String name, int start, int end) {

        /** How many bytes the value takes. */
        int length() {
            return end - start;
        }
    }

    /**
     * A piece of a list's elements, to be parsed as a list of its own: from {@code start} to {@code end} (exclusive),
     * without the commas around it; its first element is number {@code firstIndex} of the whole list.
     *
     * @param start      the offset of the piece's first byte
     * @param end        the offset after the piece's last byte
     * @param firstIndex the number of the piece's first element in the list
     */
    record Piece(int start, int end, int firstIndex) {

        /** How many bytes the piece takes. */
        int length() {
            return end - start;
        }
    }

    /** Deeper values are left to the whole parse, whose depth limit counts the top-level object too. */
    private static final int MAX_DEPTH = JsonSupport.MAX_NESTING - 2;

    private final byte[] bytes;
    private int at;

    private TopLevelMembers(byte[] bytes, int offset) {
        this.bytes = bytes;
        this.at = offset;
    }

    /** The members of the top-level object in {@code bytes} from {@code offset} on, in order; empty when unusual. */
    static Optional<List<Member>> of(byte[] bytes, int offset) {
        return Optional.ofNullable(new TopLevelMembers(bytes, offset).members());
    }

    /**
     * The elements of the list that is {@code member}'s value, cut between elements into about {@code count} pieces
     * of similar length; empty when the value is not a list of at least one element, or is unusual (a blank piece, as
     * a stray comma leaves, or deep nesting).
     */
    static Optional<List<Piece>> pieces(byte[] bytes, Member member, int count) {
        return Optional.ofNullable(new TopLevelMembers(bytes, member.start()).pieces(member, count));
    }

    private List<Piece> pieces(Member member, int count) {
        if (!take('[')) {
            return null;
        }
        int target = Math.max(1, member.length() / count);
        List<Piece> pieces = new ArrayList<>();
        int pieceStart = at;
        int firstIndex = 0;
        int elements = 0;
        int depth = 0;
        while (at < member.end()) {
            byte b = bytes[at];
            if (b == '"') {
                if (!skipString()) {
                    return null;
                }
                continue;
            }
            if (b == '{' || b == '[') {
                depth++;
                if (depth > MAX_DEPTH) {
                    return null;
                }
            } else if (b == '}' || b == ']') {
                if (depth == 0) {
                    return at == member.end() - 1 && addPiece(pieces, pieceStart, at, firstIndex) ? pieces : null;
                }
                depth--;
            } else if (b == ',' && depth == 0) {
                elements++;
                if (at + 1 - pieceStart >= target) {
                    if (!addPiece(pieces, pieceStart, at, firstIndex)) {
                        return null;
                    }
                    pieceStart = at + 1;
                    firstIndex = elements;
                }
            }
            at++;
        }
        return null;
    }

    /** Adds the piece unless it is blank, which a list of pieces may not hold; whether it did. */
    private boolean addPiece(List<Piece> pieces, int start, int end, int firstIndex) {
        for (int i = start; i < end; i++) {
            if (!isSpace(bytes[i])) {
                pieces.add(new Piece(start, end, firstIndex));
                return true;
            }
        }
        return false;
    }

    private List<Member> members() {
        List<Member> members = new ArrayList<>();
        Set<String> names = new HashSet<>();
        skipSpace();
        if (!take('{')) {
            return null;
        }
        skipSpace();
        if (take('}')) {
            return trailingSpaceOnly() ? members : null;
        }
        while (true) {
            String name = name();
            skipSpace();
            if (name == null || !names.add(name) || !take(':')) {
                return null;
            }
            skipSpace();
            int start = at;
            if (!skipValue()) {
                return null;
            }
            members.add(new Member(name, start, at));
            skipSpace();
            if (take('}')) {
                return trailingSpaceOnly() ? members : null;
            }
            if (!take(',')) {
                return null;
            }
            skipSpace();
        }
    }

    /** A member's name without escapes, or {@code null}. */
    private String name() {
        if (!take('"')) {
            return null;
        }
        int start = at;
        while (at < bytes.length && bytes[at] != '"') {
            if (bytes[at] == '\\' || (bytes[at] & 0xFF) < 0x20) {
                return null;
            }
            at++;
        }
        if (at >= bytes.length) {
            return null;
        }
        String name = new String(bytes, start, at - start, java.nio.charset.StandardCharsets.UTF_8);
        at++;
        return name;
    }

    /**
     * Moves past one value: a string, or an object or list up to its matching end, or a bare word or number up to the
     * next separator. Whether it is valid JSON is for its parser to say.
     */
    private boolean skipValue() {
        int depth = 0;
        int start = at;
        while (at < bytes.length) {
            byte b = bytes[at];
            if (b == '"') {
                if (!skipString()) {
                    return false;
                }
                if (depth == 0) {
                    return true;
                }
                continue;
            }
            if (b == '{' || b == '[') {
                depth++;
                if (depth > MAX_DEPTH) {
                    return false;
                }
            } else if (b == '}' || b == ']') {
                if (depth == 0) {
                    return at > start;
                }
                depth--;
                if (depth == 0) {
                    at++;
                    return true;
                }
            } else if (depth == 0 && (b == ',' || isSpace(b))) {
                return at > start;
            }
            at++;
        }
        return false;
    }

    /** Moves past a string that starts here, minding escaped quotes. */
    private boolean skipString() {
        at++;
        while (at < bytes.length) {
            byte b = bytes[at];
            if (b == '"') {
                at++;
                return true;
            }
            at += b == '\\' ? 2 : 1;
        }
        return false;
    }

    private boolean take(char expected) {
        if (at < bytes.length && bytes[at] == expected) {
            at++;
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (at < bytes.length && isSpace(bytes[at])) {
            at++;
        }
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    private boolean trailingSpaceOnly() {
        skipSpace();
        return at == bytes.length;
    }
}
