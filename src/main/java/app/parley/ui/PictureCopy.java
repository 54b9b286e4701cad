package app.parley.ui;

import app.parley.render.export.ExportFrame;
import app.parley.render.fx.PictureImages;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * Copies the map as the window shows it to the clipboard, as the picture Export makes of the current view (twice the
 * view's size, on white, with the title, legend and source caption), to paste into a document or a slide.
 */
final class PictureCopy {

    /** What is copied: the export's defaults, of the current view. */
    static final ExportSettings SETTINGS = new ExportSettings(ExportSettings.DEFAULT.format(),
            ExportFrame.Area.CURRENT_VIEW, ExportSettings.DEFAULT.size(), ExportSettings.DEFAULT.background(),
            true, true, true, "", false);

    private PictureCopy() {
    }

    /**
     * Puts the picture of {@code export} on {@code clipboard}, replacing what it held, and says what was copied, or
     * why nothing could be.
     */
    static String copy(MapExport export, Clipboard clipboard) {
        Image image;
        try {
            image = PictureImages.of(export.figure(SETTINGS).composition());
        } catch (IllegalArgumentException e) {
            return "Cannot copy the picture: " + e.getMessage();
        }
        ClipboardContent content = new ClipboardContent();
        content.putImage(image);
        clipboard.setContent(content);
        return "Copied a picture of the map as shown (" + (int) image.getWidth() + " × " + (int) image.getHeight()
                + " px, with legend and source): paste it into a document or a slide.";
    }
}
