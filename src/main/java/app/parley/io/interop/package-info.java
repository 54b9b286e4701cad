/** Opens other tools' graph files (GraphML, GEXF, Cytoscape JSON, CSV tables) as datasets, reporting what does not map. */
package app.parley.io.interop;
