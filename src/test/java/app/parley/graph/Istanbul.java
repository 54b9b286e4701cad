package app.parley.graph;

import app.parley.io.DatasetReader;

/** The bundled Istanbul talks graph, built once for all tests. */
final class Istanbul {

    static final ActorGraph GRAPH = ActorGraph.of(DatasetReader.istanbul());

    private Istanbul() {
    }
}
