package app.parley.ui;

import app.parley.graph.ActorPath;
import app.parley.graph.Delegate;
import app.parley.graph.DelegationSummary;
import app.parley.graph.Mandate;
import app.parley.model.Actor;
import app.parley.model.Rank;
import app.parley.model.Role;
import app.parley.render.fx.FxSurface;
import app.parley.render.scene.Theme;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The delegations side by side, one column each: whom it represents, who sent it and with what mandate, how senior it
 * is (badges and a one-line verdict), its leader first and then its members with their titles and ranks; each
 * delegate's chain of authority up to a head of state can be shown below and on the map.
 */
public final class DelegationsView extends ScrollPane {

    /** Style class of the view. */
    public static final String STYLE_CLASS = "delegations-view";
    /** Style class of one delegation's column. */
    public static final String COLUMN_CLASS = "delegation-column";
    /** Style class of a delegation's name. */
    public static final String TITLE_CLASS = "delegation-title";
    /** Style class of the seniority verdict line. */
    public static final String VERDICT_CLASS = "delegation-verdict";
    /** Style class of a rank badge; "tier-N" or "no-rank" is added. */
    public static final String RANK_CLASS = "rank-badge";
    /** Style class of a yes/no fact badge; "yes" or "no" is added. */
    public static final String FACT_CLASS = "fact-badge";
    /** Style class added to the facts that decide how senior a delegation is. */
    public static final String KEY_FACT_CLASS = "key";
    /** Style class of a delegate's row; "leader" is added for leaders. */
    public static final String DELEGATE_CLASS = "delegate-row";
    /** Style class of the chain panel. */
    public static final String CHAIN_CLASS = "chain-panel";

    private static final double COLUMN_MIN_WIDTH = 300;
    /** The space between two columns, across and down. */
    private static final double COLUMN_GAP = 14;

    /** Style class of the sentence that states a delegation's mandate. */
    static final String MANDATE_CLASS = "delegation-mandate";

    private final ExploreViewModel explore;
    private final MainViewModel model;
    private final Runnable showMap;
    private final FlowPane columns = new FlowPane(COLUMN_GAP, COLUMN_GAP);
    private final VBox chainPanel = new VBox(8);
    private final ListChangeListener<DelegationSummary> delegationsChanged = c -> rebuild();
    private final InvalidationListener chainChanged = o -> showChain();
    private final InvalidationListener mapChanged = o -> rebuild();

    /**
     * A view of {@code explore}'s delegations; {@code showMap} brings the map to the front to show a chain on it.
     */
    public DelegationsView(ExploreViewModel explore, MainViewModel model, Runnable showMap) {
        this.explore = explore;
        this.model = model;
        this.showMap = showMap;
        getStyleClass().add(STYLE_CLASS);
        setFitToWidth(true);
        Label heading = new Label("Who each side sent to the table");
        heading.getStyleClass().add("article-title");
        Label legend = new Label("Rank tiers: 1 head of state or organization, 2 minister, 3 deputy minister, agency "
                + "head or senior official, 4 spokesperson, 5 official. A role the article gives no rank to shows "
                + "“no rank given”.");
        legend.setWrapText(true);
        legend.getStyleClass().add(QuoteCell.MUTED_CLASS);
        chainPanel.getStyleClass().add(CHAIN_CLASS);
        VBox page = new VBox(12, heading, legend, columns, chainPanel);
        page.getStyleClass().add("delegations-page");
        setContent(page);
        columns.setMinWidth(0);
        columns.widthProperty().addListener(o -> fitColumns());
        explore.delegations().addListener(delegationsChanged);
        model.mapProperty().addListener(mapChanged);
        explore.routes().chainOfProperty().addListener(chainChanged);
        explore.routes().chainProperty().addListener(chainChanged);
        rebuild();
        showChain();
    }

    /** Stops listening to the view model. */
    public void dispose() {
        explore.delegations().removeListener(delegationsChanged);
        model.mapProperty().removeListener(mapChanged);
        explore.routes().chainOfProperty().removeListener(chainChanged);
        explore.routes().chainProperty().removeListener(chainChanged);
    }

    /** The delegation columns, in dataset order. */
    public List<VBox> columns() {
        return columns.getChildren().stream().map(VBox.class::cast).toList();
    }

    private void rebuild() {
        columns.getChildren().clear();
        if (explore.delegations().isEmpty()) {
            Label empty = new Label(model.mapProperty().get() == null ? "Opening…"
                    : "This map has no delegations: no actor is of kind “delegation”.");
            empty.setWrapText(true);
            columns.getChildren().add(new VBox(empty));
            return;
        }
        for (DelegationSummary summary : explore.delegations()) {
            columns.getChildren().add(column(summary));
        }
        fitColumns();
    }

    /**
     * Sets the columns side by side as many as fit at {@link #COLUMN_MIN_WIDTH} or more, all of one width that fills
     * the row; those that do not fit go on the next row (on a small screen, two delegations beside each other and the
     * third below, instead of a row wider than the window).
     */
    private void fitColumns() {
        double width = columns.getWidth();
        if (width <= 0) {
            return;
        }
        int count = columns.getChildren().size();
        int fitting = (int) Math.floor((width + COLUMN_GAP) / (COLUMN_MIN_WIDTH + COLUMN_GAP));
        int perRow = Math.max(1, Math.min(count, fitting));
        double columnWidth = Math.floor((width - (perRow - 1) * COLUMN_GAP) / perRow);
        for (var child : columns.getChildren()) {
            if (child instanceof Region column) {
                column.setPrefWidth(columnWidth);
            }
        }
        columns.setPrefWrapLength(width);
    }

    private VBox column(DelegationSummary summary) {
        Theme theme = model.themeProperty().get();
        Actor delegation = summary.delegation();
        VBox column = new VBox(6);
        column.getStyleClass().add(COLUMN_CLASS);
        column.setMinWidth(Region.USE_PREF_SIZE);
        column.setPrefWidth(COLUMN_MIN_WIDTH);
        Region stripe = new Region();
        stripe.setPrefHeight(6);
        stripe.setMinHeight(6);
        stripe.setBackground(new Background(new BackgroundFill(FxSurface.color(theme.side(delegation.side())),
                null, null)));
        Hyperlink title = new Hyperlink(delegation.name());
        title.getStyleClass().add(TITLE_CLASS);
        title.setOnAction(e -> model.selectActor(delegation.id()));
        title.setTooltip(new Tooltip("Select " + delegation.name() + " on the map"));
        column.getChildren().addAll(stripe, title);
        column.getChildren().add(fact("Represents", names(summary.represents())));
        column.getChildren().add(fact("Sent by", names(summary.senders())));
        column.getChildren().add(fact("Mandate", mandates(summary.mandates())));
        for (Mandate mandate : summary.mandates()) {
            if (!mandate.sentence().isEmpty()) {
                Label said = muted("“" + mandate.sentence() + "”");
                said.getStyleClass().add(MANDATE_CLASS);
                said.setMinHeight(Region.USE_PREF_SIZE);
                column.getChildren().add(said);
            }
        }
        column.getChildren().add(heading("Seniority"));
        FlowPane badges = new FlowPane(6, 6);
        Label highest = new Label("highest rank: " + summary.highestRank().map(Rank::label).orElse("none given"));
        highest.getStyleClass().addAll(RANK_CLASS,
                summary.highestRank().map(r -> "tier-" + r.tier()).orElse("no-rank"));
        highest.setTooltip(new Tooltip(summary.highestRank().map(r -> "Tier " + r.tier() + " of 5; 1 is a head of "
                + "state").orElse("Nobody in the delegation has a rank in the article")));
        highest.getStyleClass().add(KEY_FACT_CLASS);
        badges.getChildren().add(highest);
        Label ledByMinister = yesNo("led by a minister", summary.leaders().isEmpty() ? null
                : summary.ledByMinisterOrAbove());
        ledByMinister.getStyleClass().add(KEY_FACT_CLASS);
        badges.getChildren().add(ledByMinister);
        badges.getChildren().add(yesNo("minister present", summary.ministerPresent()));
        badges.getChildren().add(yesNo("head of state present", summary.headOfStatePresent()));
        column.getChildren().add(badges);
        Label verdict = new Label(summary.verdict());
        verdict.getStyleClass().addAll(VERDICT_CLASS, QuoteCell.MUTED_CLASS);
        verdict.setWrapText(true);
        verdict.setMinHeight(Region.USE_PREF_SIZE);
        column.getChildren().add(verdict);
        column.getChildren().add(heading(summary.leaders().size() > 1 ? "Leaders" : "Leader"));
        if (summary.leaders().isEmpty()) {
            column.getChildren().add(muted("No leader named in the article."));
        }
        summary.leaders().forEach(d -> column.getChildren().add(delegateRow(d, true)));
        column.getChildren().add(heading("Members (" + summary.members().size() + ")"));
        if (summary.members().isEmpty()) {
            column.getChildren().add(muted("No other member named in the article."));
        }
        summary.members().forEach(d -> column.getChildren().add(delegateRow(d, false)));
        return column;
    }

    private VBox delegateRow(Delegate delegate, boolean leader) {
        Actor person = delegate.person();
        Hyperlink name = new Hyperlink(person.name());
        name.getStyleClass().add("delegate-name");
        name.setOnAction(e -> model.selectActor(person.id()));
        name.setTooltip(new Tooltip("Select " + person.name() + " on the map"));
        Label badge = rankBadge(delegate.bestRank());
        FlowPane top = new FlowPane(6, 2, name, badge);
        top.setAlignment(Pos.CENTER_LEFT);
        Label titles = new Label(delegate.roles().isEmpty() ? "no title given"
                : delegate.roles().stream().map(this::roleText).collect(Collectors.joining("; ")));
        titles.setWrapText(true);
        titles.setMinHeight(Region.USE_PREF_SIZE);
        Button chain = new Button("Authority chain");
        chain.getStyleClass().add("small");
        chain.setTooltip(new Tooltip("Whom " + person.name() + " answers to, step by step up to a head of state"));
        chain.setOnAction(e -> {
            explore.routes().showChain(person.id());
            Platform.runLater(this::scrollToChain);
        });
        VBox row = new VBox(3, top, titles, chain);
        row.getStyleClass().add(DELEGATE_CLASS);
        if (leader) {
            row.getStyleClass().add("leader");
        }
        row.setUserData(person.id());
        return row;
    }

    private String roleText(Role role) {
        String of = role.ofId() == null ? "" : " (" + model.mapProperty().get().prepared().graph().index()
                .nameOf(role.ofId()) + ")";
        return role.title() + of;
    }

    private void showChain() {
        chainPanel.getChildren().clear();
        Actor of = explore.routes().chainOfProperty().get();
        if (of == null) {
            chainPanel.getChildren().add(muted("Press “Authority chain” under a delegate to see whom they answer "
                    + "to, step by step up to a head of state, with the sentence behind each step."));
            return;
        }
        Label heading = new Label("Authority chain of " + of.name());
        heading.getStyleClass().add(ActorCardView.NAME_CLASS);
        Label message = new Label();
        message.textProperty().bind(explore.routes().chainMessageProperty());
        message.setWrapText(true);
        chainPanel.getChildren().addAll(heading, message);
        ActorPath chain = explore.routes().chainProperty().get();
        if (chain != null && chain.length() > 0 && explore.graph() != null) {
            chainPanel.getChildren().add(new RouteStepsView(chain, explore.graph(), model));
            Button onMap = new Button("Show on the map");
            onMap.setTooltip(new Tooltip("The chain is highlighted on the map"));
            onMap.setOnAction(e -> {
                explore.routes().show(chain);
                showMap.run();
            });
            chainPanel.getChildren().add(onMap);
        }
    }

    private static Label rankBadge(Optional<Rank> rank) {
        Label badge = new Label(rank.map(r -> r.label() + " · tier " + r.tier()).orElse("no rank given"));
        badge.getStyleClass().addAll(RANK_CLASS, rank.map(r -> "tier-" + r.tier()).orElse("no-rank"));
        badge.setMinWidth(Region.USE_PREF_SIZE);
        return badge;
    }

    private static Label yesNo(String fact, Boolean value) {
        String answer = value == null ? "no leader named" : value ? "yes" : "no";
        Label badge = new Label(fact + ": " + answer);
        badge.getStyleClass().addAll(FACT_CLASS, value == null ? "unknown" : value ? "yes" : "no");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        return badge;
    }

    /** Scrolls to the bottom, where the authority chain is, once it is laid out. */
    private void scrollToChain() {
        applyCss();
        layout();
        setVvalue(getVmax());
    }

    private static HBox fact(String name, String value) {
        Label key = new Label(name);
        key.getStyleClass().add(QuoteCell.MUTED_CLASS);
        key.setMinWidth(80);
        Label text = new Label(value);
        text.setWrapText(true);
        HBox row = new HBox(6, key, text);
        return row;
    }

    private static String names(List<Actor> actors) {
        return actors.isEmpty() ? "not stated" : actors.stream().map(Actor::name).collect(Collectors.joining(", "));
    }

    private static String mandates(List<Mandate> mandates) {
        return mandates.isEmpty() ? "not stated" : mandates.stream()
                .map(m -> "from " + m.giver().name() + " to " + m.recipient().name())
                .collect(Collectors.joining("; "));
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add(ActorCardView.HEADING_CLASS);
        return heading;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(QuoteCell.MUTED_CLASS);
        label.setWrapText(true);
        return label;
    }
}
