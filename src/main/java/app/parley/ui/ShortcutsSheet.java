package app.parley.ui;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** Help › Keyboard shortcuts (F1): every key the window answers to, in one sheet. */
public final class ShortcutsSheet {

    /** Style class of the sheet's content. */
    public static final String STYLE_CLASS = "shortcuts-sheet";

    /** A key and what it does. */
    record Shortcut(String keys, String action) {
    }

    /**
     * The sheet's width: wider than the theme's dialogs (at most 600 pixels, set in its style sheet, hence the inline
     * style), so that most actions take one line on a 1024-wide screen.
     */
    private static final double SHEET_WIDTH = 780;

    /** The shortcuts listed, in the order shown. */
    static final List<Shortcut> SHORTCUTS = List.of(
            new Shortcut("Tab / Shift+Tab", "Move between the tool bar, the map and the side panel"),
            new Shortcut("← ↑ → ↓", "On the map: select the nearest actor in that direction"),
            new Shortcut("Shift + arrows", "On the map: pan"),
            new Shortcut("Enter", "On the map: open the selected actor's card; in a name field: take the best match "
                    + "(in a form, again: add or save; in the path's To field: find the path)"),
            new Shortcut("+  /  −", "On the map: zoom in / out (Ctrl+= / Ctrl+- anywhere)"),
            new Shortcut("0", "On the map: fit the whole map (Ctrl+0 anywhere)"),
            new Shortcut("Esc", "Clear one step at a time: highlight, selection, focus, filters"),
            new Shortcut("Ctrl+F", "Find an actor by name or alias"),
            new Shortcut("A / Q / L / R", "In the article, with words selected: new actor, quote by…, evidence for a "
                    + "new link, evidence for a new role"),
            new Shortcut("Ctrl+Shift+A / Q / L / R", "Anywhere, with words selected in the article: the same"),
            new Shortcut("Delete", "On the map: delete the picked cards, or the selected actor or link (asks first)"),
            new Shortcut("Ctrl+Z / Ctrl+Shift+Z", "Undo, redo the last change (Ctrl+Y redoes too)"),
            new Shortcut("Ctrl+N / Ctrl+O", "New map, open a map"),
            new Shortcut("Ctrl+S / Ctrl+Shift+S", "Save, save as"),
            new Shortcut("Ctrl+E / Ctrl+Shift+C", "Export the map, copy a picture of it"),
            new Shortcut("Ctrl+1 / 2 / 3", "Negotiating table, force-directed, circle layout"),
            new Shortcut("F5", "Present the story (arrows, Page Up/Down, Space; Esc leaves)"),
            new Shortcut("F1", "This sheet"));

    private ShortcutsSheet() {
    }

    /**
     * The sheet's content: keys on the left, each in full, and what they do on the right, wrapped onto more lines
     * where the sheet is too narrow.
     */
    static GridPane content() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(STYLE_CLASS);
        grid.setHgap(16);
        grid.setVgap(5);
        ColumnConstraints keysColumn = new ColumnConstraints();
        keysColumn.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints actionsColumn = new ColumnConstraints();
        actionsColumn.setHgrow(Priority.ALWAYS);
        actionsColumn.setFillWidth(true);
        grid.getColumnConstraints().setAll(keysColumn, actionsColumn);
        int row = 0;
        for (Shortcut shortcut : SHORTCUTS) {
            Label keys = new Label(shortcut.keys());
            keys.getStyleClass().add("shortcut-key");
            keys.setMinWidth(Region.USE_PREF_SIZE);
            Label action = new Label(shortcut.action());
            action.setWrapText(true);
            action.setMinHeight(Region.USE_PREF_SIZE);
            action.setMaxWidth(Double.MAX_VALUE);
            grid.addRow(row++, keys, action);
            GridPane.setValignment(keys, VPos.TOP);
        }
        return grid;
    }

    /** Shows the sheet over {@code owner}. */
    public static Alert show(Window owner) {
        Alert sheet = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        sheet.initOwner(owner);
        DialogButtons.sizeToLabels(sheet.getDialogPane());
        sheet.setTitle("Keyboard shortcuts");
        sheet.setHeaderText("Keyboard shortcuts");
        sheet.getDialogPane().setContent(content());
        sheet.getDialogPane().setPrefWidth(SHEET_WIDTH);
        sheet.getDialogPane().setStyle("-fx-max-width: " + SHEET_WIDTH + "px;");
        sheet.show();
        return sheet;
    }
}
