package app.parley.render.scene;

import app.parley.graph.ActorGraph;
import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.Rank;
import app.parley.model.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Measures the card of every actor: the name in bold and, under it, the most senior role or the kind. */
public final class NodeCards {

    private static final double PAD_X = 11;
    private static final double PAD_Y = 6;
    private static final double LINE_GAP = 2;
    private static final double MIN_WIDTH = 84;

    private NodeCards() {
    }

    /** The cards of all actors, in vertex order. */
    public static List<NodeCard> measure(ActorGraph graph, Theme theme, TextMeasurer measurer) {
        List<NodeCard> cards = new ArrayList<>(graph.size());
        for (Actor actor : graph.actors()) {
            cards.add(measure(graph, actor, theme, measurer));
        }
        return cards;
    }

    /**
     * Measures ahead the texts the cards of {@code actors} will show: each name in the name font, each role title and
     * kind in the role font, and both fonts' line metrics; a measurer that keeps what it measured (as {@code
     * FxTextMeasurer} does) then makes the cards quicker, say on another thread while the graph is being built. The
     * cards come out the same whether or not this ran.
     */
    public static void premeasure(List<Actor> actors, List<Role> roles, Theme theme, TextMeasurer measurer) {
        FontSpec nameFont = theme.nameFont();
        FontSpec roleFont = theme.roleFont();
        for (FontSpec font : List.of(nameFont, roleFont)) {
            measurer.ascent(font);
            measurer.descent(font);
        }
        for (Actor actor : actors) {
            measurer.width(actor.name(), nameFont);
        }
        for (ActorKind kind : ActorKind.values()) {
            measurer.width(kindLine(kind), roleFont);
        }
        for (Role role : roles) {
            measurer.width(role.title(), roleFont);
        }
    }

    /** The card of one actor of {@code graph}. */
    public static NodeCard measure(ActorGraph graph, Actor actor, Theme theme, TextMeasurer measurer) {
        return card(actor.name(), subtitle(graph, actor), theme, measurer);
    }

    /** The line under an actor's name: its most senior role title, or what kind of actor it is. */
    public static String subtitle(ActorGraph graph, Actor actor) {
        if (actor.kind() != ActorKind.PERSON) {
            return kindLine(actor.kind());
        }
        return graph.rolesOf(actor.id()).stream()
                .min(Comparator.comparingInt(NodeCards::tier))
                .map(Role::title)
                .orElse("");
    }

    /** The line under the name of an actor that is not a person: what kind of actor it is. */
    private static String kindLine(ActorKind kind) {
        return kind.label().toLowerCase(Locale.ROOT);
    }

    private static int tier(Role role) {
        Rank rank = role.rank();
        return rank == null ? Integer.MAX_VALUE : rank.tier();
    }

    private static NodeCard card(String name, String subtitle, Theme theme, TextMeasurer measurer) {
        FontSpec nameFont = theme.nameFont();
        FontSpec roleFont = theme.roleFont();
        double scale = theme.fontScale();
        double padX = PAD_X * scale;
        double padY = PAD_Y * scale;
        double width = measurer.width(name, nameFont);
        List<TextRun> lines = new ArrayList<>(2);
        double y = padY + measurer.ascent(nameFont);
        lines.add(new TextRun(name, padX, y, nameFont, false));
        double bottom = y + measurer.descent(nameFont);
        if (!subtitle.isEmpty()) {
            width = Math.max(width, measurer.width(subtitle, roleFont));
            y = bottom + LINE_GAP * scale + measurer.ascent(roleFont);
            lines.add(new TextRun(subtitle, padX, y, roleFont, true));
            bottom = y + measurer.descent(roleFont);
        }
        double cardWidth = Math.max(MIN_WIDTH * scale, width + 2 * padX);
        List<TextRun> centred = new ArrayList<>(lines.size());
        for (TextRun line : lines) {
            double lineWidth = measurer.width(line.text(), line.font());
            centred.add(new TextRun(line.text(), (cardWidth - lineWidth) / 2, line.baseline(), line.font(), line.muted()));
        }
        return new NodeCard(cardWidth, bottom + padY, centred);
    }
}
