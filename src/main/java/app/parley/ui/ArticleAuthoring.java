package app.parley.ui;

import app.parley.assist.ArticleAssistant;
import app.parley.graph.ActorGraph;
import app.parley.graph.ActorMentions;
import app.parley.model.Actor;
import app.parley.model.CardPosition;
import app.parley.model.QuoteKind;
import app.parley.model.Source;
import app.parley.model.Span;
import app.parley.session.AddActor;
import app.parley.session.AddQuote;
import app.parley.session.AddRelation;
import app.parley.session.Edit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Making the map by pointing at the words: with words selected in the article, the context menu (or A, Q, L, R in the
 * article, Ctrl+Shift+A, Q, L, R anywhere in the window) makes a new actor named by them, a quote of them, or a new link
 * or role resting on them, each one undoable edit of the session.
 */
final class ArticleAuthoring {

    /** What the article says above the text while no words are selected. */
    static final String IDLE_HINT = "Drag over words to make an actor, a quote, a link or a role from them.";
    /** What the article says above the text while words are selected. */
    static final String HINT = "A  new actor · Q  quote by… · L  evidence for a new link… · R  evidence for a new role… "
            + "(or right-click)";

    /** New actor from the selected words, anywhere in the window. */
    static final KeyCombination NEW_ACTOR = KeyCombination.keyCombination("Shortcut+Shift+A");
    /** Quote by…, anywhere in the window. */
    static final KeyCombination QUOTE_BY = KeyCombination.keyCombination("Shortcut+Shift+Q");
    /** Evidence for a new link…, anywhere in the window. */
    static final KeyCombination EVIDENCE_FOR_LINK = KeyCombination.keyCombination("Shortcut+Shift+L");
    /** Evidence for a new role…, anywhere in the window. */
    static final KeyCombination EVIDENCE_FOR_ROLE = KeyCombination.keyCombination("Shortcut+Shift+R");

    private static final String OPENING_MARKS = "“\"‘«„";
    private static final String CLOSING_MARKS = "”\"’»“";

    private final MainViewModel model;
    private final ArticleView article;
    private final Supplier<CardPosition> newCardSpot;
    private final Runnable afterEdit;

    /**
     * Installs the gestures on {@code article}.
     *
     * @param newCardSpot where a new actor's card goes (somewhere free in the middle of the map's view)
     * @param afterEdit   run after an edit was made (to bring the article back to the front)
     */
    ArticleAuthoring(MainViewModel model, ArticleView article, Supplier<CardPosition> newCardSpot, Runnable afterEdit) {
        this.model = model;
        this.article = article;
        this.newCardSpot = newCardSpot;
        this.afterEdit = afterEdit;
        article.setSelectionHints(IDLE_HINT, HINT);
        MenuItem actor = item("New actor…", "new-actor-from-words", NEW_ACTOR, this::newActor);
        MenuItem quote = item("Quote by…", "quote-by", QUOTE_BY, this::quoteBy);
        MenuItem link = item("Evidence for a new link…", "evidence-for-link", EVIDENCE_FOR_LINK,
                this::evidenceForLink);
        MenuItem role = item("Evidence for a new role…", "evidence-for-role", EVIDENCE_FOR_ROLE,
                this::evidenceForRole);
        ContextMenu menu = new ContextMenu(actor, quote, link, role);
        menu.setOnShowing(e -> {
            boolean none = article.selectedWordsProperty().get() == null;
            actor.setDisable(none);
            quote.setDisable(none);
            link.setDisable(none);
            role.setDisable(none);
        });
        PopupMenus.install(article, (x, y) -> menu);
        article.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        article.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                List.of(NEW_ACTOR, QUOTE_BY, EVIDENCE_FOR_LINK, EVIDENCE_FOR_ROLE)
                        .forEach(was.getAccelerators()::remove);
            }
            if (now != null) {
                now.getAccelerators().put(NEW_ACTOR, () -> whenWordsSelected(this::newActor));
                now.getAccelerators().put(QUOTE_BY, () -> whenWordsSelected(this::quoteBy));
                now.getAccelerators().put(EVIDENCE_FOR_LINK, () -> whenWordsSelected(this::evidenceForLink));
                now.getAccelerators().put(EVIDENCE_FOR_ROLE, () -> whenWordsSelected(this::evidenceForRole));
            }
        });
    }

    /**
     * A menu item showing its window-wide shortcut; the window's accelerator (one per key combination, whichever
     * registers it) carries the same action out.
     */
    private static MenuItem item(String text, String id, KeyCombination keys, Supplier<Optional<Edit>> action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(keys);
        item.setOnAction(e -> action.get());
        return item;
    }

    private void whenWordsSelected(Supplier<Optional<Edit>> action) {
        if (article.selectedWordsProperty().get() != null) {
            action.get();
        }
    }

    private void onKey(KeyEvent event) {
        if (event.isShortcutDown() || event.isAltDown() || article.selectedWordsProperty().get() == null) {
            return;
        }
        switch (event.getCode()) {
            case A -> newActor();
            case Q -> quoteBy();
            case L -> evidenceForLink();
            case R -> evidenceForRole();
            default -> {
                return;
            }
        }
        event.consume();
    }

    /** Asks for a new actor named by the selected words and adds it, its card placed on the map's view. */
    Optional<Edit> newActor() {
        Span span = article.selectedWordsProperty().get();
        if (span == null || graph() == null) {
            return Optional.empty();
        }
        ActorForm form = new ActorForm(nameFrom(words(span)), graph().dataset().ownSides());
        return done(AuthoringDialog.show(article.getScene().getWindow(), "New actor", null, form, form.nameField(),
                "Add actor", () -> new AddActor(form.name(), form.kind(), form.side(), form.aliases(),
                        newCardSpot.get()), model.bridge()));
    }

    /** Asks who said the selected words and adds them as a quote (without the quotation marks around them). */
    Optional<Edit> quoteBy() {
        Span selected = article.selectedWordsProperty().get();
        if (selected == null || graph() == null) {
            return Optional.empty();
        }
        Span span = withoutMarks(selected);
        boolean marked = !span.equals(selected) || nextToMarks(span);
        Source source = article.source();
        QuoteForm form = new QuoteForm(graph(), null, marked ? QuoteKind.DIRECT : QuoteKind.REPORTED,
                source == null ? null : source.date());
        return done(AuthoringDialog.show(article.getScene().getWindow(), "Quote by…", "“" + words(span) + "”", form,
                form.speakerField(), "Add quote", () -> new AddQuote(form.speakerId(), span, form.kind(),
                        form.saidOn(), null, List.of()), model.bridge()));
    }

    /**
     * Asks which link the selected words state and adds it; the first actor the words name is offered as its start,
     * the last other one as its end, and the type their verb states ("hosted": hosts) as its type.
     */
    Optional<Edit> evidenceForLink() {
        Span span = article.selectedWordsProperty().get();
        if (span == null || graph() == null) {
            return Optional.empty();
        }
        ActorGraph graph = graph();
        List<Actor> named = ActorMentions.find(span.sourceId(), words(span), graph.dataset().actors()).stream()
                .map(mention -> graph.actor(mention.actorId()).orElseThrow()).distinct().toList();
        Actor from = named.isEmpty() ? null : named.get(0);
        Actor to = named.size() < 2 ? null : named.get(named.size() - 1);
        LinkForm form = new LinkForm(graph, from, ArticleAssistant.linkTypeStatedBy(words(span)).orElse(null), to);
        return done(AuthoringDialog.show(article.getScene().getWindow(), "New link", "Resting on: “" + words(span)
                + "”", form, form.firstEmpty(), "Add link", () -> new AddRelation(form.fromId(), form.type(),
                form.toId(), span), model.bridge()));
    }

    /** Asks which role the selected words state (holder and what it belongs to guessed from them) and adds it. */
    Optional<Edit> evidenceForRole() {
        Span span = article.selectedWordsProperty().get();
        if (span == null || graph() == null) {
            return Optional.empty();
        }
        return done(RoleEditing.add(article.getScene().getWindow(), model, null, span));
    }

    private Optional<Edit> done(Optional<Edit> edit) {
        edit.ifPresent(e -> {
            model.work().say(Sentences.ended(e.label()));
            afterEdit.run();
        });
        return edit;
    }

    private ActorGraph graph() {
        OpenMap map = model.mapProperty().get();
        return map == null ? null : map.prepared().graph();
    }

    private String words(Span span) {
        return article.source().excerpt(span);
    }

    /** The span without quotation marks at its ends. */
    private Span withoutMarks(Span span) {
        String text = article.source().text();
        int start = span.start();
        int end = span.end();
        while (start < end && OPENING_MARKS.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && CLOSING_MARKS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return start == end ? span : new Span(span.sourceId(), start, end);
    }

    private boolean nextToMarks(Span span) {
        String text = article.source().text();
        return span.start() > 0 && OPENING_MARKS.indexOf(text.charAt(span.start() - 1)) >= 0
                || span.end() < text.length() && CLOSING_MARKS.indexOf(text.charAt(span.end())) >= 0;
    }

    /**
     * A new actor's name from the words selected: without the quotation marks, punctuation and spaces around them,
     * but with the full stop that ends an initial ("U.S.", not "U.S").
     */
    static String nameFrom(String words) {
        String name = words.replaceAll("^[\\p{Punct}“”‘’«»„\\s]+|[\\p{Punct}“”‘’«»„\\s]+$", "");
        boolean endsInInitial = name.matches("(?s)(.*[^\\p{L}’])?\\p{L}") && name.length() > 1;
        int after = words.indexOf(name) + name.length();
        return endsInInitial && after < words.length() && words.charAt(after) == '.' ? name + "." : name;
    }
}
