/** The one painter: draws a scene onto any surface (screen, PNG tile, SVG), with overlays such as the legend and caption. */
package app.parley.render.paint;
