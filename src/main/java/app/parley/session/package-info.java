/** The open map and every change to it as an undoable command, and the services window and command line share. */
package app.parley.session;
