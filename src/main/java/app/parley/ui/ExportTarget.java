package app.parley.ui;

import app.parley.render.export.ExportFormat;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks where an export goes: a file with the format's extension, or a folder for CSV tables. */
final class ExportTarget {

    private ExportTarget() {
    }

    /**
     * Shows a save dialog (a folder chooser for CSV) and returns the path picked, with the format's extension added
     * when the name lacks it.
     *
     * @param owner    the window the dialog belongs to
     * @param format   what is being exported
     * @param baseName the suggested file name without extension
     * @param folder   the folder to start in, or {@code null}
     */
    static Optional<Path> choose(Window owner, ExportFormat format, String baseName, File folder) {
        if (format == ExportFormat.CSV) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Export CSV tables into a folder");
            if (folder != null) {
                chooser.setInitialDirectory(folder);
            }
            return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + format.label());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.label() + " (*." + format.id() + ")",
                "*." + format.id()));
        chooser.setInitialFileName(baseName + "." + format.id());
        if (folder != null) {
            chooser.setInitialDirectory(folder);
        }
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(f -> withExtension(f.toPath(), format));
    }

    /** {@code path}, with the format's extension added unless it already ends with it. */
    static Path withExtension(Path path, ExportFormat format) {
        String name = path.getFileName().toString();
        return ExportFormat.ofFileName(name).filter(f -> f == format).isPresent() ? path
                : path.resolveSibling(name + "." + format.id());
    }
}
