package app.parley.ui;

import app.parley.session.Article;
import app.parley.session.ArticleText;
import app.parley.session.EditRefused;
import java.io.File;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks for an article in one dialog: its text (opened from a .txt file or pasted, kept verbatim), title, publisher,
 * date and URL. Used by File › New from article… and File › Add article….
 */
public final class NewMapDialog extends Dialog<Article> {

    private final TextArea text = new TextArea();
    private final TextField title = new TextField();
    private final TextField publisher = new TextField();
    private final TextField date = new TextField();
    private final TextField url = new TextField();
    private final Label problem = new Label();
    private final CheckBox suggest = new CheckBox("Suggest actors, quotes and links");

    /**
     * A dialog owned by {@code owner}.
     *
     * @param heading what the dialog does ("New map from an article")
     * @param action  the label of the button that accepts ("Create map")
     */
    public NewMapDialog(Window owner, String heading, String action) {
        this(owner, heading, action, false);
    }

    /**
     * A dialog owned by {@code owner}, optionally offering to run the article assistant on the text (on by default).
     *
     * @param heading          what the dialog does ("New map from an article")
     * @param action           the label of the button that accepts ("Create map")
     * @param offerSuggestions whether to show "Suggest actors, quotes and links"
     */
    public NewMapDialog(Window owner, String heading, String action, boolean offerSuggestions) {
        initOwner(owner);
        suggest.setSelected(true);
        suggest.setVisible(offerSuggestions);
        suggest.setManaged(offerSuggestions);
        setTitle(heading);
        setHeaderText(heading + ": open a .txt file or paste the text. Parley keeps it exactly as it is, so every "
                + "quote and link can point at its words.");
        setResizable(true);
        ButtonType accept = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(accept, ButtonType.CANCEL);
        DialogButtons.sizeToLabels(getDialogPane());
        getDialogPane().setContent(form());
        getDialogPane().setPrefWidth(640);
        Node acceptButton = getDialogPane().lookupButton(accept);
        acceptButton.disableProperty().bind(Bindings.createBooleanBinding(() -> text.getText().isBlank()
                || title.getText().isBlank() || !dateValid(), text.textProperty(), title.textProperty(),
                date.textProperty()));
        setResultConverter(button -> button == accept ? article() : null);
    }

    private GridPane form() {
        Button openFile = new Button("Open .txt file…");
        openFile.setOnAction(e -> chooseFile());
        text.setPromptText("Paste the article here, or open a .txt file.");
        text.setWrapText(true);
        text.setPrefRowCount(12);
        title.setPromptText("Headline or a short description");
        publisher.setPromptText("e.g. AFP");
        date.setPromptText("YYYY-MM-DD");
        url.setPromptText("https://…");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        date.textProperty().addListener((o, was, now) -> problem.setText(dateValid() ? ""
                : "Write the date as YYYY-MM-DD, for example 2025-05-16."));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label("Text"), openFile);
        grid.add(text, 0, 1, 2, 1);
        grid.addRow(2, new Label("Title"), title);
        grid.addRow(3, new Label("Publisher"), publisher);
        grid.addRow(4, new Label("Date"), date);
        grid.addRow(5, new Label("URL"), url);
        grid.add(suggest, 0, 6, 2, 1);
        grid.add(problem, 0, 7, 2, 1);
        GridPane.setHgrow(title, Priority.ALWAYS);
        GridPane.setVgrow(text, Priority.ALWAYS);
        return grid;
    }

    /** Whether the user asked for the assistant's suggestions once the map opens. */
    public boolean suggestionsChosen() {
        return suggest.isVisible() && suggest.isSelected();
    }

    /** The text area (for tests). */
    TextArea textArea() {
        return text;
    }

    /** The title field (for tests). */
    TextField titleField() {
        return title;
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open article");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Text files (*.txt)", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(getOwner());
        if (file == null) {
            return;
        }
        try {
            text.setText(ArticleText.read(file.toPath()));
            problem.setText("");
            if (title.getText().isBlank()) {
                title.setText(firstLine(text.getText()));
            }
        } catch (EditRefused refused) {
            problem.setText(refused.getMessage());
        }
    }

    /** The first line of the text, as a title to start from. */
    static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("").strip();
        return line.length() <= 120 ? line : line.substring(0, 119) + "…";
    }

    private boolean dateValid() {
        return date.getText().isBlank() || parseDate() != null;
    }

    private LocalDate parseDate() {
        try {
            return LocalDate.parse(date.getText().strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Article article() {
        return new Article(title.getText().strip(), publisher.getText(), date.getText().isBlank() ? null : parseDate(),
                url.getText(), text.getText());
    }
}
