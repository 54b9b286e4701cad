package app.parley.render.fx;

import app.parley.render.scene.FontSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The fonts Parley ships (DejaVu Sans regular and bold), loaded once from the jar, and the JavaFX {@link Font} for each
 * {@link FontSpec}. The same files on every machine keep text widths, and so layouts, identical everywhere.
 */
public final class ParleyFonts {

    private static final String FOLDER = "/app/parley/render/fonts/";
    private static final Map<FontSpec, Font> FONTS = new ConcurrentHashMap<>();
    private static volatile Names names;

    private ParleyFonts() {
    }

    /** The JavaFX font for {@code spec}; DejaVu Sans comes from the bundled files, other families from the system. */
    public static Font font(FontSpec spec) {
        return FONTS.computeIfAbsent(spec, ParleyFonts::create);
    }

    /** The full name of the bundled regular or bold face, loading the files on first use. */
    public static String faceName(boolean bold) {
        Names loaded = load();
        return bold ? loaded.bold : loaded.regular;
    }

    private static Font create(FontSpec spec) {
        if (FontSpec.FAMILY.equals(spec.family())) {
            return new Font(faceName(spec.bold()), spec.size());
        }
        return Font.font(spec.family(), spec.bold() ? FontWeight.BOLD : FontWeight.NORMAL, spec.size());
    }

    private static Names load() {
        Names loaded = names;
        if (loaded == null) {
            synchronized (ParleyFonts.class) {
                loaded = names;
                if (loaded == null) {
                    FxPlatform.start();
                    loaded = new Names(loadFace("DejaVuSans.ttf"), loadFace("DejaVuSans-Bold.ttf"));
                    names = loaded;
                }
            }
        }
        return loaded;
    }

    private static String loadFace(String file) {
        try (InputStream in = ParleyFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("Bundled font " + file + " is missing from the application");
            }
            Font font = Font.loadFont(in, 12);
            if (font == null) {
                throw new IllegalStateException("Bundled font " + file + " could not be loaded");
            }
            return font.getName();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled font " + file, e);
        }
    }

    private record Names(String regular, String bold) {
    }
}
