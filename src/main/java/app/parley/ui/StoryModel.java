package app.parley.ui;

import app.parley.io.DatasetWriter;
import app.parley.model.Dataset;
import app.parley.model.Story;
import app.parley.model.StoryStep;
import app.parley.render.PngOptions;
import app.parley.render.StoryDeck;
import app.parley.render.Theme;
import app.parley.render.fx.PictureExport;
import app.parley.render.fx.StorySlides;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
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
    private final InvalidationListener mapChanged = o -> loadIfNewDataset();
    private Dataset loaded;

    /** The story of {@code model}'s open map. */
    public StoryModel(MainViewModel model) {
        this.model = model;
        model.mapProperty().addListener(mapChanged);
        loadIfNewDataset();
    }

    /** Stops listening to the view model. */
    public void dispose() {
        model.mapProperty().removeListener(mapChanged);
    }

    private void loadIfNewDataset() {
        OpenMap map = model.mapProperty().get();
        Dataset dataset = map == null ? null : map.dataset();
        if (dataset != loaded) {
            loaded = dataset;
            steps.setAll(dataset == null ? List.of() : dataset.story().steps());
        }
    }

    /** The steps, in order. */
    public ObservableList<StoryStep> steps() {
        return stepsView;
    }

    /** The story as edited now. */
    public Story story() {
        return new Story(steps);
    }

    /** The open dataset with the story as edited now, or {@code null} before a map is open. */
    public Dataset dataset() {
        OpenMap map = model.mapProperty().get();
        return map == null ? null : map.dataset().withStory(story());
    }

    /** Appends a step. */
    public void add(StoryStep step) {
        steps.add(step);
    }

    /** A step id not used yet: {@code step-N} with the smallest free N from the step count up. */
    public String freeId() {
        int n = steps.size() + 1;
        while (true) {
            String id = "step-" + n;
            if (steps.stream().noneMatch(s -> s.id().equals(id))) {
                return id;
            }
            n++;
        }
    }

    /** Moves the step at {@code index} one place earlier; returns its new index. */
    public int moveUp(int index) {
        if (index <= 0 || index >= steps.size()) {
            return index;
        }
        StoryStep step = steps.remove(index);
        steps.add(index - 1, step);
        return index - 1;
    }

    /** Moves the step at {@code index} one place later; returns its new index. */
    public int moveDown(int index) {
        if (index < 0 || index >= steps.size() - 1) {
            return index;
        }
        StoryStep step = steps.remove(index);
        steps.add(index + 1, step);
        return index + 1;
    }

    /** Deletes the step at {@code index}. */
    public void delete(int index) {
        if (index >= 0 && index < steps.size()) {
            steps.remove(index);
        }
    }

    /** Changes the caption of the step at {@code index}; blank captions are refused. */
    public void setCaption(int index, String caption) {
        if (index < 0 || index >= steps.size()) {
            throw new IllegalArgumentException("No step " + (index + 1));
        }
        if (caption == null || caption.isBlank()) {
            throw new IllegalArgumentException("A caption must not be empty");
        }
        steps.set(index, steps.get(index).withCaption(caption.strip()));
    }

    /** Saves the dataset with its story to {@code file}, atomically, off the JavaFX thread. */
    public void save(Path file) {
        Dataset dataset = dataset();
        if (dataset == null) {
            return;
        }
        model.work().start("Saving " + file.getFileName(), monitor -> {
            new DatasetWriter().save(dataset, file);
            return file;
        }, saved -> {
            model.markSaved(saved);
            model.work().say("Saved " + saved + " (" + dataset.story().size() + " story steps).");
        }, model.work()::say);
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
