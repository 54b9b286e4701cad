package app.parley.render.fx;

import app.parley.render.scene.FontSpec;
import app.parley.render.scene.TextMeasurer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.geometry.Bounds;
import javafx.scene.text.Text;

/**
 * Measures text with JavaFX's own text layout in the bundled fonts, so measured widths match what {@link FxSurface}
 * draws. Each (text, font) pair is measured once; usable from any thread.
 */
public final class FxTextMeasurer implements TextMeasurer {

    private static final int MAX_CACHED_WIDTHS = 200_000;
    private static final String METRICS_SAMPLE = "Hg";

    private final Map<Key, Double> widths = new ConcurrentHashMap<>();
    private final Map<FontSpec, LineMetrics> metrics = new ConcurrentHashMap<>();

    @Override
    public double width(String text, FontSpec font) {
        if (text.isEmpty()) {
            return 0;
        }
        Key key = new Key(text, font);
        Double cached = widths.get(key);
        if (cached != null) {
            return cached;
        }
        if (widths.size() >= MAX_CACHED_WIDTHS) {
            widths.clear();
        }
        double width = layoutBounds(text, font).getWidth();
        widths.put(key, width);
        return width;
    }

    @Override
    public double ascent(FontSpec font) {
        return lineMetrics(font).ascent();
    }

    @Override
    public double descent(FontSpec font) {
        return lineMetrics(font).descent();
    }

    private LineMetrics lineMetrics(FontSpec font) {
        return metrics.computeIfAbsent(font, spec -> {
            Bounds bounds = layoutBounds(METRICS_SAMPLE, spec);
            return new LineMetrics(-bounds.getMinY(), bounds.getMaxY());
        });
    }

    private static Bounds layoutBounds(String text, FontSpec font) {
        Text node = new Text(text);
        node.setFont(ParleyFonts.font(font));
        return node.getLayoutBounds();
    }

    private record Key(String text, FontSpec font) {
    }

    private record LineMetrics(double ascent, double descent) {
    }
}
