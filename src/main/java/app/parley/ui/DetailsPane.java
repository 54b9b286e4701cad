package app.parley.ui;

import app.parley.model.Quote;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The side panel: the selected actor's or link's card above the sourced quotes that go with it. */
public final class DetailsPane extends VBox {

    /** Style class of the panel. */
    public static final String STYLE_CLASS = "details-pane";
    /** Style class of the quote list's heading. */
    public static final String QUOTES_HEADING_CLASS = "quotes-heading";

    private final MainViewModel model;
    private final ScrollPane cardHolder = new ScrollPane();
    private static final double CARD_INSET = 24;
    private static final double CARD_MAX_HEIGHT = 340;
    /** The quote list's height when it only says that there is no quote. */
    private static final double EMPTY_QUOTES_HEIGHT = 64;

    private final Label quotesHeading = new Label();
    private final Label placeholder = new Label();
    private final ListView<Quote> quoteList;
    private final InvalidationListener selectionChanged = o -> showSelection();
    /** Whether the card is a form, which keeps the height it needs. */
    private boolean editing;
    private final ListChangeListener<Quote> quotesChanged = c -> {
        updateQuotesHeading();
        if (!editing) {
            shareHeight();
        }
    };

    /** A panel showing {@code model}'s selection and quotes. */
    public DetailsPane(MainViewModel model) {
        super(8);
        this.model = model;
        getStyleClass().add(STYLE_CLASS);
        cardHolder.setFitToWidth(true);
        cardHolder.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        cardHolder.setMaxHeight(CARD_MAX_HEIGHT);
        quotesHeading.getStyleClass().add(QUOTES_HEADING_CLASS);
        quotesHeading.setWrapText(true);
        quotesHeading.setMinHeight(Region.USE_PREF_SIZE);
        quoteList = new ListView<>(model.quotes());
        quoteList.setCellFactory(list -> new QuoteCell(model));
        placeholder.setWrapText(true);
        quoteList.setPlaceholder(placeholder);
        quoteList.setOnMouseClicked(e -> {
            Quote quote = quoteList.getSelectionModel().getSelectedItem();
            if (quote != null && e.getClickCount() == 1 && e.getTarget() != null) {
                model.selectSpeaker(quote);
                quoteList.getSelectionModel().select(quote);
                quoteList.scrollTo(quote);
            }
        });
        VBox.setVgrow(quoteList, Priority.ALWAYS);
        quoteList.setMinWidth(0);
        quoteList.setPrefWidth(0);
        cardHolder.setMinWidth(0);
        setMinWidth(0);
        getChildren().addAll(cardHolder, quotesHeading, quoteList);
        model.selectionProperty().addListener(selectionChanged);
        model.mapProperty().addListener(selectionChanged);
        model.quotes().addListener(quotesChanged);
        showSelection();
    }

    /** The list of quote cards. */
    public ListView<Quote> quoteList() {
        return quoteList;
    }

    /** Stops listening to the view model. */
    public void dispose() {
        model.selectionProperty().removeListener(selectionChanged);
        model.mapProperty().removeListener(selectionChanged);
        model.quotes().removeListener(quotesChanged);
    }

    private void showSelection() {
        editing = false;
        cardHolder.setMinHeight(Region.USE_COMPUTED_SIZE);
        OpenMap map = model.mapProperty().get();
        Selection selection = model.selectionProperty().get();
        if (map == null) {
            cardHolder.setContent(fitted(new Label("Opening…")));
        } else if (selection instanceof Selection.OfActor of) {
            cardHolder.setContent(fitted(new ActorCardView(of.actor(), map.prepared().graph(),
                    model.themeProperty().get(), model, () -> showEditor(CardEditors.actor(of.actor(), model,
                    this::closeEditor)), role -> showEditor(RoleEditing.editor(role, model, this::closeEditor)))));
        } else if (selection instanceof Selection.OfLink of) {
            cardHolder.setContent(fitted(new LinkCardView(of.link(), map.prepared().graph(), model,
                    () -> showEditor(CardEditors.link(of.link(), model, this::closeEditor)))));
        } else {
            Label hint = new Label("Click an actor or a link on the graph to see who they are, what they said, and "
                    + "the sentence each link rests on.");
            hint.setWrapText(true);
            cardHolder.setContent(fitted(hint));
        }
        updateQuotesHeading();
        shareHeight();
    }

    /**
     * Splits the panel's height between the card and the quotes: the card up to {@link #CARD_MAX_HEIGHT} and the
     * quotes the rest, or, when there is no quote to list, the card all it needs and the quotes one line saying so,
     * right under the hint when no card is shown.
     */
    private void shareHeight() {
        boolean noQuotes = model.quotes().isEmpty();
        Selection selection = model.selectionProperty().get();
        boolean cardShown = selection instanceof Selection.OfActor || selection instanceof Selection.OfLink;
        boolean cardGrows = noQuotes && cardShown;
        cardHolder.setMaxHeight(cardGrows ? Double.MAX_VALUE : noQuotes ? Region.USE_PREF_SIZE : CARD_MAX_HEIGHT);
        VBox.setVgrow(cardHolder, cardGrows ? Priority.SOMETIMES : Priority.NEVER);
        quoteList.setPrefHeight(noQuotes ? EMPTY_QUOTES_HEIGHT : Region.USE_COMPUTED_SIZE);
        quoteList.setMinHeight(noQuotes ? EMPTY_QUOTES_HEIGHT : Region.USE_COMPUTED_SIZE);
        VBox.setVgrow(quoteList, noQuotes ? Priority.NEVER : Priority.ALWAYS);
    }

    /** Gives the card back after its form was saved or cancelled, with the focus on its Edit button. */
    private void closeEditor() {
        showSelection();
        Platform.runLater(() -> {
            Node edit = cardHolder.getContent() == null ? null : cardHolder.getContent().lookup("#edit-card");
            if (edit != null) {
                edit.requestFocus();
            }
        });
    }

    /** Turns the card into a form that edits it, as tall as the form so that Save and Cancel are in view. */
    private void showEditor(InlineEditor editor) {
        editing = true;
        cardHolder.setMaxHeight(Region.USE_PREF_SIZE);
        cardHolder.setMinHeight(Region.USE_PREF_SIZE);
        cardHolder.setContent(fitted(editor));
    }

    /** Turns the selected actor's or link's card into a form that edits it (what its Edit button does). */
    public void editSelection() {
        OpenMap map = model.mapProperty().get();
        Selection selection = model.selectionProperty().get();
        if (map != null && selection instanceof Selection.OfActor of) {
            showEditor(CardEditors.actor(of.actor(), model, this::closeEditor));
        } else if (map != null && selection instanceof Selection.OfLink of) {
            showEditor(CardEditors.link(of.link(), model, this::closeEditor));
        }
    }

    /** The card in a column as wide as the panel, so the panel is as tall as the card's wrapped lines. */
    private WrappingBox fitted(Node card) {
        WrappingBox box = new WrappingBox(0);
        box.maxWidthProperty().bind(cardHolder.widthProperty().subtract(CARD_INSET));
        box.getChildren().add(card);
        return box;
    }

    private void updateQuotesHeading() {
        OpenMap map = model.mapProperty().get();
        Selection selection = model.selectionProperty().get();
        int count = model.quotes().size();
        if (map != null && selection instanceof Selection.OfActor of) {
            quotesHeading.setText("Quotes of " + of.actor().name() + " (" + count + ")");
            placeholder.setText(of.actor().name() + " is not quoted in this article.");
        } else if (selection instanceof Selection.OfLink) {
            quotesHeading.setText("Quotes behind this link (" + count + ")");
            placeholder.setText("No quote of the first actor is about the second.");
        } else {
            quotesHeading.setText("All quotes (" + count + ")");
            placeholder.setText("No quotes yet: select words in the Article tab and press Q.");
        }
    }
}
