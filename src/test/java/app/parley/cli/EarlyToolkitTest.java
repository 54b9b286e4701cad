package app.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.render.fx.FxPlatform;
import java.util.List;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;

class EarlyToolkitTest {

    @Test
    void onlyADrawingCommandStartsTheToolkitBeforeItsCommandLineIsParsed() {
        assertThat(EarlyToolkit.startsBeforeCommandLine("export", "--out", "map.png")).isTrue();
        assertThat(EarlyToolkit.startsBeforeCommandLine("export", "--out", "map.png", "--help")).isFalse();
        assertThat(EarlyToolkit.startsBeforeCommandLine("export", "-V")).isFalse();
        assertThat(EarlyToolkit.startsBeforeCommandLine("check", "map.json")).isFalse();
        assertThat(EarlyToolkit.startsBeforeCommandLine("generate", "--out", "export")).isFalse();
        assertThat(EarlyToolkit.startsBeforeCommandLine()).isFalse();
    }

    @Test
    void aToolkitStartedBeforeTheCommandLineIsTheOneTheCommandAwaits() {
        EarlyToolkit.startFor("export", "--out", "map.png");

        EarlyToolkit.start(List.of()).await();

        assertThat(Platform.isFxApplicationThread()).isFalse();
        assertThat(FxPlatform.call(Platform::isFxApplicationThread)).isTrue();
    }
}
