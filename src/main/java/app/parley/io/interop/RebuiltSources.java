package app.parley.io.interop;

import app.parley.model.Source;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sources a file names but does not hold (GEXF has no place for an article), rebuilt from the evidence its links
 * carry: each evidence is put back at its offsets and everything else is blank, so the spans and their words are
 * kept exactly. Sources that would be implausibly long for the words known are not rebuilt.
 */
final class RebuiltSources {

    private static final int MAX_LENGTH = 16 * 1024 * 1024;

    /** One piece of evidence: its source, offsets and words. */
    private record Piece(int start, int end, String words) {
    }

    private final Map<String, List<Piece>> pieces = new LinkedHashMap<>();

    /** Records a link's evidence, if its offsets and words agree. */
    void add(String sourceId, String start, String end, String words) {
        if (sourceId == null || sourceId.isBlank() || words == null || words.isEmpty()) {
            return;
        }
        try {
            int from = Integer.parseInt(start.strip());
            int to = Integer.parseInt(end.strip());
            if (from >= 0 && to - from == words.length() && to <= MAX_LENGTH) {
                pieces.computeIfAbsent(sourceId, id -> new ArrayList<>()).add(new Piece(from, to, words));
            }
        } catch (NumberFormatException | NullPointerException e) {
            return;
        }
    }

    /** The rebuilt sources, for the ids not in {@code known}; a note per source goes to {@code notes}. */
    List<Source> rebuild(Map<String, Source> known, String fileName, List<String> notes) {
        List<Source> out = new ArrayList<>();
        pieces.forEach((id, list) -> {
            if (known.containsKey(id)) {
                return;
            }
            int length = list.stream().mapToInt(Piece::end).max().orElse(0);
            char[] text = new char[length];
            Arrays.fill(text, ' ');
            for (Piece piece : list) {
                piece.words().getChars(0, piece.words().length(), text, piece.start());
            }
            out.add(new Source(id, id + " (rebuilt from the evidence in " + fileName + ")", null, null, null, null,
                    new String(text), null));
            notes.add("source \"" + id + "\" is not in the file: rebuilt from the evidence of its " + list.size()
                    + " links, the rest of its text blank");
        });
        return out;
    }
}
