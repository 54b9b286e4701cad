package app.parley.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TitledPane;
import javafx.scene.text.Text;

/** Finds the labels, buttons and other labelled controls that show their text cut short with an ellipsis. */
final class ClippedTexts {

    private ClippedTexts() {
    }

    /** The texts of the visible labelled controls under {@code root} whose skin shows less than the whole text. */
    static List<String> under(Node root) {
        List<String> clipped = new ArrayList<>();
        collect(root, clipped);
        return clipped;
    }

    private static void collect(Node node, List<String> clipped) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && isClipped(labeled)) {
            clipped.add(labeled.getText());
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, clipped);
            }
        }
    }

    private static boolean isClipped(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isEmpty()) {
            return false;
        }
        String wanted = labeled.isMnemonicParsing() ? text.replace("_", "") : text;
        if (labeled instanceof TitledPane titled) {
            Node title = titled.lookup(".title > .text");
            return title instanceof Text shown && !shown.getText().equals(wanted);
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && shown.isVisible()) {
                return !shown.getText().equals(wanted);
            }
        }
        return false;
    }
}
