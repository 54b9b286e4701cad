package app.parley.ui;

import app.parley.session.RecentMaps;
import app.parley.session.SessionEvent;
import app.parley.session.SessionListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/**
 * File › Open Recent: the last {@value RecentMaps#LIMIT} maps opened or saved, newest first; a map whose file is gone
 * is shown greyed out as missing.
 */
final class RecentMenu implements SessionListener {

    private final RecentMaps recent;
    private final Consumer<Path> open;
    private final Menu menu = new Menu("Open Recent");

    RecentMenu(RecentMaps recent, Consumer<Path> open) {
        this.recent = recent;
        this.open = open;
        menu.setOnShowing(e -> fill(recent.list()));
        fill(recent.list());
    }

    /** The menu. */
    Menu menu() {
        return menu;
    }

    @Override
    public void sessionChanged(SessionEvent event) {
        boolean opened = event.kind() == SessionEvent.Kind.OPENED && !event.dirty();
        if ((opened || event.kind() == SessionEvent.Kind.SAVED) && event.file() != null) {
            fill(recent.add(event.file()));
        }
    }

    private void fill(List<Path> maps) {
        menu.getItems().clear();
        for (Path map : maps) {
            boolean missing = !Files.isRegularFile(map);
            MenuItem item = new MenuItem(map.getFileName() + "  —  " + map.getParent() + (missing ? "  (missing)" : ""));
            item.setMnemonicParsing(false);
            item.setDisable(missing);
            item.setOnAction(e -> open.accept(map));
            menu.getItems().add(item);
        }
        if (maps.isEmpty()) {
            MenuItem none = new MenuItem("No recent maps");
            none.setDisable(true);
            menu.getItems().add(none);
        }
    }
}
