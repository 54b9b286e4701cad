package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.Side;
import impl.org.controlsfx.skin.AutoCompletePopup;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The actor field's suggestions never open for a text the field no longer holds: a fetch still running when an actor
 * is chosen, or when the field is left, does not bring the list back over the form.
 */
@ExtendWith(ApplicationExtension.class)
class ActorFieldTest {

    private static final Actor UMEROV = new Actor("rustem-umerov", "Rustem Umerov", ActorKind.PERSON, List.of(),
            Side.UKRAINE);
    private static final Actor FIDAN = new Actor("hakan-fidan", "Hakan Fidan", ActorKind.PERSON, List.of(),
            Side.TURKEY);
    private static final Actor YERMAK = new Actor("andriy-yermak", "Andriy Yermak", ActorKind.PERSON, List.of(),
            Side.UKRAINE);

    private final AtomicReference<Actor> chosen = new AtomicReference<>();
    private final AtomicInteger listsOpened = new AtomicInteger();
    private final ListChangeListener<Window> opening = change -> {
        while (change.next()) {
            listsOpened.addAndGet((int) change.getAddedSubList().stream()
                    .filter(window -> window instanceof AutoCompletePopup<?>).count());
        }
    };
    private volatile HeldFetch held = new HeldFetch("");
    private ActorField field;
    private TextField next;

    @Start
    void start(Stage stage) {
        field = new ActorField(typed -> {
            held.pauseIfFor(typed);
            return matching(typed);
        });
        field.setId("actor");
        field.setOnChosen(chosen::set);
        next = new TextField();
        next.setId("next");
        stage.setScene(new Scene(new VBox(8, field, next), 480, 320));
        stage.show();
    }

    @AfterEach
    void letHeldFetchGo() {
        held.release.countDown();
        Platform.runLater(() -> Window.getWindows().removeListener(opening));
    }

    @Test
    void enterChoosesTheBestActorAndAFetchStillRunningForTheTypedTextDoesNotOpenTheList(FxRobot robot)
            throws Exception {
        focusField(robot);
        HeldFetch umerov = holdFetchFor(robot, "Umerov");

        robot.type(KeyCode.ENTER);
        countListsOpenedFromNow(robot);
        umerov.finish();

        assertUmerovChosenAndNoListOpenedSince(robot);
    }

    @Test
    void aSuggestionPickedFromTheListIsChosenAndAFetchStillRunningDoesNotReopenTheList(FxRobot robot)
            throws Exception {
        focusField(robot);
        robot.interact(() -> field.setText("Umero"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> suggestionsShowing(robot));
        HeldFetch umerov = holdFetchFor(robot, "Umerov");

        robot.clickOn(robot.lookup((ListCell<?> cell) -> UMEROV.equals(cell.getItem())).<Node>query());
        countListsOpenedFromNow(robot);
        umerov.finish();

        assertUmerovChosenAndNoListOpenedSince(robot);
    }

    @Test
    void aFetchThatEndsAfterTheFieldIsLeftDoesNotOpenTheListOverTheNextField(FxRobot robot) throws Exception {
        focusField(robot);
        HeldFetch umerov = holdFetchFor(robot, "Umerov");

        robot.clickOn("#next");
        countListsOpenedFromNow(robot);
        umerov.finish();

        assertThat(onFx(() -> next.isFocused())).isTrue();
        assertThat(listsOpened.get()).as("suggestion lists opened after leaving the field").isZero();
        assertThat(suggestionsShowing(robot)).isFalse();
    }

    @Test
    void theOpenListFollowsTheTextTyped(FxRobot robot) throws Exception {
        focusField(robot);
        robot.write("r");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> suggested(robot).equals(List.of(UMEROV, YERMAK)));

        robot.write("m");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> suggested(robot).equals(List.of(YERMAK)));
        assertThat(suggestionsShowing(robot)).isTrue();
        assertThat(onFx(() -> field.getText())).isEqualTo("rm");
    }

    private void focusField(FxRobot robot) throws Exception {
        robot.clickOn("#actor");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> field.isFocused());
    }

    /** Sets the field's text, as typing or pasting does, and waits until its fetch is held in the suggester. */
    private HeldFetch holdFetchFor(FxRobot robot, String text) throws Exception {
        HeldFetch fetch = new HeldFetch(text);
        held = fetch;
        robot.interact(() -> field.setText(text));
        assertThat(fetch.reached.await(10, TimeUnit.SECONDS)).as("fetch for %s started", text).isTrue();
        return fetch;
    }

    private void countListsOpenedFromNow(FxRobot robot) {
        robot.interact(() -> Window.getWindows().addListener(opening));
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    /** The actors in the suggestion list showing, top to bottom. */
    private static List<Object> suggested(FxRobot robot) {
        if (!suggestionsShowing(robot)) {
            return List.of();
        }
        return robot.lookup((ListCell<?> cell) -> cell.getItem() != null && cell.isVisible()).queryAll().stream()
                .sorted(Comparator.comparingInt(cell -> ((ListCell<?>) cell).getIndex()))
                .<Object>map(cell -> ((ListCell<?>) cell).getItem()).toList();
    }

    private static boolean suggestionsShowing(FxRobot robot) {
        return robot.listWindows().stream().anyMatch(w -> w instanceof AutoCompletePopup<?> && w.isShowing());
    }

    private static List<Actor> matching(String typed) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        return typed.isBlank() ? List.of() : List.of(UMEROV, FIDAN, YERMAK).stream()
                .filter(actor -> actor.name().toLowerCase(Locale.ROOT).contains(wanted)).toList();
    }

    /**
     * Holds the first background fetch of suggestions for one text until released, as a slow machine does; being
     * cancelled does not stop it, as a fetch already under way is not stopped either.
     */
    private static final class HeldFetch {

        final String text;
        final CountDownLatch reached = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        private volatile Thread thread;

        HeldFetch(String text) {
            this.text = text;
        }

        void pauseIfFor(String typed) {
            if (!typed.equals(text) || Platform.isFxApplicationThread() || thread != null) {
                return;
            }
            thread = Thread.currentThread();
            reached.countDown();
            boolean interrupted = false;
            while (true) {
                try {
                    release.await();
                    break;
                } catch (InterruptedException cancelled) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        /** Lets the fetch return its suggestions and waits until the window has handled them. */
        void finish() throws InterruptedException {
            release.countDown();
            thread.join(TimeUnit.SECONDS.toMillis(10));
            assertThat(thread.isAlive()).as("fetch for %s finished", text).isFalse();
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Umerov was chosen, his name is in the field, and no suggestion list has opened since the choice. */
    private void assertUmerovChosenAndNoListOpenedSince(FxRobot robot) throws Exception {
        assertThat(chosen.get()).isEqualTo(UMEROV);
        assertThat(onFx(() -> field.getText())).isEqualTo("Rustem Umerov");
        assertThat(listsOpened.get()).as("suggestion lists opened after the choice").isZero();
        assertThat(suggestionsShowing(robot)).isFalse();
    }
}
