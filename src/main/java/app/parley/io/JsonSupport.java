package app.parley.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one Jackson configuration Parley reads with: strict JSON, no duplicate keys, bounded nesting. */
final class JsonSupport {

    /** How deep objects and lists may nest; a dataset needs four levels. */
    static final int MAX_NESTING = 64;

    private JsonSupport() {
    }

    /**
     * The factory of every parser and generator. Strings may be as long as a file may be (Jackson's own limit of 20
     * million characters would refuse a long article with a misleading message); the reader's size limit bounds them.
     */
    static JsonFactory factory() {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING)
                        .maxStringLength(Integer.MAX_VALUE).build())
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /**
     * A mapper over {@link #factory()} whose parsers read one list element at a time as a tree; the reader itself
     * refuses anything after the top-level value.
     */
    static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper(factory());
        mapper.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
        return mapper;
    }
}
