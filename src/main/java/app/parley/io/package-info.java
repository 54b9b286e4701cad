/** Reads, validates and writes dataset files, reporting every problem with where and what. */
package app.parley.io;
