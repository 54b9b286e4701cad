/** JavaFX side of rendering: the canvas surface, bundled fonts, text measuring, the toolkit starter and tiled PNG export. */
package app.parley.render.fx;
