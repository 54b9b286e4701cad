package app.parley.graph.export;

import app.parley.graph.ActorGraph;
import app.parley.graph.Link;
import app.parley.graph.RelationLink;
import app.parley.graph.RoleLink;
import app.parley.model.Actor;
import app.parley.model.Side;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;

/**
 * Writes the graph in Graphviz DOT, drawn the way Parley draws it: actors named and shaped by kind (rounded box:
 * person, hexagon: state, box: organization, double box: delegation), outlined in their side's Okabe–Ito colour on a
 * light tint of it; links labelled and stroked by meaning (solid: authority, dashed: diplomacy, bold dashes: conflict,
 * dotted: a position held). The graph settings suit {@code sfdp -Tpng} (no overlaps, curved links).
 */
public final class DotWriter {

    /** The Okabe–Ito side colours, as the picture uses them. */
    private static final Map<Side, Integer> SIDE_COLOURS = sideColours();
    private static final double TINT = 0.18;

    /** Writes {@code graph} to {@code target}, replacing it atomically, and returns {@code target}. */
    public Path write(ActorGraph graph, Path target) throws IOException {
        return TextFiles.write(target, out -> write(graph, out));
    }

    /** Writes {@code graph} to {@code out}. */
    public void write(ActorGraph graph, Writer out) {
        DOTExporter<Actor, Link> exporter = new DOTExporter<>(actor -> quoted(actor.id()));
        exporter.setGraphIdProvider(() -> "parley");
        exporter.setGraphAttributeProvider(() -> {
            Map<String, Attribute> settings = new LinkedHashMap<>();
            settings.put("label", plain(quoted(graph.dataset().title())));
            settings.put("labelloc", plain("t"));
            settings.put("fontname", plain(quoted("DejaVu Sans")));
            settings.put("overlap", plain("prism"));
            settings.put("splines", plain("true"));
            settings.put("sep", plain(quoted("+12")));
            settings.put("outputorder", plain("edgesfirst"));
            return settings;
        });
        exporter.setVertexAttributeProvider(DotWriter::actor);
        exporter.setEdgeAttributeProvider(DotWriter::link);
        exporter.exportGraph(graph.graph(), out);
    }

    private static Map<String, Attribute> actor(Actor actor) {
        Map<String, Attribute> out = new LinkedHashMap<>();
        int colour = SIDE_COLOURS.getOrDefault(actor.side(), 0x7F7F7F);
        out.put("label", text(actor.name()));
        out.put("fontname", text("DejaVu Sans"));
        out.put("color", text(hex(colour)));
        out.put("fillcolor", text(hex(tint(colour))));
        out.put("penwidth", plain("2"));
        switch (actor.kind()) {
            case PERSON -> {
                out.put("shape", plain("box"));
                out.put("style", text("rounded,filled"));
            }
            case STATE -> {
                out.put("shape", plain("hexagon"));
                out.put("style", plain("filled"));
            }
            case DELEGATION -> {
                out.put("shape", plain("box"));
                out.put("style", text("rounded,filled"));
                out.put("peripheries", plain("2"));
            }
            default -> {
                out.put("shape", plain("box"));
                out.put("style", plain("filled"));
            }
        }
        out.put("side", text(actor.side().id()));
        out.put("kind", text(actor.kind().id()));
        return out;
    }

    private static Map<String, Attribute> link(Link link) {
        Map<String, Attribute> out = new LinkedHashMap<>();
        out.put("label", text(link.label()));
        out.put("fontname", text("DejaVu Sans"));
        out.put("fontsize", plain("9"));
        out.put("fontcolor", text("#2f353c"));
        out.put("color", text("#59626d"));
        out.put("style", plain(style(link)));
        if (link instanceof RelationLink relation && isConflict(relation)) {
            out.put("penwidth", plain("2"));
        }
        if (!link.directed()) {
            out.put("dir", plain("none"));
        }
        out.put("id", text(link.id()));
        out.put("type", text(link instanceof RoleLink ? RoleLink.CATEGORY : link.category()));
        return out;
    }

    private static String style(Link link) {
        if (link instanceof RoleLink) {
            return "dotted";
        }
        RelationLink relation = (RelationLink) link;
        if (isConflict(relation)) {
            return "dashed";
        }
        return switch (relation.relation().type()) {
            case MEDIATES, HOSTS, MET_WITH, NEGOTIATES_WITH, PROPOSED, SEEKS_MEETING_WITH -> "dashed";
            default -> "solid";
        };
    }

    private static boolean isConflict(RelationLink link) {
        return switch (link.relation().type()) {
            case CRITICISED, ACCUSED, PRESSURED, AT_WAR_WITH -> true;
            default -> false;
        };
    }

    private static String quoted(String id) {
        return '"' + id.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** A value the exporter quotes itself (it does so for node and edge attributes, not for the graph's). */
    private static Attribute text(String value) {
        return DefaultAttribute.createAttribute(value);
    }

    private static Attribute plain(String value) {
        return new DefaultAttribute<>(value, AttributeType.UNKNOWN);
    }

    private static int tint(int colour) {
        int red = mix(colour >> 16 & 0xFF);
        int green = mix(colour >> 8 & 0xFF);
        int blue = mix(colour & 0xFF);
        return red << 16 | green << 8 | blue;
    }

    private static int mix(int channel) {
        return (int) Math.round(255 + (channel - 255) * TINT);
    }

    private static String hex(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb);
    }

    private static Map<Side, Integer> sideColours() {
        Map<Side, Integer> colours = new EnumMap<>(Side.class);
        colours.put(Side.UKRAINE, 0x0072B2);
        colours.put(Side.RUSSIA, 0xD55E00);
        colours.put(Side.TURKEY, 0x009E73);
        colours.put(Side.UNITED_STATES, 0xCC79A7);
        colours.put(Side.EUROPE_NATO, 0xE69F00);
        colours.put(Side.OTHER, 0x7F7F7F);
        return colours;
    }
}
