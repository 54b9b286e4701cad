package app.parley.ui;

import app.parley.render.story.StoryDeck;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Parent;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * Switches the window into presentation mode and back: full screen without an exit hint, the menus, tool bar and side
 * panel replaced by a {@link PresentationView}; Escape restores the window as it was.
 */
public final class PresentationMode {

    private final Stage stage;
    private final StoryModel story;
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting");
    private Parent workRoot;
    private boolean wasFullScreen;
    private javafx.geometry.Rectangle2D workBounds;
    private PresentationView view;

    /** Presentation mode for the window in {@code stage}, presenting {@code story}. */
    public PresentationMode(Stage stage, StoryModel story) {
        this.stage = stage;
        this.story = story;
    }

    /** Whether a presentation is showing. */
    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    /** The view shown while presenting, or {@code null}. */
    public PresentationView view() {
        return view;
    }

    /** Prepares the story (the whole map if there is none) and presents it from step {@code start} (0-based). */
    public void start(int start) {
        if (presenting.get()) {
            return;
        }
        story.prepareDeck(deck -> enter(deck, start));
    }

    private void enter(StoryDeck deck, int start) {
        if (presenting.get() || stage.getScene() == null) {
            return;
        }
        workRoot = stage.getScene().getRoot();
        wasFullScreen = stage.isFullScreen();
        workBounds = new javafx.geometry.Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        view = new PresentationView(deck, start, this::leave);
        stage.getScene().setRoot(view);
        coverScreen();
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreen(true);
        presenting.set(true);
        view.requestFocus();
    }

    /** Sizes the window to its screen as well, for window systems that do not resize full-screen windows. */
    private void coverScreen() {
        var screens = javafx.stage.Screen.getScreensForRectangle(workBounds);
        var bounds = (screens.isEmpty() ? javafx.stage.Screen.getPrimary() : screens.get(0)).getBounds();
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
    }

    /** Leaves presentation mode, back to the window as it was. */
    public void leave() {
        if (!presenting.get()) {
            return;
        }
        stage.setFullScreen(wasFullScreen);
        if (!wasFullScreen) {
            stage.setX(workBounds.getMinX());
            stage.setY(workBounds.getMinY());
            stage.setWidth(workBounds.getWidth());
            stage.setHeight(workBounds.getHeight());
        }
        stage.getScene().setRoot(workRoot);
        view = null;
        presenting.set(false);
        workRoot.requestFocus();
    }
}
