/** Command-line commands that reuse the model, io, graph, layout and render packages without a window. */
package app.parley.cli;
