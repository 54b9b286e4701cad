/** Presentation slides: a story's steps drawn with a fixed layout, a title bar and large quote cards. */
package app.parley.render.story;
