/** The JavaFX window: views bind to view models and delegate every command to them. */
package app.parley.ui;
