package app.parley.ui;

import app.parley.graph.ActorGraph;
import app.parley.graph.Link;
import app.parley.graph.RoleLink;
import app.parley.model.Actor;
import app.parley.model.Quote;
import app.parley.model.Role;
import app.parley.model.Source;
import app.parley.model.Span;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * The map as three sortable, keyboard-navigable tables (actors, links, quotes): the accessible alternative to the
 * picture. Selecting a row selects the actor or link on the map; selecting on the map selects the row.
 */
public final class TablesView extends TabPane {

    /** Style class of the view. */
    public static final String STYLE_CLASS = "tables-view";

    /** The narrowest a column of names gets; the last column gives way first. */
    private static final double NAME_MIN_WIDTH = 130;

    private final MainViewModel model;
    private final TableView<Actor> actors = new TableView<>();
    private final TableView<Link> links = new TableView<>();
    private final TableView<Quote> quotes = new TableView<>();
    private final InvalidationListener mapChanged = o -> fill();
    private final InvalidationListener selectionChanged = o -> followSelection();
    private boolean following;

    /** Tables of {@code model}'s map. */
    public TablesView(MainViewModel model) {
        this.model = model;
        getStyleClass().add(STYLE_CLASS);
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        setUpActors();
        setUpLinks();
        setUpQuotes();
        getTabs().addAll(new Tab("Actors", actors), new Tab("Links", links), new Tab("Quotes", quotes));
        model.mapProperty().addListener(mapChanged);
        model.selectionProperty().addListener(selectionChanged);
        fill();
    }

    /** The actors table. */
    public TableView<Actor> actorTable() {
        return actors;
    }

    /** The links table (roles and relations). */
    public TableView<Link> linkTable() {
        return links;
    }

    /** The quotes table. */
    public TableView<Quote> quoteTable() {
        return quotes;
    }

    /** Stops listening to the view model. */
    public void dispose() {
        model.mapProperty().removeListener(mapChanged);
        model.selectionProperty().removeListener(selectionChanged);
    }

    private void setUpActors() {
        actors.getColumns().add(atLeast(column("Name", 190, Actor::name), 180));
        actors.getColumns().add(whole(column("Kind", 110, a -> a.kind().label())));
        actors.getColumns().add(whole(column("Side", 130, a -> a.side().label())));
        TableColumn<Actor, Integer> degree = new TableColumn<>("Links");
        degree.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(degreeOf(c.getValue())));
        degree.setPrefWidth(72);
        whole(degree);
        degree.setStyle("-fx-alignment: CENTER-RIGHT;");
        actors.getColumns().add(degree);
        actors.getColumns().add(column("Roles", 330, this::roles));
        actors.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        actors.setPlaceholder(new Label("No actors: open a map."));
        actors.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!following && now != null) {
                model.selectActor(now.id());
            }
        });
        TypeAhead.install(actors, Actor::name);
    }

    private void setUpLinks() {
        links.getColumns().add(atLeast(column("From", 170, l -> nameOf(l.fromId())), NAME_MIN_WIDTH));
        links.getColumns().add(atLeast(column("Relation", 170, Link::label), NAME_MIN_WIDTH));
        links.getColumns().add(atLeast(column("To", 170, l -> nameOf(l.toId())), NAME_MIN_WIDTH));
        links.getColumns().add(whole(column("Type", 84, l -> l instanceof RoleLink ? "role" : "relation")));
        TableColumn<Link, String> sentence = column("Evidence", 460,
                l -> sentenceOf(l.evidence()));
        links.getColumns().add(sentence);
        links.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        links.setPlaceholder(new Label("No links: open a map."));
        links.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!following && now != null) {
                model.selectLink(now.id());
            }
        });
        TypeAhead.install(links, l -> nameOf(l.fromId()));
    }

    private void setUpQuotes() {
        quotes.getColumns().add(atLeast(column("Speaker", 170, q -> nameOf(q.speakerId())), NAME_MIN_WIDTH));
        quotes.getColumns().add(whole(column("Kind", 84, q -> q.kind().label())));
        TableColumn<Quote, LocalDate> date = new TableColumn<>("Said on");
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().saidOn()));
        date.setPrefWidth(104);
        whole(date);
        quotes.getColumns().add(date);
        quotes.getColumns().add(atLeast(column("Reported by", 170,
                q -> q.reportedById() == null ? "" : nameOf(q.reportedById())), NAME_MIN_WIDTH));
        quotes.getColumns().add(column("Quote", 420, Quote::text));
        quotes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        quotes.setPlaceholder(new Label("No quotes in this map."));
        quotes.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!following && now != null) {
                model.selectSpeaker(now);
            }
        });
        TypeAhead.install(quotes, q -> nameOf(q.speakerId()));
    }

    /** A column of short words (a kind, a side, a number) that never narrows below its width, so none is cut. */
    private static <T, V> TableColumn<T, V> whole(TableColumn<T, V> column) {
        column.setMinWidth(column.getPrefWidth());
        return column;
    }

    /** A column of names that narrows no further than {@code minWidth} when the table is narrow. */
    private static <T, V> TableColumn<T, V> atLeast(TableColumn<T, V> column, double minWidth) {
        column.setMinWidth(minWidth);
        return column;
    }

    /** A sortable text column whose cells show the whole text as a tooltip. */
    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.length() < 30 ? null : new Tooltip(text));
            }
        });
        return column;
    }

    private void fill() {
        OpenMap map = model.mapProperty().get();
        following = true;
        try {
            if (map == null) {
                actors.setItems(FXCollections.observableArrayList());
                links.setItems(FXCollections.observableArrayList());
                quotes.setItems(FXCollections.observableArrayList());
            } else {
                ActorGraph graph = map.prepared().graph();
                actors.setItems(FXCollections.observableArrayList(graph.graph().vertexSet().stream()
                        .sorted(Comparator.comparingInt(a -> graph.indexOf(a.id()))).toList()));
                links.setItems(FXCollections.observableArrayList(graph.links()));
                quotes.setItems(FXCollections.observableArrayList(map.dataset().quotes()));
            }
        } finally {
            following = false;
        }
        followSelection();
    }

    private void followSelection() {
        following = true;
        try {
            Selection selection = model.selectionProperty().get();
            if (selection instanceof Selection.OfActor of) {
                select(actors, a -> a.id().equals(of.actor().id()));
                links.getSelectionModel().clearSelection();
                Quote quote = quotes.getSelectionModel().getSelectedItem();
                if (quote != null && !quote.speakerId().equals(of.actor().id())) {
                    quotes.getSelectionModel().clearSelection();
                }
            } else if (selection instanceof Selection.OfLink of) {
                select(links, l -> l.id().equals(of.link().id()));
                actors.getSelectionModel().clearSelection();
                quotes.getSelectionModel().clearSelection();
            } else {
                actors.getSelectionModel().clearSelection();
                links.getSelectionModel().clearSelection();
                quotes.getSelectionModel().clearSelection();
            }
        } finally {
            following = false;
        }
    }

    private static <T> void select(TableView<T> table, Predicate<T> wanted) {
        List<T> items = table.getItems();
        for (int row = 0; row < items.size(); row++) {
            if (wanted.test(items.get(row))) {
                if (table.getSelectionModel().getSelectedIndex() != row) {
                    table.getSelectionModel().clearAndSelect(row);
                    table.scrollTo(row);
                }
                table.getFocusModel().focus(row);
                return;
            }
        }
        table.getSelectionModel().clearSelection();
    }

    private String roles(Actor actor) {
        OpenMap map = model.mapProperty().get();
        if (map == null) {
            return "";
        }
        ActorGraph graph = map.prepared().graph();
        return graph.index().rolesOf(actor.id()).stream().map(r -> roleText(r, graph))
                .collect(Collectors.joining("; "));
    }

    private static String roleText(Role role, ActorGraph graph) {
        return role.ofId() == null ? role.title() : role.title() + " (" + graph.index().nameOf(role.ofId()) + ")";
    }

    private int degreeOf(Actor actor) {
        OpenMap map = model.mapProperty().get();
        return map == null ? 0 : map.prepared().graph().graph().degreeOf(actor);
    }

    private String nameOf(String actorId) {
        OpenMap map = model.mapProperty().get();
        return map == null ? actorId : map.prepared().graph().index().nameOf(actorId);
    }

    private String sentenceOf(Span span) {
        OpenMap map = model.mapProperty().get();
        if (map == null) {
            return "";
        }
        return map.prepared().graph().index().source(span.sourceId()).filter(s -> s.contains(span))
                .map((Source s) -> s.excerpt(s.sentenceAround(span))).orElse("");
    }
}
