/** Builds the JGraphT graph of actors and typed links from a dataset, and answers questions about it. */
package app.parley.graph;
