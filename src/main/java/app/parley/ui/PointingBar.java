package app.parley.ui;

import app.parley.model.Span;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The bar above the article while words are asked for ({@link WordPointing}): what to select, the words selected, and
 * Use these words (Enter) or Cancel (Esc); a refused change shows its reason and keeps the bar.
 */
final class PointingBar extends VBox {

    /** Style class of the bar. */
    static final String STYLE_CLASS = "pointing-bar";

    private final WordPointing pointing;
    private final ArticleView article;
    private final Label prompt = new Label();
    private final Label selected = new Label();
    private final Label error = new Label();
    private final Button use = new Button();
    private final Button cancel = new Button("Cancel");

    PointingBar(WordPointing pointing, ArticleView article) {
        super(6);
        this.pointing = pointing;
        this.article = article;
        getStyleClass().add(STYLE_CLASS);
        setId("pointing-bar");
        prompt.setWrapText(true);
        prompt.setId("pointing-prompt");
        selected.setWrapText(false);
        selected.getStyleClass().add(QuoteCell.MUTED_CLASS);
        error.setWrapText(true);
        error.getStyleClass().add(FormGrid.ERROR_CLASS);
        error.setId("pointing-error");
        error.textProperty().bind(pointing.refusalProperty());
        error.visibleProperty().bind(pointing.refusalProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        use.setId("pointing-use");
        use.getStyleClass().add("accent");
        use.setOnAction(e -> use());
        cancel.setId("pointing-cancel");
        cancel.setOnAction(e -> pointing.cancel());
        HBox buttons = new HBox(8, use, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(prompt, selected, error, buttons);
        managedProperty().bind(visibleProperty());
        for (Region part : new Region[] {this, prompt, error}) {
            part.setMinHeight(Region.USE_PREF_SIZE);
        }
        InvalidationListener refresh = o -> refresh();
        pointing.requestProperty().addListener(refresh);
        article.selectedWordsProperty().addListener(refresh);
        refresh();
    }

    /**
     * The article with this bar above it, and above both the article's chooser; Enter and Esc in the bar or the
     * article answer the bar while it asks.
     */
    VBox aboveArticle() {
        VBox box = new VBox(article.chooserBar(), this, article);
        VBox.setVgrow(article, Priority.ALWAYS);
        article.setMinHeight(0);
        box.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (!pointing.active()) {
                return;
            }
            if (event.getCode() == KeyCode.ESCAPE) {
                pointing.cancel();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER && article.selectedWordsProperty().get() != null) {
                use();
                event.consume();
            }
        });
        return box;
    }

    private void use() {
        pointing.use(article.selectedWordsProperty().get());
    }

    private void refresh() {
        WordPointing.Request request = pointing.requestProperty().get();
        setVisible(request != null);
        article.showHints(request == null);
        if (request == null) {
            return;
        }
        prompt.setText(request.prompt());
        use.setText(request.action());
        Span words = article.selectedWordsProperty().get();
        use.setDisable(words == null);
        Button ready = words == null ? cancel : use;
        Platform.runLater(() -> {
            if (pointing.active() && ready.getScene() != null) {
                ready.requestFocus();
            }
        });
        selected.setText(words == null || article.source() == null ? "No words selected yet: drag over them below."
                : "Selected: “" + article.source().excerpt(words) + "”");
    }
}
