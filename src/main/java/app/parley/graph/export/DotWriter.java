package app.parley.graph.export;

import app.parley.graph.ActorGraph;
import app.parley.graph.Link;
import app.parley.model.Actor;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes the graph in Graphviz DOT, drawn the way Parley draws it: actors named and shaped by kind (rounded box:
 * person, hexagon: state, box: organization, double box: delegation), outlined in their side's colour on a light
 * tint of it; links labelled and stroked by meaning (solid: authority, dashed: diplomacy, bold dashes: conflict,
 * dotted: a position held). When the caller passes the drawing, every actor gets {@code pos="x,y!"} in points with y
 * pointing up, so {@code neato -n2} draws the map where Parley drew it; otherwise the settings suit {@code sfdp}.
 * Curved links ({@code splines=true}) are asked for only up to {@value #CURVED_LINKS_UP_TO} links: beyond that,
 * routing them takes Graphviz minutes.
 *
 * <p>Every identifier and value is a quoted DOT string with backslashes, quotes and line breaks escaped, so no name
 * can end a string early, start a new statement or leave a trailing escape.
 */
public final class DotWriter {

    /** The most links for which curved routing is asked for. */
    public static final int CURVED_LINKS_UP_TO = 500;
    private static final double CARD_TINT = 0.18;
    private static final double POINTS_PER_INCH = 72;

    /** Writes {@code graph} to {@code target}, replacing it atomically, and returns what it had to repair. */
    public Repairs write(ActorGraph graph, Placement placement, Path target) throws IOException {
        Repairs repairs = new Repairs();
        TextFiles.write(target, out -> write(graph, placement, out, repairs));
        return repairs;
    }

    /** Writes {@code graph} to {@code out}, recording replaced characters in {@code repairs}. */
    public void write(ActorGraph graph, Placement placement, Writer out, Repairs repairs) throws IOException {
        DotText dot = new DotText(repairs);
        out.write("digraph parley {\n");
        repairs.at("the title");
        setting(out, "label", dot.quoted(graph.dataset().title()));
        setting(out, "labelloc", "t");
        setting(out, "fontname", dot.quoted("DejaVu Sans"));
        setting(out, "outputorder", "edgesfirst");
        if (placement.positioned()) {
            setting(out, "splines", graph.links().size() <= CURVED_LINKS_UP_TO ? "true" : "line");
        } else {
            setting(out, "overlap", "prism");
            setting(out, "sep", dot.quoted("+12"));
            if (graph.links().size() <= CURVED_LINKS_UP_TO) {
                setting(out, "splines", "true");
            }
        }
        for (Actor actor : graph.actors()) {
            repairs.at("actor " + actor.id());
            out.write("  ");
            out.write(dot.quoted(actor.id()));
            out.write(" [");
            actor(out, dot, actor, placement);
            out.write("];\n");
        }
        for (Link link : graph.links()) {
            repairs.at("link " + link.id());
            out.write("  ");
            out.write(dot.quoted(link.fromId()));
            out.write(" -> ");
            out.write(dot.quoted(link.toId()));
            out.write(" [");
            link(out, dot, link);
            out.write("];\n");
        }
        out.write("}\n");
        out.flush();
    }

    private static void setting(Writer out, String name, String value) throws IOException {
        out.write("  ");
        out.write(name);
        out.write('=');
        out.write(value);
        out.write(";\n");
    }

    private static void actor(Writer out, DotText dot, Actor actor, Placement placement) throws IOException {
        int colour = placement.colour(actor.side());
        Attributes list = new Attributes(out);
        list.add("label", dot.quoted(actor.name()));
        list.add("fontname", dot.quoted("DejaVu Sans"));
        list.add("color", dot.quoted(Looks.hex(colour)));
        list.add("fillcolor", dot.quoted(Looks.hex(Looks.tint(colour, CARD_TINT))));
        list.add("penwidth", "2");
        switch (actor.kind()) {
            case PERSON -> {
                list.add("shape", "box");
                list.add("style", dot.quoted("rounded,filled"));
            }
            case STATE -> {
                list.add("shape", "hexagon");
                list.add("style", "filled");
            }
            case DELEGATION -> {
                list.add("shape", "box");
                list.add("style", dot.quoted("rounded,filled"));
                list.add("peripheries", "2");
            }
            default -> {
                list.add("shape", "box");
                list.add("style", "filled");
            }
        }
        Optional<Place> place = placement.place(actor.id());
        if (place.isPresent()) {
            Place at = place.get();
            list.add("pos", dot.quoted(Numbers.plain(at.x()) + "," + Numbers.plain(-at.y()) + "!"));
            list.add("width", Numbers.plain(Math.max(0.01, at.width() / POINTS_PER_INCH)));
            list.add("height", Numbers.plain(Math.max(0.01, at.height() / POINTS_PER_INCH)));
            list.add("fixedsize", "true");
        }
        list.add("side", dot.quoted(actor.side().id()));
        list.add("kind", dot.quoted(actor.kind().id()));
    }

    private static void link(Writer out, DotText dot, Link link) throws IOException {
        Looks.Line line = Looks.line(link);
        Attributes list = new Attributes(out);
        list.add("label", dot.quoted(link.label()));
        list.add("fontname", dot.quoted("DejaVu Sans"));
        list.add("fontsize", "9");
        list.add("fontcolor", dot.quoted("#2f353c"));
        list.add("color", dot.quoted("#59626d"));
        list.add("style", switch (line) {
            case SOLID -> "solid";
            case DOTTED -> "dotted";
            default -> "dashed";
        });
        if (line == Looks.Line.CONFLICT) {
            list.add("penwidth", "2");
        }
        if (!link.directed()) {
            list.add("dir", "none");
        }
        list.add("id", dot.quoted(link.id()));
        list.add("type", dot.quoted(link.category()));
    }

    /** Writes {@code name=value} pairs separated by commas. */
    private static final class Attributes {

        private final Writer out;
        private boolean first = true;

        Attributes(Writer out) {
            this.out = out;
        }

        void add(String name, String value) throws IOException {
            if (!first) {
                out.write(", ");
            }
            first = false;
            out.write(name);
            out.write('=');
            out.write(value);
        }
    }
}
