/** Writes the actor graph as data for other tools: GraphML, GEXF, Graphviz DOT and CSV tables, atomically. */
package app.parley.graph.export;
