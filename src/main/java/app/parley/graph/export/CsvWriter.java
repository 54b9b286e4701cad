package app.parley.graph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV as RFC 4180 defines it: records end with CRLF, and a field holding a comma, a double quote, a line break
 * or a leading or trailing space is enclosed in double quotes, with its quotes doubled. Every record must have as
 * many fields as the header.
 *
 * <p>A field that a spreadsheet would run as a formula (one starting with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a carriage return, as OWASP's CSV injection advice lists them) is written with a leading apostrophe, which
 * spreadsheets show as text; a field that starts with an apostrophe gets one more, so that reading a field back is
 * always "drop one leading apostrophe".
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
    static String field(String raw) {
        if (raw == null) {
            return "";
        }
        String value = neutralised(raw);
        boolean quote = value.isEmpty() ? false : value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ';
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** {@code value} with a leading apostrophe if a spreadsheet could take it for a formula, or it starts with one. */
    static String neutralised(String value) {
        if (value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\'' -> "'" + value;
            default -> value;
        };
    }
}
