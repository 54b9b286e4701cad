package app.parley.ui;

import app.parley.session.MapFiles;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/** File › Save and Save as…: to the map's file, or to one the user chooses; the outcome comes back to a callback. */
final class SaveActions {

    private final MainViewModel model;
    private final Stage stage;

    SaveActions(MainViewModel model, Stage stage) {
        this.model = model;
        this.stage = stage;
    }

    /** Saves to the map's file, or asks for one when it has none; {@code done} learns whether it was saved. */
    void save(Consumer<Boolean> done) {
        if (model.mapProperty().get() == null) {
            done.accept(false);
            return;
        }
        model.session().file().ifPresentOrElse(file -> model.saver().save(file, done), () -> saveAs(done));
    }

    /** Asks where to save, then saves there; {@code done} learns whether it was saved (not when the user cancels). */
    void saveAs(Consumer<Boolean> done) {
        if (model.mapProperty().get() == null) {
            done.accept(false);
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save map");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Parley maps (*.json)", "*.json"));
        Path current = model.session().file().orElse(null);
        chooser.setInitialFileName(current != null ? current.getFileName().toString()
                : suggestedName(model.session().dataset().title()) + ".json");
        if (current != null && current.toAbsolutePath().getParent() != null
                && current.toAbsolutePath().getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            done.accept(false);
            return;
        }
        model.saver().save(MapFiles.withJsonExtension(file.toPath()), done);
    }

    /** A file name made from a map's title: letters and digits joined by hyphens, lower case. */
    static String suggestedName(String title) {
        String name = title.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "")
                .toLowerCase(Locale.ROOT);
        return name.isEmpty() ? "map" : name;
    }
}
