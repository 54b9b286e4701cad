package app.parley.ui;

import app.parley.layout.Layouts;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Every name readable at the default fit of a 1366 × 768 window. */
@ExtendWith(ApplicationExtension.class)
class ReadableMapLaptopTest extends ReadableMapTest {

    @Override
    double width() {
        return 1366;
    }

    @Override
    double height() {
        return 768;
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
        assertFitFills(Layouts.TABLE, 0.6, 0.8);
    }

    @Test
    void theForceLayoutFillsTheMapAcrossAndDown() throws Exception {
        assertFitFills(Layouts.FORCE, 0.7, 0.8);
    }

    @Test
    void everyTabTitleAndToolFitsTheWindow() throws Exception {
        assertTabsAndToolsFit();
    }
}
