package app.parley.io.interop;

import app.parley.io.LoadResult;
import java.util.List;
import java.util.Map;

/**
 * What opening a file gave: the dataset and its problems, the positions the file drew its actors at (by actor id;
 * empty when it had none), and one line per kind of thing that could not be brought over.
 *
 * @param result    the dataset, if usable, and every problem
 * @param positions where the file placed each actor, for the caller to pin
 * @param unmapped  what was left out or guessed, one line each
 */
public record Opened(LoadResult result, Map<String, Point> positions, List<String> unmapped) {

    /** Freezes the map and the list. */
    public Opened {
        positions = Map.copyOf(positions);
        unmapped = List.copyOf(unmapped);
    }

    /** A Parley dataset read as is: no positions, nothing unmapped. */
    public static Opened of(LoadResult result) {
        return new Opened(result, Map.of(), List.of());
    }
}
