package app.parley.ui;

import app.parley.model.DatasetIndex;
import app.parley.model.Quote;
import app.parley.model.QuoteKind;
import app.parley.model.Source;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A quote as a card: the verbatim words, who said them, direct or reported, relayed by whom, when, and the source. */
final class QuoteCell extends ListCell<Quote> {

    /** Style class of the card. */
    static final String STYLE_CLASS = "quote-card";
    /** Style class of the verbatim words. */
    static final String TEXT_CLASS = "quote-text";
    /** Style class of the context sentence and the source line. */
    static final String MUTED_CLASS = "quote-muted";
    /** Style class of the direct/reported badge. */
    static final String BADGE_CLASS = "quote-badge";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final int SHORT_QUOTE_WORDS = 6;
    /** The cell's padding, the list's border and a vertical scroll bar: what the card must leave of the list's width. */
    private static final double CARD_INSET = 52;

    private final MainViewModel model;

    QuoteCell(MainViewModel model) {
        this.model = model;
        getStyleClass().add(STYLE_CLASS);
        setPrefWidth(0);
    }

    /** As tall as the card needs at the cell's width, so that its labels wrap instead of being cut short. */
    @Override
    protected double computePrefHeight(double width) {
        Node card = getGraphic();
        if (card == null) {
            return super.computePrefHeight(width);
        }
        double inner = (width < 0 ? getWidth() : width) - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + card.prefHeight(inner > 0 ? inner : -1) + snappedBottomInset();
    }

    @Override
    protected void updateItem(Quote quote, boolean empty) {
        super.updateItem(quote, empty);
        setText(null);
        if (empty || quote == null || model.mapProperty().get() == null) {
            setGraphic(null);
            return;
        }
        DatasetIndex index = model.mapProperty().get().prepared().graph().index();
        Source source = index.source(quote.span().sourceId()).orElse(null);
        VBox card = new WrappingBox(4);
        card.maxWidthProperty().bind(getListView().widthProperty().subtract(CARD_INSET));
        card.prefWidthProperty().bind(card.maxWidthProperty());
        Label words = new Label(quote.kind() == QuoteKind.DIRECT ? "“" + quote.text() + "”" : quote.text());
        words.getStyleClass().add(TEXT_CLASS);
        words.setWrapText(true);
        words.setMinHeight(Region.USE_PREF_SIZE);
        card.getChildren().add(words);
        if (source != null && quote.text().split("\\s+").length < SHORT_QUOTE_WORDS) {
            Label context = new Label("in: " + source.excerpt(source.sentenceAround(quote.span())));
            context.getStyleClass().add(MUTED_CLASS);
            context.setWrapText(true);
            context.setMinHeight(Region.USE_PREF_SIZE);
            card.getChildren().add(context);
        }
        FlowPane meta = new FlowPane(6, 2);
        meta.prefWrapLengthProperty().bind(card.maxWidthProperty());
        Hyperlink speaker = new Hyperlink("— " + index.nameOf(quote.speakerId()));
        speaker.setOnAction(e -> model.selectSpeaker(quote));
        Label badge = new Label(quote.kind().label());
        badge.getStyleClass().addAll(BADGE_CLASS, quote.kind().id());
        meta.getChildren().addAll(speaker, badge);
        if (quote.saidOn() != null) {
            meta.getChildren().add(muted(quote.saidOn().format(DATE)));
        }
        if (quote.reportedById() != null) {
            meta.getChildren().add(muted("relayed by " + index.nameOf(quote.reportedById())));
        }
        card.getChildren().add(meta);
        if (source != null) {
            card.getChildren().add(muted(source.citation()));
        }
        Hyperlink show = new Hyperlink("Show in article");
        show.setOnAction(e -> model.showInArticle(quote.span()));
        Hyperlink copy = new Hyperlink("Copy");
        copy.setId("copy-quote");
        copy.setTooltip(new Tooltip("Copy the quote with who said it and its source, to paste into an essay or a "
                + "report"));
        copy.setOnAction(e -> copy(QuoteCitation.of(quote, index)));
        Hyperlink edit = new Hyperlink("Edit");
        edit.setId("edit-quote");
        edit.setOnAction(e -> QuoteEditing.edit(quote, model, getScene().getWindow()));
        Hyperlink rewords = new Hyperlink("Change words…");
        rewords.setId("change-quote-words");
        rewords.setOnAction(e -> Repointing.quote(quote, model));
        Hyperlink delete = new Hyperlink("Delete");
        delete.setId("delete-quote");
        delete.setOnAction(e -> QuoteEditing.delete(quote, model, getScene().getWindow()));
        FlowPane actions = new FlowPane(12, 0, show, copy, edit, rewords, delete);
        actions.prefWrapLengthProperty().bind(card.maxWidthProperty());
        card.getChildren().add(actions);
        setGraphic(card);
    }

    private void copy(String citation) {
        ClipboardContent content = new ClipboardContent();
        content.putString(citation);
        Clipboard.getSystemClipboard().setContent(content);
        model.work().say("Copied the quote with its source: " + citation);
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(MUTED_CLASS);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
