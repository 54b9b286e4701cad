package app.parley.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds the line and column of JSON pointers by streaming through the document once. */
final class PointerLocator {

    private PointerLocator() {
    }

    /** The problems placed at the line and column of their pointer, or of its nearest ancestor in the file. */
    static List<Problem> place(String json, List<Problem> problems) {
        Set<String> wanted = new HashSet<>();
        for (Problem problem : problems) {
            for (String pointer = problem.pointer(); ; pointer = parent(pointer)) {
                wanted.add(pointer);
                if (pointer.isEmpty()) {
                    break;
                }
            }
        }
        Map<String, JsonLocation> found = locate(json, wanted);
        List<Problem> placed = new ArrayList<>(problems.size());
        for (Problem problem : problems) {
            if (problem.line() > 0) {
                placed.add(problem);
                continue;
            }
            String pointer = problem.pointer();
            while (!found.containsKey(pointer) && !pointer.isEmpty()) {
                pointer = parent(pointer);
            }
            JsonLocation location = found.get(pointer);
            placed.add(location == null ? problem : problem.at(location.getLineNr(), location.getColumnNr()));
        }
        return placed;
    }

    private static Map<String, JsonLocation> locate(String json, Set<String> wanted) {
        Map<String, JsonLocation> found = new HashMap<>();
        try (JsonParser parser = JsonSupport.factory().createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null && found.size() < wanted.size()) {
                if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                JsonStreamContext context = parser.getParsingContext();
                if (token.isStructStart()) {
                    context = context.getParent();
                }
                String pointer = context.pathAsPointer().toString();
                if (wanted.contains(pointer)) {
                    found.putIfAbsent(pointer, parser.currentTokenLocation());
                }
            }
        } catch (IOException e) {
            return found;
        }
        return found;
    }

    private static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }
}
