/** Seeded synthetic datasets of any size, with names, sides, sourced relations and quotes, for tests and benchmarks. */
package app.parley.io.synthetic;
