package app.parley.graph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV as RFC 4180 defines it: records end with CRLF, and a field holding a comma, a double quote, a line break
 * or a leading or trailing space is enclosed in double quotes, with its quotes doubled. Every record must have as
 * many fields as the header.
 */
final class CsvWriter {

    private final Writer out;
    private final int columns;

    /** A writer that starts with {@code header}. */
    CsvWriter(Writer out, List<String> header) throws IOException {
        if (header.isEmpty()) {
            throw new IllegalArgumentException("A CSV table needs at least one column");
        }
        this.out = out;
        this.columns = header.size();
        row(header);
    }

    /** Writes one record. */
    void row(List<String> fields) throws IOException {
        if (fields.size() != columns) {
            throw new IllegalArgumentException("A record needs " + columns + " fields, not " + fields.size());
        }
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    /** One field, quoted when it must be; {@code null} is written as an empty field. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.isEmpty() ? false : value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ';
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
