package app.parley.ui;

import app.parley.session.MapSession;
import app.parley.session.SessionListener;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The Edit menu: Undo and Redo named after what they take back or make again ("Undo Delete Hakan Fidan"), with
 * Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y.
 */
final class EditMenu {

    private static final KeyCombination REDO_ALSO = KeyCombination.keyCombination("Shortcut+Y");

    private final MainViewModel model;
    private final MenuItem undo = new MenuItem("Undo");
    private final MenuItem redo = new MenuItem("Redo");
    private final Menu menu;
    private final SessionListener listener = e -> update();

    EditMenu(MainViewModel model) {
        this.model = model;
        undo.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        undo.setOnAction(e -> model.undo());
        redo.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+Z"));
        redo.setOnAction(e -> model.redo());
        menu = new Menu("_Edit", null, undo, redo);
        model.session().addListener(listener);
        update();
    }

    /** The menu. */
    Menu menu() {
        return menu;
    }

    /** The Undo item. */
    MenuItem undoItem() {
        return undo;
    }

    /** The Redo item. */
    MenuItem redoItem() {
        return redo;
    }

    /** Adds Ctrl+Y for Redo to {@code scene} (a menu item has room for one shortcut). */
    void addShortcuts(Scene scene) {
        scene.getAccelerators().put(REDO_ALSO, model::redo);
    }

    /** Stops listening to the session. */
    void dispose() {
        model.session().removeListener(listener);
    }

    private void update() {
        MapSession session = model.session();
        undo.setText(session.undoLabel().map(label -> "Undo " + label).orElse("Undo"));
        undo.setDisable(!session.canUndo());
        redo.setText(session.redoLabel().map(label -> "Redo " + label).orElse("Redo"));
        redo.setDisable(!session.canRedo());
    }
}
