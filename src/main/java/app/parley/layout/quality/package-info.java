/** Measures of how well a drawing shows its graph: neighbourhood preservation, stress, edge-length spread, crossings. */
package app.parley.layout.quality;
