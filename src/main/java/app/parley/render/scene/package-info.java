/** What to draw: cards, links and labels measured and placed in world coordinates, with the theme and view state they are styled by. */
package app.parley.render.scene;
