package app.parley.graph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes well-formed XML 1.0 by hand, indented: every value is escaped, and characters XML cannot hold are replaced
 * with U+FFFD and counted in {@link Repairs}. Tabs and line breaks in attribute values are written as character
 * references, so readers keep them.
 */
final class XmlOut {

    private final Writer out;
    private final Repairs repairs;
    private final Deque<String> open = new ArrayDeque<>();
    private boolean tagOpen;
    private boolean hadText;

    /** Starts the document with its XML declaration. */
    XmlOut(Writer out, Repairs repairs) throws IOException {
        this.out = out;
        this.repairs = repairs;
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }

    /** Opens an element; attributes follow with {@link #attribute}. */
    XmlOut start(String name) throws IOException {
        closeTag();
        if (!open.isEmpty()) {
            out.write('\n');
        }
        indent();
        out.write('<');
        out.write(name);
        open.push(name);
        tagOpen = true;
        hadText = false;
        return this;
    }

    /** Adds an attribute to the element just opened. */
    XmlOut attribute(String name, String value) throws IOException {
        if (!tagOpen) {
            throw new IllegalStateException("Attribute " + name + " after the start tag was closed");
        }
        out.write(' ');
        out.write(name);
        out.write("=\"");
        escape(value, true);
        out.write('"');
        return this;
    }

    /** Adds a numeric attribute, written without exponent. */
    XmlOut attribute(String name, double value) throws IOException {
        return attribute(name, Numbers.plain(value));
    }

    /** Writes text content into the open element. */
    XmlOut text(String value) throws IOException {
        closeTag();
        escape(value, false);
        hadText = true;
        return this;
    }

    /** An element holding only {@code value}. */
    XmlOut element(String name, String value) throws IOException {
        return start(name).text(value).end();
    }

    /** Closes the innermost open element. */
    XmlOut end() throws IOException {
        String name = open.pop();
        if (tagOpen) {
            out.write("/>");
            tagOpen = false;
        } else {
            if (!hadText) {
                out.write('\n');
                indent();
            }
            out.write("</");
            out.write(name);
            out.write('>');
        }
        hadText = false;
        if (open.isEmpty()) {
            out.write('\n');
        }
        return this;
    }

    private void closeTag() throws IOException {
        if (tagOpen) {
            out.write('>');
            tagOpen = false;
        }
    }

    private void indent() throws IOException {
        for (int i = 0; i < open.size(); i++) {
            out.write("  ");
        }
    }

    private void escape(String value, boolean attribute) throws IOException {
        String text = repairs.clean(value == null ? "" : value);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.write("&amp;");
                case '<' -> out.write("&lt;");
                case '>' -> out.write("&gt;");
                case '"' -> out.write(attribute ? "&quot;" : "\"");
                case '\t' -> out.write(attribute ? "&#9;" : "\t");
                case '\n' -> out.write(attribute ? "&#10;" : "\n");
                case '\r' -> out.write("&#13;");
                default -> out.write(c);
            }
        }
    }
}
