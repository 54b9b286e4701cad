package app.parley.ui;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Where the main window opens: at the size it had when it was last closed if that still fits the screen, otherwise
 * filling the screen's usable area (the screen less task bars and docks); the size is remembered on closing.
 */
public final class WindowPlacement {

    /** Remembers the window's size between runs. */
    public interface SizeStore {

        /** The size last saved, if any. */
        Optional<Rectangle2D> load();

        /** Saves a size. */
        void save(Rectangle2D size);
    }

    /** The smallest window Parley opens at or may be made. */
    static final double MIN_WIDTH = 800;
    static final double MIN_HEIGHT = 560;

    /** The least usable screen height at which the legend opens unfolded under the map. */
    public static final double ROOMY_HEIGHT = 1000;

    private final SizeStore store;

    /** A placement that remembers sizes in {@code store}. */
    public WindowPlacement(SizeStore store) {
        this.store = store;
    }

    /** A placement remembering sizes in the user's preferences. */
    public static WindowPlacement inUserPreferences() {
        return new WindowPlacement(new PreferencesStore(Preferences.userNodeForPackage(WindowPlacement.class)));
    }

    /** The size and place the window opens at on a screen whose usable area is {@code usable}. */
    public Rectangle2D initial(Rectangle2D usable) {
        Optional<Rectangle2D> saved = store.load().filter(size -> size.getWidth() >= MIN_WIDTH
                && size.getHeight() >= MIN_HEIGHT && size.getWidth() <= usable.getWidth()
                && size.getHeight() <= usable.getHeight());
        if (saved.isEmpty()) {
            return usable;
        }
        double width = saved.get().getWidth();
        double height = saved.get().getHeight();
        return new Rectangle2D(usable.getMinX() + (usable.getWidth() - width) / 2,
                usable.getMinY() + (usable.getHeight() - height) / 2, width, height);
    }

    /** Sizes and places {@code stage} for a screen whose usable area is {@code usable}, and saves its size on closing. */
    public void apply(Stage stage, Rectangle2D usable) {
        Rectangle2D place = initial(usable);
        stage.setX(place.getMinX());
        stage.setY(place.getMinY());
        stage.setWidth(place.getWidth());
        stage.setHeight(place.getHeight());
        stage.setMinWidth(Math.min(MIN_WIDTH, usable.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, usable.getHeight()));
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> {
            if (!stage.isMaximized() && !stage.isFullScreen()) {
                store.save(new Rectangle2D(0, 0, stage.getWidth(), stage.getHeight()));
            }
        });
    }

    /** Sizes kept in {@link Preferences}; a store that cannot be written is ignored (the size is a convenience). */
    private record PreferencesStore(Preferences node) implements SizeStore {

        private static final String WIDTH = "windowWidth";
        private static final String HEIGHT = "windowHeight";

        @Override
        public Optional<Rectangle2D> load() {
            double width = node.getDouble(WIDTH, 0);
            double height = node.getDouble(HEIGHT, 0);
            return width > 0 && height > 0 ? Optional.of(new Rectangle2D(0, 0, width, height)) : Optional.empty();
        }

        @Override
        public void save(Rectangle2D size) {
            node.putDouble(WIDTH, size.getWidth());
            node.putDouble(HEIGHT, size.getHeight());
            try {
                node.flush();
            } catch (BackingStoreException e) {
                System.getLogger(WindowPlacement.class.getName()).log(System.Logger.Level.DEBUG,
                        "Could not remember the window size", e);
            }
        }
    }
}
