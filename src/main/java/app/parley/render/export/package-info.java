/** Pictures for export: framing, sizes for screen and print, source notes, and the SVG surface and document. */
package app.parley.render.export;
