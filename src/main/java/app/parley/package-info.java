/** Parley: maps who sits at the negotiating table, with every quote and relation sourced to its sentence. */
package app.parley;
