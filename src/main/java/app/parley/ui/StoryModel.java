package app.parley.ui;

import app.parley.model.Dataset;
import app.parley.model.Story;
import app.parley.model.StoryStep;
import app.parley.render.fx.PictureExport;
import app.parley.render.fx.StorySlides;
import app.parley.render.raster.PngOptions;
import app.parley.render.scene.Theme;
import app.parley.render.story.StoryDeck;
import app.parley.session.AddStep;
import app.parley.session.Aspect;
import app.parley.session.DeleteStep;
import app.parley.session.MoveStep;
import app.parley.session.RenameStep;
import app.parley.session.SessionEvent;
import app.parley.session.SessionListener;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The story of the open map as the Story tab edits it: its steps, commands to add, reorder, delete and re-caption
 * them, and the work that uses it (saving the dataset with it, preparing a presentation, writing slides). Loads the
 * story of every newly opened dataset.
 */
public final class StoryModel {

    /** The size slides are written at from the window. */
    public static final int SLIDE_WIDTH = 1920;
    /** The height slides are written at from the window. */
    public static final int SLIDE_HEIGHT = 1080;

    private final MainViewModel model;
    private final ObservableList<StoryStep> steps = FXCollections.observableArrayList();
    private final ObservableList<StoryStep> stepsView = FXCollections.unmodifiableObservableList(steps);
    private final SessionListener storyChanged = this::reload;

    /** The story of {@code model}'s open map. */
    public StoryModel(MainViewModel model) {
        this.model = model;
        model.session().addListener(storyChanged);
        steps.setAll(model.session().dataset().story().steps());
    }

    /** Stops listening to the session. */
    public void dispose() {
        model.session().removeListener(storyChanged);
    }

    private void reload(SessionEvent event) {
        if (event.aspects().contains(Aspect.STORY) && !steps.equals(event.dataset().story().steps())) {
            changeInPlace(event.dataset().story().steps());
        }
    }

    /** Changes only the steps that differ, so the list keeps its selection through a rename or a move. */
    private void changeInPlace(List<StoryStep> next) {
        int common = Math.min(steps.size(), next.size());
        int head = 0;
        while (head < common && steps.get(head).equals(next.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < common - head && steps.get(steps.size() - 1 - tail).equals(next.get(next.size() - 1 - tail))) {
            tail++;
        }
        if (steps.size() == next.size()) {
            for (int i = head; i < steps.size() - tail; i++) {
                steps.set(i, next.get(i));
            }
        } else {
            steps.remove(head, steps.size() - tail);
            steps.addAll(head, next.subList(head, next.size() - tail));
        }
    }

    /** The steps, in order. */
    public ObservableList<StoryStep> steps() {
        return stepsView;
    }

    /** The story as edited now. */
    public Story story() {
        return model.session().dataset().story();
    }

    /** The open dataset with the story as edited now, or {@code null} before a map is open. */
    public Dataset dataset() {
        return model.mapProperty().get() == null ? null : model.session().dataset();
    }

    /** Appends a step (one undoable edit). */
    public void add(StoryStep step) {
        model.edit(new AddStep(step));
    }

    /** A step id not used yet: {@code step-N} with the smallest free N from the step count up. */
    public String freeId() {
        return AddStep.freeId(steps);
    }

    /** Moves the step at {@code index} one place earlier; returns its new index. */
    public int moveUp(int index) {
        if (index <= 0 || index >= steps.size()) {
            return index;
        }
        return model.edit(new MoveStep(index, index - 1)).isPresent() ? index - 1 : index;
    }

    /** Moves the step at {@code index} one place later; returns its new index. */
    public int moveDown(int index) {
        if (index < 0 || index >= steps.size() - 1) {
            return index;
        }
        return model.edit(new MoveStep(index, index + 1)).isPresent() ? index + 1 : index;
    }

    /** Deletes the step at {@code index}. */
    public void delete(int index) {
        if (index >= 0 && index < steps.size()) {
            model.edit(new DeleteStep(index));
        }
    }

    /** Changes the caption of the step at {@code index}; a blank caption is refused with a message. */
    public void setCaption(int index, String caption) {
        model.edit(new RenameStep(index, caption));
    }

    /** Saves the dataset with its story to {@code file}, atomically, off the JavaFX thread. */
    public void save(Path file) {
        if (dataset() != null) {
            model.saver().save(file);
        }
    }

    /** The theme a presentation of a map shown in {@code workTheme} uses: dark stays dark, else high contrast. */
    public static Theme presentationTheme(Theme workTheme) {
        return workTheme.dark() ? Theme.DARK : Theme.HIGH_CONTRAST;
    }

    /** Prepares the presentation deck off the JavaFX thread and hands it to {@code ready}. */
    public void prepareDeck(Consumer<StoryDeck> ready) {
        Dataset dataset = dataset();
        if (dataset == null) {
            return;
        }
        Theme theme = presentationTheme(model.themeProperty().get());
        var layout = model.layoutProperty().get();
        model.work().start("Preparing the presentation", monitor -> StoryDeck.prepare(dataset, theme, model.measurer(),
                layout, MainViewModel.LAYOUT_SEED), deck -> {
                    model.work().say("Presenting: " + deck.size() + (deck.size() == 1 ? " step" : " steps")
                            + ". Arrows or Page Up/Down move, Esc leaves.");
                    ready.accept(deck);
                }, model.work()::say);
    }

    /**
     * Writes one PNG slide per step into {@code folder}, off the JavaFX thread with progress; returns whether it
     * started (not without a map).
     */
    public boolean exportSlides(Path folder) {
        Dataset dataset = dataset();
        if (dataset == null) {
            return false;
        }
        Theme theme = presentationTheme(model.themeProperty().get());
        var layout = model.layoutProperty().get();
        PngOptions options = PngOptions.ofDpi(PngOptions.SCREEN_DPI).withText("Title", dataset.title())
                .withText("Software", PictureExport.software());
        model.work().start("Exporting story slides", monitor -> {
            monitor.message("Laying out the presentation");
            StoryDeck deck = StoryDeck.prepare(dataset, theme, model.measurer(), layout, MainViewModel.LAYOUT_SEED);
            monitor.message("Writing " + deck.size() + " slides");
            return new StorySlides(deck).write(folder, SLIDE_WIDTH, SLIDE_HEIGHT, options, monitor.forExport());
        }, files -> model.work().say("Wrote " + files.size() + " slides to " + folder + "."), model.work()::say);
        return true;
    }
}
