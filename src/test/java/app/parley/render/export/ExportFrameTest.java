package app.parley.render.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import app.parley.io.DatasetReader;
import app.parley.layout.LayoutMonitor;
import app.parley.layout.Layouts;
import app.parley.render.paint.CaptionOverlay;
import app.parley.render.paint.Composition;
import app.parley.render.paint.GraphDrawing;
import app.parley.render.paint.Overlay;
import app.parley.render.paint.RecordingSurface;
import app.parley.render.paint.TitleOverlay;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.FixedMeasurer;
import app.parley.render.scene.PreparedGraph;
import app.parley.render.scene.Rgba;
import app.parley.render.scene.Scene;
import app.parley.render.scene.TextMeasurer;
import app.parley.render.scene.Theme;
import app.parley.render.scene.ViewState;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ExportFrameTest {

    private static final TextMeasurer MEASURER = new FixedMeasurer();
    private static final PreparedGraph ISTANBUL = PreparedGraph.of(DatasetReader.istanbul(), Theme.LIGHT, MEASURER);
    private static final Scene SCENE = ISTANBUL.scene(ISTANBUL.layOut(
            Layouts.TABLE.create(ISTANBUL.graph(), 20250516L), LayoutMonitor.NONE));
    private static final ExportFrame FRAME = ExportFrame.of(ISTANBUL, MEASURER);
    private static final Bounds WORLD = SCENE.bounds().inflate(ExportFrame.MARGIN);

    private static ExportFrame.Request whole(ExportSize size) {
        return new ExportFrame.Request(ExportFrame.Area.WHOLE_GRAPH, size, Rgba.WHITE, true, true, "", false, null, 0,
                0);
    }

    private static ExportFrame.Request drawingAlone(ExportSize size) {
        return new ExportFrame.Request(ExportFrame.Area.WHOLE_GRAPH, size, Rgba.WHITE, false, false, "", false, null,
                0, 0);
    }

    private static ExportFrame.Figure figure(ExportFrame.Request request, ViewState state) {
        return FRAME.figure(ISTANBUL.graph(), SCENE, state, request);
    }

    private static ExportFrame.Figure figure(ExportFrame.Request request) {
        return figure(request, ViewState.NONE);
    }

    /** Where a world point lands in the output. */
    private static double outputX(Composition composition, double worldX) {
        return worldX * composition.scale() + composition.offsetX();
    }

    private static double outputY(Composition composition, double worldY) {
        return worldY * composition.scale() + composition.offsetY();
    }

    @Test
    void twentyCentimetresAtThreeHundredDpiIsExactly2362PixelsWideAndRecords300Dpi() {
        ExportFrame.Figure figure = figure(whole(ExportSize.print(PrintLength.parse("20cm"), 300)));

        assertThat(figure.width()).isEqualTo(2362);
        assertThat(figure.dpi()).isEqualTo(300);
        assertThat(figure.printWidth()).hasToString("20cm");
        assertThat(figure.composition().scale()).isCloseTo(2362 / WORLD.width(), offset(1e-9));
    }

    @Test
    void onPaperTheTitleLegendNotesAndCaptionAreAtLeastEightPointsHoweverSmallTheMapIsPrinted() {
        for (int dpi : new int[] {150, 300, 600}) {
            ExportFrame.Figure figure = figure(new ExportFrame.Request(ExportFrame.Area.WHOLE_GRAPH,
                    ExportSize.print(PrintLength.parse("12cm"), dpi), Rgba.WHITE, true, true, "The talks", true,
                    null, 0, 0));
            RecordingSurface bands = new RecordingSurface();
            for (Overlay overlay : figure.composition().overlays()) {
                overlay.paint(bands, figure.width(), figure.height());
            }

            assertThat(bands.textSizes()).as(dpi + " dpi").hasSizeGreaterThan(20);
            double smallestPoints = bands.textSizes().stream().mapToDouble(Double::doubleValue).min().orElseThrow()
                    * 72 / dpi;
            assertThat(smallestPoints).as(dpi + " dpi").isCloseTo(ExportFrame.PRINT_TEXT_PT, offset(0.01));
        }
    }

    @Test
    void onScreenSizesTheBandsScaleWithTheDrawing() {
        ExportFrame.Figure figure = figure(whole(ExportSize.scale(0.5)));
        RecordingSurface bands = new RecordingSurface();
        for (Overlay overlay : figure.composition().overlays()) {
            overlay.paint(bands, figure.width(), figure.height());
        }

        assertThat(bands.textSizes().stream().mapToDouble(Double::doubleValue).min().orElseThrow())
                .isCloseTo(Theme.LIGHT.noteFont().size() * 0.5, offset(1e-9));
    }

    @Test
    void aPictureOfAGivenWidthKeepsItsBandsAsLargeAsOnALaptopScreenHoweverWideTheDrawing() {
        Scene spread = ISTANBUL.scene(ISTANBUL.layOut(
                Layouts.FORCE.create(ISTANBUL.graph(), 20250516L), LayoutMonitor.NONE));
        ExportFrame.Figure figure = FRAME.figure(ISTANBUL.graph(), spread, ViewState.NONE,
                whole(ExportSize.pixels(1600, 0)));
        RecordingSurface bands = new RecordingSurface();
        for (Overlay overlay : figure.composition().overlays()) {
            overlay.paint(bands, figure.width(), figure.height());
        }

        double least = Theme.LIGHT.noteFont().size() * 1600 / ExportFrame.SCREEN_WIDTH;
        assertThat(figure.scale()).as("the drawing shrinks to fit").isLessThan(0.8);
        assertThat(bands.textSizes().stream().mapToDouble(Double::doubleValue).min().orElseThrow())
                .isCloseTo(least, offset(1e-9));
    }

    @Test
    void aMapWithoutAnArticleSaysItHasNoSourceYetInsteadOfAnEmptySourceLine() {
        RecordingSurface band = new RecordingSurface();
        new CaptionOverlay("", Theme.LIGHT, MEASURER, 1).paint(band, 1200, 100);

        assertThat(band.drewText(CaptionOverlay.NO_SOURCE)).isTrue();
        assertThat(band.calls()).noneMatch(call -> call.text() != null && call.text().startsWith("Source:"));
    }

    @Test
    void eightInchesAtEachPrintResolutionIsEightTimesTheDpi() {
        for (int dpi : new int[] {150, 300, 600}) {
            ExportFrame.Figure figure = figure(whole(ExportSize.print(PrintLength.parse("8in"), dpi)));

            assertThat(figure.width()).as(dpi + " dpi").isEqualTo(8 * dpi);
            assertThat(figure.dpi()).isEqualTo(dpi);
        }
    }

    @Test
    void scaleMultipliesTheScreenSizeAndRecordsScreenResolutionTimesTheScale() {
        ExportFrame.Figure one = figure(whole(ExportSize.scale(1)));
        ExportFrame.Figure four = figure(whole(ExportSize.scale(4)));

        assertThat(one.width()).isEqualTo((int) Math.ceil(WORLD.width() - 1e-6));
        assertThat(four.width()).isBetween(4 * one.width() - 4, 4 * one.width());
        assertThat(four.height()).isBetween(4 * one.height() - 8, 4 * one.height() + 4);
        assertThat(one.dpi()).isEqualTo(96);
        assertThat(four.dpi()).isEqualTo(384);
    }

    @Test
    void aPixelWidthIsExactAndTheHeightFollowsTheProportions() {
        ExportFrame.Figure natural = figure(drawingAlone(ExportSize.scale(1)));
        ExportFrame.Figure wide = figure(drawingAlone(ExportSize.pixels(3000, 0)));

        assertThat(wide.width()).isEqualTo(3000);
        double ratio = natural.height() / (double) natural.width();
        assertThat(wide.height()).isBetween((int) (3000 * ratio) - 10, (int) (3000 * ratio) + 10);
    }

    @Test
    void aPixelHeightIsExactAndTheDrawingFillsItsWidth() {
        ExportFrame.Figure tall = figure(whole(ExportSize.pixels(0, 1500)));

        assertThat(tall.height()).isEqualTo(1500);
        Composition composition = tall.composition();
        assertThat(outputX(composition, WORLD.x())).isCloseTo(0, offset(1.0));
        assertThat(outputX(composition, WORLD.maxX())).isCloseTo(tall.width(), offset(1.0));
    }

    @Test
    void widthAndHeightTogetherGiveExactlyThatSizeWithTheDrawingCentred() {
        ExportFrame.Figure square = figure(whole(ExportSize.pixels(2000, 2000)));

        assertThat(square.width()).isEqualTo(2000);
        assertThat(square.height()).isEqualTo(2000);
        Composition composition = square.composition();
        assertThat(outputX(composition, WORLD.x())).isCloseTo(0, offset(0.5));
        assertThat(outputX(composition, WORLD.maxX())).isCloseTo(2000, offset(0.5));
        double top = outputY(composition, WORLD.y());
        double bottom = outputY(composition, WORLD.maxY());
        assertThat(top).as("space above the drawing").isGreaterThan(100);
        assertThat(bottom).isLessThan(2000 - 100);
    }

    @Test
    void anExplicitDpiIsRecordedWithoutChangingThePixels() {
        ExportFrame.Figure plain = figure(whole(ExportSize.pixels(1200, 0)));
        ExportFrame.Figure printed = figure(whole(ExportSize.pixels(1200, 0).withDpi(600)));

        assertThat(printed.width()).isEqualTo(plain.width());
        assertThat(printed.height()).isEqualTo(plain.height());
        assertThat(printed.dpi()).isEqualTo(600);
    }

    @Test
    void aSizeBeyondTheLimitIsRefusedNamingTheSizeAndTheLimit() {
        assertThatThrownBy(() -> figure(whole(ExportSize.pixels(2_000_000, 0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2000000 x")
                .hasMessageContaining(Integer.toString(ExportFrame.MAX_SIDE));
    }

    @Test
    void aThumbnailHasExactlyTheRequestedSizeWithItsBandsScaledDownAlike() {
        ExportFrame.Figure thumbnail = figure(whole(ExportSize.pixels(160, 120)));

        assertThat(thumbnail.width()).isEqualTo(160);
        assertThat(thumbnail.height()).isEqualTo(120);
        Composition composition = thumbnail.composition();
        assertThat(outputY(composition, WORLD.maxY())).isLessThan(120);
        assertThat(outputX(composition, WORLD.maxX()) - outputX(composition, WORLD.x())).isLessThanOrEqualTo(160.5);
    }

    @Test
    void aTitleAddsABandAtTheTopAndPushesTheDrawingDown() {
        ExportFrame.Figure plain = figure(whole(ExportSize.scale(1)));
        ExportFrame.Request titled = new ExportFrame.Request(ExportFrame.Area.WHOLE_GRAPH, ExportSize.scale(1),
                Rgba.WHITE, true, true, "Istanbul, 16 May 2025", false, null, 0, 0);
        ExportFrame.Figure withTitle = figure(titled);

        double band = withTitle.height() - plain.height();
        assertThat(band).isBetween(20.0, 60.0);
        assertThat(outputY(withTitle.composition(), WORLD.y()) - outputY(plain.composition(), WORLD.y()))
                .isCloseTo(band, offset(1.0));
        assertThat(withTitle.composition().overlays()).hasAtLeastOneElementOfType(TitleOverlay.class);
    }

    @Test
    void selectionIsTheSelectedActorWithItsNeighboursCroppedCloseAndTheRestHidden() {
        ExportFrame.Request request = new ExportFrame.Request(ExportFrame.Area.SELECTION, ExportSize.scale(1),
                Rgba.WHITE, false, false, "", false, null, 0, 0);
        ViewState kalin = ViewState.NONE.withSelectedActor("kalin");
        ExportFrame.Figure figure = figure(request, kalin);

        ExportSelection selection = ExportSelection.of(SCENE, kalin).orElseThrow();
        assertThat(selection.actorIds()).contains("kalin", "turkish-delegation").doesNotContain("putin", "zelensky");
        assertThat(figure.width()).isLessThan((int) WORLD.width() / 2);
        RecordingSurface surface = new RecordingSurface();
        figure.composition().paintTile(surface, new Bounds(0, 0, figure.width(), figure.height()));
        assertThat(surface.drewText("İbrahim Kalın")).isTrue();
        assertThat(surface.drewText("Turkish delegation")).isTrue();
        assertThat(surface.drewText("Vladimir Putin")).isFalse();
    }

    @Test
    void aSelectedLinkSelectsItsTwoActors() {
        ExportSelection selection = ExportSelection.of(SCENE, ViewState.NONE.withSelectedLink(
                ISTANBUL.graph().links().get(0).id())).orElseThrow();

        assertThat(selection.actorIds()).containsExactlyInAnyOrder(ISTANBUL.graph().links().get(0).fromId(),
                ISTANBUL.graph().links().get(0).toId());
    }

    @Test
    void withNothingSelectedOrHighlightedTheSelectionCannotBeExported() {
        ExportFrame.Request request = new ExportFrame.Request(ExportFrame.Area.SELECTION, ExportSize.scale(1),
                Rgba.WHITE, true, true, "", false, null, 0, 0);

        assertThatThrownBy(() -> figure(request)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Nothing is selected");
    }

    @Test
    void footnotesNumberTheLabelledLinksBySentenceInArticleOrder() {
        ExportFrame.Request request = new ExportFrame.Request(ExportFrame.Area.WHOLE_GRAPH, ExportSize.scale(1),
                Rgba.WHITE, true, true, "", true, null, 0, 0);
        ExportFrame.Figure figure = figure(request);
        Footnotes notes = figure.footnotes();

        assertThat(notes.notes()).isNotEmpty();
        assertThat(notes.notes()).extracting(Footnote::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, notes.notes().size()).boxed()
                        .toList());
        assertThat(notes.notes()).extracting(note -> note.span().start()).isSorted();
        assertThat(notes.numbersByEdge().keySet()).allSatisfy(e -> assertThat(SCENE.edges().get(e).label())
                .isNotNull());
        for (Map.Entry<Integer, Integer> entry : notes.numbersByEdge().entrySet()) {
            Footnote note = notes.notes().get(entry.getValue() - 1);
            String evidence = ISTANBUL.graph().dataset().sources().get(0).excerpt(
                    ISTANBUL.graph().links().get(entry.getKey()).evidence());
            assertThat(note.sentence()).as("note %d", note.number()).contains(evidence.replaceAll("\\s+", " "));
            assertThat(note.text()).endsWith(" — " + ISTANBUL.citation());
        }
        assertThat(figure.composition().overlays()).hasAtLeastOneElementOfType(FootnoteOverlay.class);
    }

    @Test
    void linksOnTheSameSentenceShareOneNumber() {
        Footnotes notes = Footnotes.of(ISTANBUL.graph(), SCENE, e -> SCENE.edges().get(e).label() != null);

        long distinctSentences = notes.numbersByEdge().keySet().stream()
                .map(e -> ISTANBUL.graph().dataset().sources().get(0)
                        .sentenceAround(ISTANBUL.graph().links().get(e).evidence()))
                .distinct().count();
        assertThat(notes.notes()).hasSize((int) distinctSentences);
        assertThat(notes.numbersByEdge().size()).isGreaterThan(notes.notes().size());
    }

    @Test
    void everyMarkerAndNoteIsPaintedWithItsNumber() {
        ExportFrame.Request request = new ExportFrame.Request(ExportFrame.Area.WHOLE_GRAPH, ExportSize.scale(1),
                Rgba.WHITE, true, true, "", true, null, 0, 0);
        ExportFrame.Figure figure = figure(request);
        RecordingSurface surface = new RecordingSurface();
        figure.composition().paintTile(surface, new Bounds(0, 0, figure.width(), figure.height()));

        for (Footnote note : figure.footnotes().notes()) {
            assertThat(surface.drewText(Integer.toString(note.number()))).as("marker %d", note.number()).isTrue();
            assertThat(surface.drewText(note.number() + ".")).as("note %d", note.number()).isTrue();
        }
        assertThat(surface.drewText(FootnoteOverlay.HEADING)).isTrue();
    }

    @Test
    void notesFromOneSourceNameItOnceAndListTheSentencesAlone() {
        ExportFrame.Figure figure = figure(new ExportFrame.Request(ExportFrame.Area.WHOLE_GRAPH, ExportSize.scale(1),
                Rgba.WHITE, false, false, "", true, null, 0, 0));
        RecordingSurface block = new RecordingSurface();
        for (Overlay overlay : figure.composition().overlays()) {
            overlay.paint(block, figure.width(), figure.height());
        }
        String text = block.calls().stream().filter(call -> call.op().equals("fillText")).map(call -> call.text())
                .collect(Collectors.joining(" "));

        assertThat(figure.footnotes().notes()).hasSizeGreaterThan(5);
        assertThat(text).contains(FootnoteOverlay.ONE_SOURCE);
        assertThat(text.split(Pattern.quote("Unattributed news report"), -1)).hasSize(2);
        assertThat(text).contains(figure.footnotes().notes().get(0).sentence().split(" ")[0]);
    }

    @Test
    void theCurrentViewIsTheWindowsRectangleAtAMultipleOfItsSizeWithTheBandsBelow() {
        Bounds view = new Bounds(100, 50, 600, 400);
        ExportFrame.Request request = new ExportFrame.Request(ExportFrame.Area.CURRENT_VIEW, ExportSize.scale(2),
                Rgba.WHITE, true, true, "", false, view, 1200, 800);
        ExportFrame.Figure figure = figure(request);
        Composition composition = figure.composition();

        assertThat(figure.width()).isEqualTo(2400);
        assertThat(composition.scale()).isCloseTo(4, offset(1e-9));
        assertThat(outputX(composition, view.x())).isCloseTo(0, offset(1e-6));
        assertThat(outputY(composition, view.y())).isCloseTo(0, offset(1e-6));
        assertThat(outputY(composition, view.maxY())).isCloseTo(1600, offset(1e-6));
        assertThat(figure.height()).isGreaterThan(1600 + 100);
    }

    @Test
    void theCaptionWrapsInANarrowPictureInsteadOfRunningOffIt() {
        CaptionOverlay caption = new CaptionOverlay(ISTANBUL.citation(), Theme.LIGHT, MEASURER, 1);

        assertThat(caption.height(5000)).isEqualTo(caption.height());
        assertThat(caption.height(300)).isGreaterThan(2 * caption.height() - 20);
    }

    @Test
    void composeFramesAnyDrawingTheWayFigureFramesTheGraph() {
        ExportFrame.Request request = whole(ExportSize.scale(1.5));
        Composition composed = FRAME.compose(new GraphDrawing(SCENE, Theme.LIGHT, ViewState.NONE), request);
        Composition framed = figure(request).composition();

        assertThat(composed.width()).isEqualTo(framed.width());
        assertThat(composed.height()).isEqualTo(framed.height());
        assertThat(composed.window()).isEqualTo(framed.window());
    }
}
