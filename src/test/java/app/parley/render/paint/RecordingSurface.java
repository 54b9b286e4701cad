package app.parley.render.paint;

import app.parley.render.scene.FontSpec;
import app.parley.render.scene.Rgba;
import app.parley.render.scene.Stroke;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A surface that remembers what was drawn, with the opacity in force, for assertions about painting. */
public class RecordingSurface implements Surface {

    /** One drawing call. */
    public record Call(String op, String text, double opacity, Rgba colour) {
    }

    private final List<Call> calls = new ArrayList<>();
    private final List<Double> textSizes = new ArrayList<>();
    private final List<Stroke> lineStrokes = new ArrayList<>();
    private final Deque<Double> saved = new ArrayDeque<>();
    private double opacity = 1;

    public List<Call> calls() {
        return calls;
    }

    /** The opacity in force when {@code text} was drawn. */
    double opacityOfText(String text) {
        return calls.stream().filter(c -> text.equals(c.text())).findFirst()
                .orElseThrow(() -> new AssertionError("never drawn: " + text)).opacity();
    }

    /** The type size of every text drawn, in the order drawn. */
    public List<Double> textSizes() {
        return textSizes;
    }

    /** The stroke of every line and curve drawn, in the order drawn. */
    public List<Stroke> lineStrokes() {
        return lineStrokes;
    }

    public boolean drewText(String text) {
        return calls.stream().anyMatch(c -> text.equals(c.text()));
    }

    private void record(String op, String text, Rgba colour) {
        calls.add(new Call(op, text, opacity, colour));
    }

    /** The opened groups ("group" calls, the group's id as text) are recorded among the drawing calls. */
    @Override
    public void beginGroup(String id, String styleClass) {
        record("group", id, null);
    }

    @Override
    public void save() {
        saved.push(opacity);
    }

    @Override
    public void restore() {
        opacity = saved.pop();
    }

    @Override
    public void transform(double scale, double dx, double dy) {
        record("transform", null, null);
    }

    @Override
    public void setOpacity(double alpha) {
        opacity *= alpha;
    }

    @Override
    public void fillRect(double x, double y, double width, double height, Rgba fill) {
        record("fillRect", null, fill);
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double arc, Rgba fill) {
        record("fillRoundRect", null, fill);
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double arc, Stroke stroke) {
        record("strokeRoundRect", null, stroke.color());
    }

    @Override
    public void fillOval(double x, double y, double width, double height, Rgba fill) {
        record("fillOval", null, fill);
    }

    @Override
    public void strokeOval(double x, double y, double width, double height, Stroke stroke) {
        record("strokeOval", null, stroke.color());
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Rgba fill) {
        record("fillPolygon", null, fill);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, Stroke stroke) {
        record("strokePolygon", null, stroke.color());
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2, Stroke stroke) {
        record("strokeLine", null, stroke.color());
        lineStrokes.add(stroke);
    }

    @Override
    public void strokeQuadCurve(double x1, double y1, double cx, double cy, double x2, double y2, Stroke stroke) {
        record("strokeQuadCurve", null, stroke.color());
        lineStrokes.add(stroke);
    }

    @Override
    public void fillText(String text, double x, double baseline, FontSpec font, Rgba fill) {
        record("fillText", text, fill);
        textSizes.add(font.size());
    }
}
