package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.assist.ArticleAssistant;
import app.parley.assist.Suggestions;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Shift+click picks a run of suggestions and Delete rejects them all at once (a list of states named in passing). */
@ExtendWith(ApplicationExtension.class)
class SeveralSuggestionsAtOnceTest {

    private static final String TEXT = "President Donald J. Trump hosted Azerbaijani President Ilham Aliyev. As "
            + "President, he has brokered peace between Cambodia and Thailand, Israel and Iran, India and Pakistan.\n";

    private final List<Suggestions> accepted = new ArrayList<>();
    private SuggestionReviewViewModel model;

    @Start
    void start(Stage stage) {
        model = new SuggestionReviewViewModel(TEXT, ArticleAssistant.suggest(TEXT), accepted::add);
        stage.setScene(new Scene(new SuggestionReviewPane(model), 900, 600));
        stage.show();
    }

    private int indexOf(String labelStart) {
        for (int i = 0; i < model.items().size(); i++) {
            if (model.items().get(i).label().startsWith(labelStart)) {
                return i;
            }
        }
        throw new AssertionError("no suggestion " + labelStart);
    }

    @Test
    void shiftClickThenDeleteRejectsEveryStateBetween(FxRobot robot) {
        ListView<?> list = robot.lookup(".list-view").queryAs(ListView.class);
        int first = indexOf("Cambodia —");
        int last = indexOf("Pakistan —");
        robot.interact(() -> list.scrollTo(first));
        robot.clickOn(robot.lookup(".list-cell").match(c -> c instanceof javafx.scene.control.ListCell<?> cell
                && cell.getIndex() == first).<javafx.scene.Node>query());
        robot.press(KeyCode.SHIFT).clickOn(robot.lookup(".list-cell").match(c -> c instanceof
                javafx.scene.control.ListCell<?> cell && cell.getIndex() == last).<javafx.scene.Node>query())
                .release(KeyCode.SHIFT);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.items().subList(first, last + 1)).allSatisfy(item -> assertThat(item.decision())
                .isEqualTo(SuggestionReviewViewModel.Decision.REJECTED));
        assertThat(last - first).isGreaterThanOrEqualTo(5);
        assertThat(model.items().get(indexOf("Ilham Aliyev —")).decision())
                .isEqualTo(SuggestionReviewViewModel.Decision.PENDING);
        assertThat(accepted).isEmpty();
    }
}
