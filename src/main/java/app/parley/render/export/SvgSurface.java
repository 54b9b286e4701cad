package app.parley.render.export;

import app.parley.render.paint.Surface;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.FontSpec;
import app.parley.render.scene.Rgba;
import app.parley.render.scene.Stroke;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A surface that writes SVG 1.1 elements. Transforms and opacity are applied to the coordinates and colours of each
 * element (as the canvas applies them per shape), so the output is flat and readable; text becomes real
 * {@code text} elements, searchable and selectable; {@link #beginGroup} writes a {@code g} element. Writing errors
 * surface as {@link UncheckedIOException}. {@link SvgExporter} wraps the elements into a document.
 */
public final class SvgSurface implements Surface {

    /** The font families written for {@link FontSpec#FAMILY}, with fallbacks for viewers without DejaVu Sans. */
    public static final String FONT_STACK = "DejaVu Sans, Verdana, sans-serif";

    private final Writer out;
    private final StringBuilder element = new StringBuilder(256);
    private final Deque<State> saved = new ArrayDeque<>();
    private State state = new State(1, 0, 0, 1);
    private int openGroups;

    /** Writes elements to {@code out}, which the caller closes. */
    public SvgSurface(Writer out) {
        this.out = out;
    }

    @Override
    public void save() {
        saved.push(state);
    }

    @Override
    public void restore() {
        if (saved.isEmpty()) {
            throw new IllegalStateException("restore() without a matching save()");
        }
        state = saved.pop();
    }

    /** {@inheritDoc} The scale must be positive, since SVG elements are written in output coordinates. */
    @Override
    public void transform(double scale, double dx, double dy) {
        if (!(scale > 0) || !Double.isFinite(scale) || !Double.isFinite(dx) || !Double.isFinite(dy)) {
            throw new IllegalArgumentException("Transform needs a positive finite scale and finite shifts");
        }
        state = new State(state.scale * scale, state.x(dx), state.y(dy), state.opacity);
    }

    @Override
    public void setOpacity(double alpha) {
        state = new State(state.scale, state.dx, state.dy, state.opacity * Math.max(0, Math.min(1, alpha)));
    }

    @Override
    public void beginGroup(String id, String styleClass) {
        start("g");
        if (id != null && !id.isEmpty()) {
            text("id", id);
        }
        if (styleClass != null && !styleClass.isEmpty()) {
            text("class", styleClass);
        }
        element.append(">\n");
        openGroups++;
        flush();
    }

    @Override
    public void endGroup() {
        if (openGroups == 0) {
            throw new IllegalStateException("endGroup() without a matching beginGroup()");
        }
        openGroups--;
        element.append("</g>\n");
        flush();
    }

    /** Fails unless every group begun has ended and every save has been restored: call it when done painting. */
    public void finish() {
        if (openGroups != 0 || !saved.isEmpty()) {
            throw new IllegalStateException("Unbalanced painting: " + openGroups + " groups open, " + saved.size()
                    + " saves not restored");
        }
    }

    @Override
    public void fillRect(double x, double y, double width, double height, Rgba fill) {
        if (visible(fill)) {
            rect(x, y, width, height, 0);
            fill(fill);
            end();
        }
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double arc, Rgba fill) {
        if (visible(fill)) {
            rect(x, y, width, height, arc);
            fill(fill);
            end();
        }
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double arc, Stroke stroke) {
        if (visible(stroke.color())) {
            rect(x, y, width, height, arc);
            stroke(stroke);
            end();
        }
    }

    @Override
    public void fillOval(double x, double y, double width, double height, Rgba fill) {
        if (visible(fill)) {
            ellipse(x, y, width, height);
            fill(fill);
            end();
        }
    }

    @Override
    public void strokeOval(double x, double y, double width, double height, Stroke stroke) {
        if (visible(stroke.color())) {
            ellipse(x, y, width, height);
            stroke(stroke);
            end();
        }
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Rgba fill) {
        if (visible(fill)) {
            polygon(xs, ys);
            fill(fill);
            end();
        }
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, Stroke stroke) {
        if (visible(stroke.color())) {
            polygon(xs, ys);
            stroke(stroke);
            end();
        }
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2, Stroke stroke) {
        if (visible(stroke.color())) {
            start("line");
            number("x1", state.x(x1));
            number("y1", state.y(y1));
            number("x2", state.x(x2));
            number("y2", state.y(y2));
            stroke(stroke);
            end();
        }
    }

    @Override
    public void strokeQuadCurve(double x1, double y1, double cx, double cy, double x2, double y2, Stroke stroke) {
        if (visible(stroke.color())) {
            start("path");
            element.append(" d=\"M");
            coordinates(x1, y1);
            element.append(" Q");
            coordinates(cx, cy);
            element.append(' ');
            coordinates(x2, y2);
            element.append('"');
            stroke(stroke);
            end();
        }
    }

    @Override
    public void fillText(String text, double x, double baseline, FontSpec font, Rgba fill) {
        if (text.isEmpty() || !visible(fill)) {
            return;
        }
        start("text");
        number("x", state.x(x));
        number("y", state.y(baseline));
        text("font-family", FontSpec.FAMILY.equals(font.family()) ? FONT_STACK : font.family() + ", sans-serif");
        number("font-size", font.size() * state.scale);
        if (font.bold()) {
            element.append(" font-weight=\"bold\"");
        }
        fill(fill);
        element.append('>');
        XmlText.append(element, text);
        element.append("</text>\n");
        flush();
    }

    private boolean visible(Rgba color) {
        return color.alpha() > 0 && state.opacity > 0;
    }

    private void rect(double x, double y, double width, double height, double arc) {
        Bounds box = Bounds.between(state.x(x), state.y(y), state.x(x + width), state.y(y + height));
        start("rect");
        number("x", box.x());
        number("y", box.y());
        number("width", box.width());
        number("height", box.height());
        if (arc > 0) {
            double radius = arc * state.scale / 2;
            number("rx", radius);
            number("ry", radius);
        }
    }

    private void ellipse(double x, double y, double width, double height) {
        start("ellipse");
        number("cx", state.x(x + width / 2));
        number("cy", state.y(y + height / 2));
        number("rx", Math.abs(width) * state.scale / 2);
        number("ry", Math.abs(height) * state.scale / 2);
    }

    private void polygon(double[] xs, double[] ys) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("A polygon needs as many x as y coordinates");
        }
        start("polygon");
        element.append(" points=\"");
        for (int i = 0; i < xs.length; i++) {
            if (i > 0) {
                element.append(' ');
            }
            coordinates(xs[i], ys[i]);
        }
        element.append('"');
    }

    private void fill(Rgba color) {
        element.append(" fill=\"").append(color.webHex()).append('"');
        opacity("fill-opacity", color);
    }

    private void stroke(Stroke stroke) {
        element.append(" fill=\"none\" stroke=\"").append(stroke.color().webHex()).append('"');
        number("stroke-width", stroke.width() * state.scale);
        opacity("stroke-opacity", stroke.color());
        if (stroke.dashed()) {
            element.append(" stroke-dasharray=\"");
            double[] dashes = stroke.dashes();
            for (int i = 0; i < dashes.length; i++) {
                if (i > 0) {
                    element.append(',');
                }
                appendNumber(element, dashes[i] * state.scale);
            }
            element.append('"');
        }
    }

    private void opacity(String attribute, Rgba color) {
        double opacity = color.opacity() * state.opacity;
        if (opacity < 1) {
            number(attribute, opacity);
        }
    }

    private void coordinates(double x, double y) {
        appendNumber(element, state.x(x));
        element.append(',');
        appendNumber(element, state.y(y));
    }

    private void start(String name) {
        element.append('<').append(name);
    }

    private void number(String attribute, double value) {
        element.append(' ').append(attribute).append("=\"");
        appendNumber(element, value);
        element.append('"');
    }

    private void text(String attribute, String value) {
        element.append(' ').append(attribute).append("=\"");
        XmlText.append(element, value);
        element.append('"');
    }

    private void end() {
        element.append("/>\n");
        flush();
    }

    private void flush() {
        try {
            out.append(element);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            element.setLength(0);
        }
    }

    /** Appends {@code value} rounded to three decimals, without trailing zeros or exponent. */
    static void appendNumber(StringBuilder target, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("SVG coordinates must be finite, not " + value);
        }
        long thousandths = Math.round(value * 1000);
        if (thousandths < 0) {
            target.append('-');
            thousandths = -thousandths;
        }
        target.append(thousandths / 1000);
        int fraction = (int) (thousandths % 1000);
        if (fraction != 0) {
            target.append('.');
            int digit = 100;
            while (fraction != 0) {
                target.append((char) ('0' + fraction / digit));
                fraction %= digit;
                digit /= 10;
            }
        }
    }

    private record State(double scale, double dx, double dy, double opacity) {

        double x(double x) {
            return x * scale + dx;
        }

        double y(double y) {
            return y * scale + dy;
        }
    }
}
