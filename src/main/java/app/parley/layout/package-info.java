/** Positions for the vertices of a graph (force-directed, circle, negotiation table), pure Java and reproducible with a seed. */
package app.parley.layout;
