/** Turns a laid-out graph into a scene of styled shapes and labels, and paints it onto any surface: screen, PNG or SVG. */
package app.parley.render;
