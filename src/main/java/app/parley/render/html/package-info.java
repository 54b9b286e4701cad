/** The map as one self-contained web page: the painter's SVG, the map's data as JSON, and our own script. */
package app.parley.render.html;
