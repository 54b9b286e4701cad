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
            } else if (depth == 0 && (b == ',' || b == ' ' || b == '\n' || b == '\r' || b == '\t')) {
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
        while (at < bytes.length && (bytes[at] == ' ' || bytes[at] == '\n' || bytes[at] == '\r' || bytes[at] == '\t')) {
            at++;
        }
    }

    private boolean trailingSpaceOnly() {
        skipSpace();
        return at == bytes.length;
    }
}
