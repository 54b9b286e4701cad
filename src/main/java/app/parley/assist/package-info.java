/** Reads a news article and suggests actors, roles, attributed quotes and relations, and accepts them into a map. */
package app.parley.assist;
