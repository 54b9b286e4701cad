package app.parley.io;

import app.parley.model.Dataset;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The JSON pointer of every element of a dataset, so that problems found in the model can be placed in the file.
 *
 * @param sources   pointer of each source, in dataset order
 * @param actors    pointer of each actor
 * @param roles     pointer of each role
 * @param relations pointer of each relation
 * @param quotes    pointer of each quote
 * @param steps     pointer of each story step
 */
public record ElementPointers(List<String> sources, List<String> actors, List<String> roles,
                              List<String> relations, List<String> quotes, List<String> steps) {

    /** Freezes the lists. */
    public ElementPointers {
        sources = List.copyOf(sources);
        actors = List.copyOf(actors);
        roles = List.copyOf(roles);
        relations = List.copyOf(relations);
        quotes = List.copyOf(quotes);
        steps = List.copyOf(steps);
    }

    /** Pointers for a dataset whose lists are written to the file in order, with nothing left out. */
    public static ElementPointers inOrder(Dataset dataset) {
        return new ElementPointers(indexed("sources", dataset.sources().size()),
                indexed("actors", dataset.actors().size()), indexed("roles", dataset.roles().size()),
                indexed("relations", dataset.relations().size()), indexed("quotes", dataset.quotes().size()),
                indexed("story", dataset.story().size()));
    }

    private static List<String> indexed(String list, int size) {
        return IntStream.range(0, size).mapToObj(i -> "/" + list + "/" + i).toList();
    }
}
