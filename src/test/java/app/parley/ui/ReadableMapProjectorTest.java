package app.parley.ui;

import app.parley.layout.Layouts;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Every name readable at the default fit of a 1024 × 700 window. */
@ExtendWith(ApplicationExtension.class)
class ReadableMapProjectorTest extends ReadableMapTest {

    @Override
    double width() {
        return 1024;
    }

    @Override
    double height() {
        return 700;
    }

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @ParameterizedTest
    @EnumSource(Layouts.class)
    void everyNameIsAtLeastTenPixelsMostTwelveNoneOverlappingAndAllOnScreen(Layouts layout) throws Exception {
        assertReadable(layout);
    }

    @Test
    void theTableFillsTheMapAcrossAndDown() throws Exception {
        assertFitFills(Layouts.TABLE, 0.85, 0.8);
    }

    @Test
    void theForceLayoutFillsTheMapAcrossAndDown() throws Exception {
        assertFitFills(Layouts.FORCE, 0.8, 0.8);
    }

    @Test
    void everyTabTitleAndToolFitsTheWindow() throws Exception {
        assertTabsAndToolsFit();
    }
}
