package app.parley.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.io.DatasetReader;
import app.parley.model.CardPosition;
import app.parley.model.Dataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

class RecoveryTest {

    private static final Dataset ISTANBUL = DatasetReader.istanbul();

    @TempDir
    Path folder;

    private Recovery recovery;

    @AfterEach
    void stop() {
        recovery.close();
    }

    private static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private MapSession watchedSession() {
        recovery = new Recovery(folder, Duration.ZERO);
        MapSession session = new MapSession(ISTANBUL, folder.resolve("talks.json"));
        session.addListener(recovery);
        return session;
    }

    @Test
    void anEditIsCopiedAndFoundAgainWithItsFile() throws Exception {
        MapSession session = watchedSession();

        session.execute(MoveCards.one("fidan", new CardPosition(10, 20)));
        await(() -> Files.isRegularFile(recovery.copyFile()) && recovery.find().isPresent());

        Recovery.Recovered found = recovery.find().orElseThrow();
        assertThat(found.dataset()).isEqualTo(session.dataset());
        assertThat(found.file()).isEqualTo(folder.resolve("talks.json").toAbsolutePath());
    }

    @Test
    void savingDeletesTheCopy() throws Exception {
        MapSession session = watchedSession();
        session.execute(new RenameMap("Edited"));
        await(() -> Files.isRegularFile(recovery.copyFile()));

        session.markSaved(session.savePoint(), folder.resolve("talks.json"));

        await(() -> !Files.exists(recovery.copyFile()));
        assertThat(recovery.find()).isEmpty();
    }

    @Test
    void discardDeletesTheCopyAtOnce() throws Exception {
        MapSession session = watchedSession();
        session.execute(new RenameMap("Edited"));
        await(() -> Files.isRegularFile(recovery.copyFile()));

        recovery.discard();

        assertThat(recovery.copyFile()).doesNotExist();
    }

    @Test
    void nothingIsFoundWhenNoCopyWasLeft() {
        recovery = new Recovery(folder, Duration.ZERO);

        assertThat(recovery.find()).isEmpty();
    }
}
