package app.parley.ui;

import app.parley.model.Source;
import app.parley.session.DeleteSource;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The head of the Article view: the article's title and citation, with links to edit its details (an inline form:
 * Enter saves, Esc cancels) and to delete it from the map (asked first; refused, on the status line, while anything
 * cites it; undoable).
 */
final class ArticleHeader extends VBox {

    /** Style class of the article's title. */
    static final String TITLE_CLASS = "article-title";
    /** Id of the link that opens the details form. */
    static final String EDIT_ID = "article-edit";
    /** Id of the link that deletes the article. */
    static final String DELETE_ID = "article-delete";

    private final MainViewModel model;
    private final Label title = new Label();
    private final Label citation = new Label();
    private final HBox actions;
    private Source source;

    ArticleHeader(MainViewModel model) {
        super(4);
        this.model = model;
        title.getStyleClass().add(TITLE_CLASS);
        title.setWrapText(true);
        citation.getStyleClass().add(QuoteCell.MUTED_CLASS);
        citation.setWrapText(true);
        Hyperlink edit = new Hyperlink("Edit details");
        edit.setId(EDIT_ID);
        edit.setOnAction(e -> edit());
        Hyperlink delete = new Hyperlink("Delete article…");
        delete.setId(DELETE_ID);
        delete.setOnAction(e -> delete());
        actions = new HBox(12, edit, delete);
        actions.managedProperty().bind(actions.visibleProperty());
        show(null);
    }

    /** Shows the details of {@code shown}, or nothing for no article; a form left open is closed. */
    void show(Source shown) {
        source = shown;
        title.setText(shown == null ? "" : shown.title());
        citation.setText(shown == null ? "" : citation(shown));
        actions.setVisible(shown != null);
        getChildren().setAll(title, citation, actions);
    }

    /** "AFP · 2025-05-16", or what of it the article has. */
    static String citation(Source source) {
        return Stream.of(source.publisher(), source.date() == null ? null : source.date().toString())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" · "));
    }

    private void edit() {
        if (source == null) {
            return;
        }
        Source editing = source;
        ArticleForm form = new ArticleForm(editing);
        getChildren().setAll(new InlineEditor("Edit article", form, form::command, model.bridge(),
                () -> show(current(editing))));
    }

    /** The article as the map holds it now (after an edit), or {@code null} once it has gone. */
    private Source current(Source article) {
        OpenMap map = model.mapProperty().get();
        return map == null ? null : map.dataset().sources().stream()
                .filter(s -> s.id().equals(article.id())).findFirst().orElse(null);
    }

    private void delete() {
        OpenMap map = model.mapProperty().get();
        if (source == null || map == null) {
            return;
        }
        DeleteSource command = new DeleteSource(source.id());
        if (!DeleteSource.citations(map.dataset(), source.id()).isEmpty()
                || DeleteConfirmation.confirm(getScene().getWindow(), "Delete the article “" + source.title() + "”?",
                        "Its text leaves the map with it. Nothing on the map cites it.\n\nEdit › Undo brings it back.")) {
            model.edit(command);
        }
    }
}
