package app.parley.render.export;

import app.parley.render.paint.Overlay;
import app.parley.render.paint.Surface;
import app.parley.render.scene.FontSpec;
import app.parley.render.scene.Stroke;
import app.parley.render.scene.TextMeasurer;
import app.parley.render.scene.TextWrap;
import app.parley.render.scene.Theme;
import java.util.ArrayList;
import java.util.List;

/**
 * The footnote block: under a heading, each note's number and its sentence with the source (or, when every note comes
 * from one source, that source once at the head and the sentences alone), wrapped to the picture's width and set in up
 * to three balanced columns when the picture is wide. It sits above the caption, below the legend.
 */
public final class FootnoteOverlay implements Overlay {

    /** The heading over the notes. */
    public static final String HEADING = "Sources of the numbered links";
    /** What the line naming the one source of all the notes starts with. */
    public static final String ONE_SOURCE = "All from ";

    private static final double MARGIN = 16;
    private static final double PADDING = 12;
    private static final double COLUMN_GAP = 28;
    private static final double MIN_COLUMN = 460;
    private static final int MAX_COLUMNS = 3;
    private static final double ENTRY_GAP = 3;

    private final Footnotes notes;
    private final Theme theme;
    private final TextMeasurer measurer;
    private final double scale;
    private final double bottomInset;
    private Layout cached;

    /**
     * A footnote block.
     *
     * @param notes       the notes, not empty
     * @param theme       colours and type
     * @param measurer    text widths
     * @param scale       output pixels per screen pixel
     * @param bottomInset output pixels kept free below the block (for the caption)
     */
    public FootnoteOverlay(Footnotes notes, Theme theme, TextMeasurer measurer, double scale, double bottomInset) {
        if (notes.isEmpty()) {
            throw new IllegalArgumentException("A footnote block needs notes");
        }
        if (!(scale > 0)) {
            throw new IllegalArgumentException("Scale must be positive");
        }
        this.notes = notes;
        this.theme = theme;
        this.measurer = measurer;
        this.scale = scale;
        this.bottomInset = bottomInset;
    }

    /** One note set in lines, and the column it goes in. */
    private record Entry(String number, List<String> lines, double height) {
    }

    /** The block laid out for one picture width. */
    private record Layout(double width, List<List<Entry>> columns, double columnWidth, double numberWidth,
                          double height) {
    }

    private FontSpec font() {
        FontSpec base = theme.noteFont();
        return new FontSpec(base.family(), base.size() * scale, false);
    }

    private FontSpec headingFont() {
        return FontSpec.bold(theme.overlayFont().size() * scale);
    }

    /** The height of the block when the picture is {@code width} pixels wide. */
    public double height(double width) {
        return layout(width).height();
    }

    private synchronized Layout layout(double width) {
        if (cached != null && cached.width() == width) {
            return cached;
        }
        FontSpec font = font();
        double available = Math.max(1, width - 2 * (MARGIN + PADDING) * scale);
        double gap = COLUMN_GAP * scale;
        int count = (int) Math.floor((available + gap) / (MIN_COLUMN * scale + gap));
        count = Math.max(1, Math.min(Math.min(MAX_COLUMNS, count), notes.notes().size()));
        double columnWidth = (available - (count - 1) * gap) / count;
        double numberWidth = measurer.width(notes.notes().size() + ".", font) + 6 * scale;
        double lineHeight = measurer.lineHeight(font);
        List<Entry> entries = new ArrayList<>();
        double total = 0;
        List<String> citations = notes.notes().stream().map(Footnote::citation).distinct().toList();
        boolean oneSource = citations.size() == 1;
        if (oneSource) {
            List<String> lines = TextWrap.lines(ONE_SOURCE + citations.get(0) + ":", font,
                    Math.max(1, columnWidth - numberWidth), measurer);
            Entry source = new Entry("", lines, lines.size() * lineHeight + ENTRY_GAP * scale);
            entries.add(source);
            total += source.height();
        }
        for (Footnote note : notes.notes()) {
            String text = oneSource ? note.sentence() : note.text();
            List<String> lines = TextWrap.lines(text, font, Math.max(1, columnWidth - numberWidth), measurer);
            Entry entry = new Entry(note.number() + ".", lines, lines.size() * lineHeight + ENTRY_GAP * scale);
            entries.add(entry);
            total += entry.height();
        }
        List<List<Entry>> columns = balance(entries, count, total);
        double tallest = 0;
        for (List<Entry> column : columns) {
            tallest = Math.max(tallest, column.stream().mapToDouble(Entry::height).sum());
        }
        double height = 2 * PADDING * scale + measurer.lineHeight(headingFont()) * 1.35 + tallest;
        cached = new Layout(width, columns, columnWidth, numberWidth, height);
        return cached;
    }

    /** Fills columns in order, moving on once a column holds its share of the total height. */
    private static List<List<Entry>> balance(List<Entry> entries, int count, double total) {
        List<List<Entry>> columns = new ArrayList<>();
        List<Entry> column = new ArrayList<>();
        double used = 0;
        double share = total / count;
        for (Entry entry : entries) {
            boolean full = !column.isEmpty() && used + entry.height() / 2 > share && columns.size() < count - 1;
            if (full) {
                columns.add(column);
                column = new ArrayList<>();
                used = 0;
            }
            column.add(entry);
            used += entry.height();
        }
        columns.add(column);
        return columns;
    }

    @Override
    public void paint(Surface surface, double width, double height) {
        Layout layout = layout(width);
        double top = height - bottomInset - layout.height();
        surface.fillRect(0, top, width, layout.height(), theme.panel());
        surface.strokeLine(MARGIN * scale, top, width - MARGIN * scale, top,
                Stroke.solid(theme.mutedText().withOpacity(0.35), scale));
        FontSpec heading = headingFont();
        double left = (MARGIN + PADDING) * scale;
        double y = top + PADDING * scale;
        surface.fillText(HEADING, left, y + measurer.ascent(heading), heading, theme.text());
        y += measurer.lineHeight(heading) * 1.35;
        FontSpec font = font();
        double lineHeight = measurer.lineHeight(font);
        double x = left;
        for (List<Entry> column : layout.columns()) {
            double rowTop = y;
            for (Entry entry : column) {
                double baseline = rowTop + measurer.ascent(font);
                double numberX = x + layout.numberWidth() - 6 * scale - measurer.width(entry.number(), font);
                if (!entry.number().isEmpty()) {
                    surface.fillText(entry.number(), numberX, baseline, font, theme.text());
                }
                for (String line : entry.lines()) {
                    surface.fillText(line, x + layout.numberWidth(), baseline, font, theme.mutedText());
                    baseline += lineHeight;
                }
                rowTop += entry.height();
            }
            x += layout.columnWidth() + COLUMN_GAP * scale;
        }
    }
}
