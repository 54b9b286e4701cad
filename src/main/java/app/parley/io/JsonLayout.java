package app.parley.io;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/** The layout of written dataset files: two-space indent, one entry a line, {@code "key": value}, {@code []} when empty. */
final class JsonLayout extends DefaultPrettyPrinter {

    private static final long serialVersionUID = 1L;

    JsonLayout() {
        super(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        indentObjectsWith(indenter);
        indentArraysWith(indenter);
    }

    private JsonLayout(JsonLayout base) {
        super(base);
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
        return new JsonLayout(this);
    }
}
