/** Immutable records that describe actors, their roles, relations and quotes, and the sources they rest on. */
package app.parley.model;
