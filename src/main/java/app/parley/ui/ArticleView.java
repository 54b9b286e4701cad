package app.parley.ui;

import app.parley.graph.ActorMentions;
import app.parley.model.Source;
import app.parley.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The article in full, with the names of known actors as links that select them, and the words a quote or link rests
 * on highlighted and scrolled into view. When the map holds several articles, a chooser above the title switches
 * between them, and words asked for in another article switch to it.
 */
public final class ArticleView extends ScrollPane {

    /** Style class of the view. */
    public static final String STYLE_CLASS = "article-view";
    /** Style class of an actor's name in the text. */
    public static final String ACTOR_LINK_CLASS = "actor-link";
    /** Style class of the selected actor's names. */
    public static final String ACTOR_SELECTED_CLASS = "actor-link-selected";
    /** Style class of a heading line. */
    public static final String HEADING_CLASS = "article-heading";
    /** Style class of the highlight behind the requested words. */
    public static final String HIGHLIGHT_CLASS = "article-highlight";
    /** Style class of the marks behind the words of every quote. */
    public static final String QUOTE_MARK_CLASS = "article-quote-mark";
    /** Style class of the marks behind the words every role and link rests on. */
    public static final String EVIDENCE_MARK_CLASS = "article-evidence-mark";
    /** Style class of the words the user selected. */
    public static final String SELECTION_CLASS = "article-selection";
    /** Style class of the bar that holds the chooser, kept above the scrolling text. */
    public static final String CHOOSER_BAR_CLASS = "article-chooser-bar";
    /** Id of the chooser of the article shown (shown only when the map has several). */
    public static final String CHOOSER_ID = "article-chooser";

    private static final int HEADING_MAX_LENGTH = 60;
    private static final int LAYOUT_RETRIES = 5;

    private final MainViewModel model;
    private final ArticleChoice choice = new ArticleChoice();
    private final ComboBox<Source> chooser = new ComboBox<>(choice.sources());
    private final Label position = new Label();
    private final HBox chooserRow = new HBox(8, position, chooser);
    private boolean syncingChooser;
    private final ArticleHeader header;
    private final TextFlow flow = new TextFlow();
    private final Path highlight = new Path();
    private final Path quoteMarks = new Path();
    private final Path evidenceMarks = new Path();
    private final Path selectionMarks = new Path();
    private final WordSelection words = new WordSelection(flow, this::selectionChanged);
    private final Label selectionHint = new Label();
    /** Invisible copies of both hints that keep the hint as tall as the taller one, so the text never moves mid-drag. */
    private final Label idleRoom = new Label();
    private final Label selectedRoom = new Label();
    private String idleHint = "";
    private String selectedHint = "";
    private boolean hintsShown = true;
    private final Map<String, List<Text>> namesByActor = new HashMap<>();
    private final InvalidationListener mapChanged = o -> followMap();
    private final InvalidationListener selectionChanged = o -> {
        markSelected();
        forgetHighlightOfOthers();
    };
    private Source source;
    private Span highlighted;
    /** The highlight of an article switched away from, given back when it is shown again. */
    private Span parked;

    /** An article view of {@code model}'s source. */
    public ArticleView(MainViewModel model) {
        this.model = model;
        getStyleClass().add(STYLE_CLASS);
        setFitToWidth(true);
        setUpChooser();
        header = new ArticleHeader(model);
        highlight.getStyleClass().add(HIGHLIGHT_CLASS);
        highlight.setManaged(false);
        highlight.setMouseTransparent(true);
        for (Path marks : List.of(quoteMarks, evidenceMarks, selectionMarks)) {
            marks.setManaged(false);
            marks.setMouseTransparent(true);
        }
        quoteMarks.getStyleClass().add(QUOTE_MARK_CLASS);
        evidenceMarks.getStyleClass().add(EVIDENCE_MARK_CLASS);
        selectionMarks.getStyleClass().add(SELECTION_CLASS);
        selectionHint.getStyleClass().add("article-selection-hint");
        selectionHint.setWrapText(true);
        selectionHint.setVisible(false);
        selectionHint.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        for (Label room : List.of(idleRoom, selectedRoom)) {
            room.getStyleClass().add("article-selection-hint");
            room.setWrapText(true);
            room.setVisible(false);
        }
        StackPane hint = new StackPane(idleRoom, selectedRoom, selectionHint);
        hint.visibleProperty().bind(selectionHint.visibleProperty());
        hint.managedProperty().bind(selectionHint.visibleProperty());
        Pane text = new Pane(evidenceMarks, quoteMarks, highlight, selectionMarks, flow) {
            @Override
            protected void layoutChildren() {
                flow.resizeRelocate(0, 0, getWidth(), flow.prefHeight(getWidth()));
                if (highlighted != null) {
                    drawHighlight(highlighted);
                }
                drawMarks();
            }

            @Override
            protected double computePrefHeight(double width) {
                return flow.prefHeight(width < 0 ? getWidth() : width);
            }

            @Override
            public Orientation getContentBias() {
                return Orientation.HORIZONTAL;
            }
        };
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        VBox page = new VBox(10, header, hint, text);
        page.getStyleClass().add("article-page");
        setContent(page);
        model.mapProperty().addListener(mapChanged);
        model.selectionProperty().addListener(selectionChanged);
        followMap();
    }

    private void setUpChooser() {
        chooser.setId(CHOOSER_ID);
        chooser.setMaxWidth(Double.MAX_VALUE);
        chooser.setPrefWidth(120);
        chooser.setMinWidth(0);
        chooser.setVisibleRowCount(8);
        chooser.setTooltip(new Tooltip("Which of the map's articles to show"));
        chooser.setCellFactory(list -> new SourceCell(true));
        chooser.setButtonCell(new SourceCell(false));
        position.getStyleClass().add(QuoteCell.MUTED_CLASS);
        position.setMinWidth(Region.USE_PREF_SIZE);
        position.setLabelFor(chooser);
        HBox.setHgrow(chooser, Priority.ALWAYS);
        chooserRow.setAlignment(Pos.CENTER_LEFT);
        chooserRow.getStyleClass().add(CHOOSER_BAR_CLASS);
        chooserRow.visibleProperty().bind(Bindings.size(choice.sources()).greaterThan(1));
        chooserRow.managedProperty().bind(chooserRow.visibleProperty());
        chooser.valueProperty().addListener((o, was, now) -> {
            if (!syncingChooser && now != null) {
                showArticle(now.id());
            }
        });
    }

    /**
     * The bar with the chooser of the article shown ("Article 2 of 3" and the list of titles), to place above this view
     * so it stays in sight while the text scrolls; it hides itself while the map has fewer than two articles.
     */
    HBox chooserBar() {
        return chooserRow;
    }

    /** The map's articles and which one is shown. */
    ArticleChoice choice() {
        return choice;
    }

    /**
     * Shows the article {@code sourceId} of the map (the words selected in the one shown before are let go).
     *
     * @return whether the article shown changed
     */
    public boolean showArticle(String sourceId) {
        if (!choice.choose(sourceId)) {
            return false;
        }
        Span was = highlighted != null ? highlighted : parked;
        rebuild();
        if (was != null && source != null && source.contains(was)) {
            parked = null;
            highlighted = was;
            textPane().requestLayout();
        } else {
            parked = was;
        }
        return true;
    }

    private void followMap() {
        OpenMap map = model.mapProperty().get();
        parked = null;
        syncingChooser = true;
        try {
            choice.follow(map == null ? List.of() : map.dataset().sources());
        } finally {
            syncingChooser = false;
        }
        rebuild();
    }

    /** Stops listening to the view model. */
    public void dispose() {
        model.mapProperty().removeListener(mapChanged);
        model.selectionProperty().removeListener(selectionChanged);
    }

    /** The words highlighted now, if any. */
    public Optional<Span> highlighted() {
        return Optional.ofNullable(highlighted);
    }

    /** The text shown highlighted now, or an empty string. */
    public String highlightedText() {
        return highlighted == null || source == null ? "" : source.excerpt(highlighted);
    }

    /** The words the user selected in the article, or {@code null}. */
    public ReadOnlyObjectProperty<Span> selectedWordsProperty() {
        return words.selectedProperty();
    }

    /** Selects words of an article (widened to whole words), as dragging over them does, showing that article. */
    public void selectWords(Span span) {
        showArticle(span.sourceId());
        if (source != null && source.contains(span)) {
            words.select(source.id(), source.text(), span.start(), span.end());
        }
    }

    /** The article shown, or {@code null}. */
    public Source source() {
        return source;
    }

    /** Where the words of {@code span} are on the screen (their first line), if they are laid out. */
    public Optional<Bounds> screenBoundsOf(Span span) {
        PathElement[] shape = flow.rangeShape(span.start(), span.end());
        if (shape.length == 0) {
            return Optional.empty();
        }
        Path probe = new Path(shape);
        return Optional.of(flow.localToScreen(probe.getLayoutBounds()));
    }

    /** Tells above the text how to select words ({@code idle}) and what to do with them ({@code selected}). */
    void setSelectionHints(String idle, String selected) {
        idleHint = idle;
        selectedHint = selected;
        idleRoom.setText(idle);
        selectedRoom.setText(selected);
        selectionChanged();
    }

    private void selectionChanged() {
        Span selected = words.selectedProperty().get();
        selectionMarks.getElements().setAll(selected == null ? new PathElement[0]
                : flow.rangeShape(selected.start(), selected.end()));
        selectionHint.setText(selected == null ? idleHint : selectedHint);
        selectionHint.setVisible(hintsShown && !selectionHint.getText().isEmpty());
    }

    /** Shows or hides the hints above the text (hidden while another bar says what to do with the words). */
    void showHints(boolean shown) {
        hintsShown = shown;
        selectionChanged();
    }

    private void drawMarks() {
        OpenMap map = model.mapProperty().get();
        quoteMarks.getElements().clear();
        evidenceMarks.getElements().clear();
        if (map == null || source == null) {
            return;
        }
        for (Span span : ArticleMarks.quotes(map.dataset(), source.id())) {
            quoteMarks.getElements().addAll(flow.rangeShape(span.start(), span.end()));
        }
        for (Span span : ArticleMarks.evidence(map.dataset(), source.id())) {
            evidenceMarks.getElements().addAll(flow.rangeShape(span.start(), span.end()));
        }
        selectionChanged();
    }

    private void rebuild() {
        OpenMap map = model.mapProperty().get();
        Source previous = source;
        flow.getChildren().clear();
        namesByActor.clear();
        highlighted = null;
        highlight.getElements().clear();
        source = map == null ? null : choice.shown();
        syncingChooser = true;
        try {
            chooser.setValue(source);
            position.setText(choice.position());
        } finally {
            syncingChooser = false;
        }
        if (source == null) {
            header.show(null);
            words.clear();
            words.attach(null, "");
            return;
        }
        header.show(source);
        String text = source.text();
        int at = 0;
        for (ActorMentions.Mention mention : ActorMentions.find(source.id(), text, map.dataset().actors())) {
            addPlain(text.substring(at, mention.span().start()));
            Text name = new Text(text.substring(mention.span().start(), mention.span().end()));
            name.getStyleClass().add(ACTOR_LINK_CLASS);
            name.setCursor(Cursor.HAND);
            name.setOnMouseClicked(e -> model.selectActor(mention.actorId()));
            namesByActor.computeIfAbsent(mention.actorId(), k -> new ArrayList<>()).add(name);
            flow.getChildren().add(name);
            at = mention.span().end();
        }
        addPlain(text.substring(at));
        markSelected();
        if (previous == null || !previous.id().equals(source.id()) || !previous.text().equals(source.text())) {
            words.clear();
        }
        words.attach(source.id(), text);
        requestLayout();
        textPane().requestLayout();
    }

    private Pane textPane() {
        return (Pane) flow.getParent();
    }

    private void addPlain(String text) {
        int lineStart = 0;
        while (lineStart < text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int end = newline < 0 ? text.length() : newline + 1;
            Text piece = new Text(text.substring(lineStart, end));
            boolean wholeLine = lineStart > 0 || atLineStart();
            if (wholeLine && isHeading(piece.getText())) {
                piece.getStyleClass().add(HEADING_CLASS);
            }
            flow.getChildren().add(piece);
            lineStart = end;
        }
    }

    private boolean atLineStart() {
        if (flow.getChildren().isEmpty()) {
            return true;
        }
        var last = flow.getChildren().get(flow.getChildren().size() - 1);
        return last instanceof Text previous && previous.getText().endsWith("\n");
    }

    private static boolean isHeading(String line) {
        String trimmed = line.strip();
        return !trimmed.isEmpty() && line.endsWith("\n") && trimmed.length() <= HEADING_MAX_LENGTH
                && ".!?”\"".indexOf(trimmed.charAt(trimmed.length() - 1)) < 0;
    }

    private void markSelected() {
        namesByActor.values().forEach(names -> names.forEach(n -> n.getStyleClass().remove(ACTOR_SELECTED_CLASS)));
        if (model.selectionProperty().get() instanceof Selection.OfActor of) {
            namesByActor.getOrDefault(of.actor().id(), List.of())
                    .forEach(n -> n.getStyleClass().add(ACTOR_SELECTED_CLASS));
        }
    }

    /** Drops the highlight when an actor is selected or the selection cleared: it belonged to what was before. */
    private void forgetHighlightOfOthers() {
        if (!(model.selectionProperty().get() instanceof Selection.OfLink)) {
            highlighted = null;
            parked = null;
            highlight.getElements().clear();
        }
    }

    /** Highlights {@code span} and scrolls it into view, once the view has been laid out. */
    public void show(Span span) {
        showArticle(span.sourceId());
        if (source == null || !source.contains(span)) {
            return;
        }
        highlighted = span;
        scrollTo(span, LAYOUT_RETRIES);
    }

    private void scrollTo(Span span, int retries) {
        applyCss();
        layout();
        Bounds box = drawHighlight(span);
        double contentHeight = getContent().getLayoutBounds().getHeight();
        double viewportHeight = getViewportBounds().getHeight();
        if (box == null || viewportHeight <= 0) {
            if (retries > 0) {
                Platform.runLater(() -> scrollTo(span, retries - 1));
            }
            return;
        }
        if (contentHeight > viewportHeight) {
            double target = flow.localToScene(0, box.getMinY()).getY() - getContent().localToScene(0, 0).getY();
            setVvalue(Math.max(0, Math.min(1, (target - viewportHeight / 3) / (contentHeight - viewportHeight))));
        }
    }

    private Bounds drawHighlight(Span span) {
        PathElement[] shape = flow.rangeShape(span.start(), span.end());
        highlight.getElements().setAll(shape);
        return highlight.getElements().isEmpty() ? null : highlight.getLayoutBounds();
    }

    /** An article in the chooser: title · publisher, the full citation in a tooltip. */
    private static final class SourceCell extends ListCell<Source> {

        private final boolean inList;

        SourceCell(boolean inList) {
            this.inList = inList;
        }

        @Override
        protected void updateItem(Source item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : ArticleChoice.label(item));
            setTooltip(empty || item == null || !inList ? null : new Tooltip(item.citation()));
        }
    }
}
