package app.parley.ui;

import app.parley.assist.ArticleAssistant;
import app.parley.assist.Suggestions;
import app.parley.model.Dataset;
import app.parley.model.Source;
import app.parley.session.Article;
import app.parley.session.EditRefused;
import app.parley.session.NewMaps;
import app.parley.session.SessionEvent;
import app.parley.session.SessionListener;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * The article assistant in the window: after File › New from article… (when asked) and on Suggest from article…,
 * runs the assistant off the JavaFX thread (progress and Cancel in the status bar), with the map's actors
 * recognised, and shows the review in a Suggestions tab beside the map. What is accepted there becomes undoable
 * edits of the map ({@link SuggestionReview}); opening another map closes the review.
 */
public final class SuggestionFlow {

    /** From how many new actors an acceptance lays the map out again (fewer go beside their links). */
    private static final int NEW_ACTORS_TO_LAY_OUT = 3;

    private final MainViewModel model;
    private final Window owner;
    private final TabPane tabs;
    private final Supplier<Source> shownArticle;
    private final Tab tab = new Tab("Suggestions");
    private final SessionListener closeOnOpen = this::closeOnOpen;
    private SuggestionReview review;
    private Dataset awaited;

    /**
     * The flow of {@code model}'s window.
     *
     * @param owner the window dialogs belong to
     * @param tabs  the tabs the review is shown in
     * @param shownArticle the article the Article view shows (offered first), or {@code null}
     */
    public SuggestionFlow(MainViewModel model, Window owner, TabPane tabs, Supplier<Source> shownArticle) {
        this.model = model;
        this.owner = owner;
        this.tabs = tabs;
        this.shownArticle = shownArticle;
        tab.setTooltip(new Tooltip("The article assistant's suggestions: accept, edit or reject them"));
        model.session().addListener(closeOnOpen);
    }

    /** The review shown now, if any. */
    public Optional<SuggestionReview> review() {
        return Optional.ofNullable(review);
    }

    /** Opens a new map holding {@code article}; with {@code suggest}, reviews the assistant's suggestions once open. */
    public void newFromArticle(Article article, boolean suggest) {
        Dataset dataset;
        try {
            dataset = NewMaps.fromArticle(article);
        } catch (EditRefused refused) {
            model.work().say("Not done: " + refused.getMessage());
            return;
        }
        awaited = suggest ? dataset : null;
        model.openNew(dataset);
    }

    /** Asks which of the open map's articles to read (when it has several), then suggests from it. */
    public void suggestFromArticle() {
        OpenMap map = model.mapProperty().get();
        List<Source> sources = map == null ? List.of() : map.dataset().sources();
        if (sources.isEmpty()) {
            model.work().say("The map has no article yet: add one with File › Add article… first.");
            return;
        }
        if (sources.size() == 1) {
            suggest(sources.get(0));
            return;
        }
        List<ArticleItem> items = sources.stream().map(ArticleItem::new).toList();
        Source shown = shownArticle.get();
        ChoiceDialog<ArticleItem> choice = new ChoiceDialog<>(
                items.stream().filter(item -> item.source().equals(shown)).findFirst().orElse(items.get(0)), items);
        choice.initOwner(owner);
        choice.setTitle("Suggest from article");
        choice.setHeaderText("Which article should the assistant read?");
        choice.showAndWait().map(ArticleItem::source).ifPresent(this::suggest);
    }

    /** An article in the choice, shown as the Article view's chooser names it. */
    private record ArticleItem(Source source) {
        @Override
        public String toString() {
            return ArticleChoice.label(source);
        }
    }

    /** Runs the assistant on {@code source} of the open map, then shows the review. */
    public void suggest(Source source) {
        Dataset map = model.session().dataset();
        model.work().start("Suggesting from “" + source.title() + "”", monitor -> {
            monitor.message("Reading “" + source.title() + "” for actors, quotes and links");
            return ArticleAssistant.suggest(source.text(), map);
        }, suggestions -> show(source, suggestions), model.work()::say);
    }

    /** Stops following the session and closes the review. */
    public void dispose() {
        model.session().removeListener(closeOnOpen);
        close();
    }

    private void show(Source source, Suggestions suggestions) {
        close();
        review = new SuggestionReview(model.session(), source.id(), source.text(), suggestions, model.work()::say);
        review.setOnEdit(edit -> {
            if (SuggestionReview.actorsAdded(edit) >= NEW_ACTORS_TO_LAY_OUT) {
                model.applyLayout(model.layoutProperty().get());
            }
        });
        Label heading = new Label("Suggestions from “" + source.title() + "”: " + suggestions.actors().size()
                + " actors, " + suggestions.quotes().size() + " quotes, " + suggestions.relations().size()
                + " links. Each acceptance can be undone (Ctrl+Z).");
        heading.setWrapText(true);
        heading.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(heading, Priority.ALWAYS);
        Button done = new Button("Close");
        done.setTooltip(new Tooltip("Close the review; what you accepted stays in the map"));
        done.setId("suggestions-close");
        done.setOnAction(e -> close());
        done.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(8, heading, done);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(6, 8, 6, 8));
        BorderPane content = new BorderPane(new SuggestionReviewPane(review.model()));
        content.setTop(top);
        tab.setContent(content);
        if (!tabs.getTabs().contains(tab)) {
            tabs.getTabs().add(tab);
        }
        tabs.getSelectionModel().select(tab);
        model.work().say(suggestions.actors().size() + " actors, " + suggestions.quotes().size() + " quotes and "
                + suggestions.relations().size() + " links suggested: review them in the Suggestions tab.");
    }

    private void close() {
        if (review != null) {
            review.dispose();
            review = null;
        }
        tab.setContent(null);
        boolean shown = tabs.getSelectionModel().getSelectedItem() == tab;
        tabs.getTabs().remove(tab);
        if (shown && !tabs.getTabs().isEmpty()) {
            tabs.getSelectionModel().select(0);
        }
    }

    private void closeOnOpen(SessionEvent event) {
        if (event.kind() != SessionEvent.Kind.OPENED) {
            return;
        }
        close();
        Dataset opened = event.dataset();
        if (awaited != null && awaited.equals(opened) && !opened.sources().isEmpty()) {
            awaited = null;
            suggest(opened.sources().get(0));
        }
        awaited = null;
    }
}
