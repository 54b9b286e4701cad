package app.parley.ui;

import java.util.function.BiFunction;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Shows a context menu on a right-button press (whatever the platform reports as its trigger) or the keyboard's menu
 * key, once: the menu can depend on where the pointer is.
 */
final class PopupMenus {

    private PopupMenus() {
    }

    /**
     * Installs on {@code node} the menu that {@code menuAt} makes for a point in the node (or {@code null} for none).
     */
    static void install(Node node, BiFunction<Double, Double, ContextMenu> menuAt) {
        ContextMenu[] open = new ContextMenu[1];
        node.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
            if (event.getButton() == MouseButton.SECONDARY) {
                show(node, menuAt.apply(event.getX(), event.getY()), event.getScreenX(), event.getScreenY(), open);
                event.consume();
            }
        });
        node.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, event -> {
            if (open[0] == null || !open[0].isShowing()) {
                show(node, menuAt.apply(event.getX(), event.getY()), event.getScreenX(), event.getScreenY(), open);
            }
            event.consume();
        });
    }

    private static void show(Node node, ContextMenu menu, double screenX, double screenY, ContextMenu[] open) {
        if (open[0] != null) {
            open[0].hide();
        }
        open[0] = menu;
        if (menu != null) {
            menu.show(node, screenX, screenY);
        }
    }
}
