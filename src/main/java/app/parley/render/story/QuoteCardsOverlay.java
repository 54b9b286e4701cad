package app.parley.render.story;

import app.parley.model.Actor;
import app.parley.model.DatasetIndex;
import app.parley.model.Quote;
import app.parley.model.QuoteKind;
import app.parley.model.Side;
import app.parley.model.Source;
import app.parley.render.paint.Overlay;
import app.parley.render.paint.Surface;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.FontSpec;
import app.parley.render.scene.Rgba;
import app.parley.render.scene.Stroke;
import app.parley.render.scene.TextMeasurer;
import app.parley.render.scene.TextWrap;
import app.parley.render.scene.Theme;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Quotes shown large on a presentation slide, one card each, in a column at the right or side by side in a band along
 * the bottom: the verbatim words, the sentence around words too short to stand alone, the speaker in their side's
 * colour, direct or reported, relayed by whom, when, and the source. Type shrinks (to no less than 70 %) when the
 * cards would not fit.
 */
public final class QuoteCardsOverlay implements Overlay {

    /** Where the cards go. */
    public enum Placement {
        /** Stacked in a column at the right edge. */
        COLUMN,
        /** Side by side in a band along the bottom edge. */
        BAND
    }

    /** Share of the slide's width the column takes. */
    public static final double COLUMN_SHARE = 0.36;
    /** The largest share of the slide's height the band takes. */
    public static final double BAND_SHARE = 0.42;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final int SHORT_QUOTE_WORDS = 6;
    private static final double WORDS_PX = 34;
    private static final double CONTEXT_PX = 22;
    private static final double SPEAKER_PX = 27;
    private static final double META_PX = 20;
    private static final double MARGIN = 28;
    private static final double PAD = 22;
    private static final double BAR = 10;
    private static final double GAP = 20;
    private static final double LINE_SPACING = 1.2;

    private final List<Quote> quotes;
    private final DatasetIndex index;
    private final Theme theme;
    private final TextMeasurer measurer;
    private final double unit;
    private final double top;
    private final double bottom;
    private final Placement placement;

    /**
     * A column of quote cards.
     *
     * @param quotes   the quotes, top to bottom
     * @param index    names of speakers and relays, and the sources
     * @param theme    colours
     * @param measurer text widths
     * @param unit     output pixels per pixel of a 1920 x 1080 slide
     * @param top       output pixels kept free above the cards (the title bar)
     * @param bottom    output pixels kept free below the cards (the source line)
     * @param placement column or band
     */
    public QuoteCardsOverlay(List<Quote> quotes, DatasetIndex index, Theme theme, TextMeasurer measurer, double unit,
                             double top, double bottom, Placement placement) {
        if (!(unit > 0)) {
            throw new IllegalArgumentException("Unit must be positive");
        }
        this.quotes = List.copyOf(quotes);
        this.index = index;
        this.theme = theme;
        this.measurer = measurer;
        this.unit = unit;
        this.top = top;
        this.bottom = bottom;
        this.placement = placement;
    }

    /** Whether there are cards to show. */
    public boolean isEmpty() {
        return quotes.isEmpty();
    }

    /** The part of a {@code width} x {@code height} image the cards take, margins included; empty without quotes. */
    public Bounds area(double width, double height) {
        if (quotes.isEmpty()) {
            return Bounds.EMPTY;
        }
        if (placement == Placement.COLUMN) {
            return new Bounds(width * (1 - COLUMN_SHARE), top, width * COLUMN_SHARE, Math.max(0, height - top - bottom));
        }
        double band = fitBand(width, height).height() + 2 * MARGIN * unit;
        return new Bounds(0, height - bottom - band, width, band);
    }

    private record Fitted(List<Card> cards, double shrink, double height) {
    }

    private double bandCardWidth(double width) {
        return (width - MARGIN * unit * (quotes.size() + 1)) / quotes.size();
    }

    private Fitted fitBand(double width, double height) {
        double available = height * BAND_SHARE - 2 * MARGIN * unit;
        double cardWidth = bandCardWidth(width);
        Fitted fitted = null;
        for (double shrink = 1; shrink >= 0.69; shrink -= 0.05) {
            List<Card> cards = cards(cardWidth - 2 * PAD * unit * shrink - BAR * unit, shrink);
            double tallest = cards.stream().mapToDouble(Card::height).max().orElse(0);
            fitted = new Fitted(cards, shrink, tallest);
            if (tallest <= available) {
                break;
            }
        }
        return fitted;
    }

    /** One line of a card: its text, font, colour and the space above it. */
    private record Line(String text, FontSpec font, Rgba colour, double above) {
    }

    private record Card(Quote quote, List<Line> lines, double height) {
    }

    private List<Card> cards(double textWidth, double shrink) {
        List<Card> cards = new ArrayList<>();
        for (Quote quote : quotes) {
            List<Line> lines = new ArrayList<>();
            String words = quote.kind() == QuoteKind.DIRECT ? "“" + quote.text() + "”" : quote.text();
            add(lines, words, FontSpec.regular(WORDS_PX * unit * shrink), theme.text(), 0, textWidth);
            Source source = index.source(quote.span().sourceId()).orElse(null);
            if (source != null && source.contains(quote.span())
                    && quote.text().trim().split("\\s+").length < SHORT_QUOTE_WORDS) {
                String sentence = source.excerpt(source.sentenceAround(quote.span()));
                add(lines, "in: " + sentence, FontSpec.regular(CONTEXT_PX * unit * shrink), theme.mutedText(),
                        8 * unit * shrink, textWidth);
            }
            add(lines, "— " + index.nameOf(quote.speakerId()), FontSpec.bold(SPEAKER_PX * unit * shrink), theme.text(),
                    14 * unit * shrink, textWidth);
            add(lines, meta(quote), FontSpec.regular(META_PX * unit * shrink), theme.mutedText(), 4 * unit * shrink,
                    textWidth);
            if (source != null) {
                add(lines, source.citation(), FontSpec.regular(META_PX * unit * shrink), theme.mutedText(),
                        2 * unit * shrink, textWidth);
            }
            double height = 2 * PAD * unit * shrink;
            for (Line line : lines) {
                height += line.above() + measurer.lineHeight(line.font()) * LINE_SPACING;
            }
            cards.add(new Card(quote, lines, height));
        }
        return cards;
    }

    private String meta(Quote quote) {
        StringBuilder out = new StringBuilder(quote.kind().label());
        if (quote.saidOn() != null) {
            out.append(" · ").append(quote.saidOn().format(DATE));
        }
        if (quote.reportedById() != null) {
            out.append(" · relayed by ").append(index.nameOf(quote.reportedById()));
        }
        return out.toString();
    }

    private void add(List<Line> lines, String text, FontSpec font, Rgba colour, double above, double width) {
        boolean first = true;
        for (String line : TextWrap.lines(text, font, width, measurer)) {
            lines.add(new Line(line, font, colour, first ? above : 0));
            first = false;
        }
    }

    @Override
    public void paint(Surface surface, double width, double height) {
        if (quotes.isEmpty()) {
            return;
        }
        Bounds area = area(width, height);
        surface.fillRect(area.x(), area.y(), area.width(), area.height(), theme.background());
        if (placement == Placement.BAND) {
            paintBand(surface, width, height);
            return;
        }
        double column = width * COLUMN_SHARE;
        double left = width - column + MARGIN * unit * 0.5;
        double cardWidth = column - MARGIN * unit * 1.5;
        double available = height - top - bottom - 2 * MARGIN * unit;
        List<Card> cards = null;
        double shrink = 1;
        for (; shrink >= 0.7; shrink -= 0.05) {
            cards = cards(cardWidth - 2 * PAD * unit * shrink - BAR * unit, shrink);
            if (total(cards, shrink) <= available) {
                break;
            }
        }
        shrink = Math.max(shrink, 0.7);
        double y = top + MARGIN * unit + Math.max(0, (available - total(cards, shrink)) / 2);
        for (Card card : cards) {
            paintCard(surface, card, left, y, cardWidth, shrink);
            y += card.height() + GAP * unit * shrink;
        }
    }

    private void paintBand(Surface surface, double width, double height) {
        Fitted fitted = fitBand(width, height);
        Bounds area = area(width, height);
        double cardWidth = bandCardWidth(width);
        double x = MARGIN * unit;
        for (Card card : fitted.cards()) {
            Card even = new Card(card.quote(), card.lines(), fitted.height());
            paintCard(surface, even, x, area.y() + MARGIN * unit, cardWidth, fitted.shrink());
            x += cardWidth + MARGIN * unit;
        }
    }

    private double total(List<Card> cards, double shrink) {
        double sum = GAP * unit * shrink * (cards.size() - 1);
        for (Card card : cards) {
            sum += card.height();
        }
        return sum;
    }

    private void paintCard(Surface surface, Card card, double x, double y, double width, double shrink) {
        double arc = 18 * unit;
        Side side = index.actor(card.quote().speakerId()).map(Actor::side).orElse(Side.OTHER);
        surface.fillRoundRect(x, y, width, card.height(), arc, theme.side(side));
        surface.fillRoundRect(x + BAR * unit, y, width - BAR * unit, card.height(), arc, theme.panel());
        surface.strokeRoundRect(x, y, width, card.height(), arc, Stroke.solid(theme.text(), 2 * unit));
        double textX = x + BAR * unit + PAD * unit * shrink;
        double cursor = y + PAD * unit * shrink;
        for (Line line : card.lines()) {
            double lineHeight = measurer.lineHeight(line.font()) * LINE_SPACING;
            cursor += line.above();
            double baseline = cursor + measurer.ascent(line.font()) + (lineHeight - measurer.lineHeight(line.font())) / 2;
            surface.fillText(line.text(), textX, baseline, line.font(), line.colour());
            cursor += lineHeight;
        }
    }
}
