package app.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.parley.io.DatasetReader;
import app.parley.model.Dataset;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads the exported web page in headless Chromium (the Debian package; skipped where it is not installed), clicks
 * and types as a user would, and reads back what the page shows.
 */
class WebPageBrowserTest {

    private static final Path CHROMIUM = HeadlessChromium.command();
    private static final String DETAILS_NAME = "document.querySelector('#details h2')?.textContent ?? ''";

    @TempDir
    static Path dir;

    private static Path page;

    @BeforeAll
    static void exportPage() throws Exception {
        assumeTrue(CHROMIUM != null, "headless Chromium is not installed");
        page = dir.resolve("map.html");
        WebPageExportTest.export(page);
    }

    private static HeadlessChromium open(Path file, int width, int height) throws Exception {
        return HeadlessChromium.open(CHROMIUM, file, width, height, Files.createTempDirectory(dir, "profile"));
    }

    private static String text(HeadlessChromium browser, String selector) throws Exception {
        return browser.evaluate("document.querySelector('" + selector + "')?.textContent ?? ''");
    }

    private static boolean is(HeadlessChromium browser, String expression, String expected) {
        try {
            return expected.equals(browser.evaluate(expression));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void clickingAnActorShowsItsCardAndQuotes() throws Exception {
        try (HeadlessChromium browser = open(page, 1366, 768)) {
            JsonNode box = new ObjectMapper().readTree(browser.evaluate(
                    "JSON.stringify(document.getElementById('actor-medinsky').getBoundingClientRect())"));
            browser.click(box.get("x").asDouble() + box.get("width").asDouble() / 2,
                    box.get("y").asDouble() + box.get("height").asDouble() / 2);
            browser.waitUntil(() -> is(browser, DETAILS_NAME, "Vladimir Medinsky"));

            String details = text(browser, "#details");
            assertThat(details).contains("Person").contains("Russia").contains("head of the peace talks")
                    .contains("Quotes (3)").doesNotContain("All quotes");
            Dataset istanbul = DatasetReader.istanbul();
            istanbul.quotes().stream().filter(q -> q.speakerId().equals("medinsky"))
                    .forEach(q -> assertThat(details).contains(q.text()));
            assertThat(browser.evaluate("document.querySelectorAll('#details .quote mark').length")).isEqualTo("3");
        }
    }

    @Test
    void tabReachesAnActorAndEnterSelectsIt() throws Exception {
        try (HeadlessChromium browser = open(page, 1366, 768)) {
            String focused = null;
            for (int i = 0; i < 12 && focused == null; i++) {
                browser.press("Tab");
                focused = browser.evaluate("document.activeElement.classList.contains('actor') "
                        + "? document.activeElement.getAttribute('aria-label') : null");
            }
            assertThat(focused).as("Tab reaches an actor").isNotNull();
            browser.press("Enter");
            String name = focused.substring(0, focused.lastIndexOf(" ("));
            browser.waitUntil(() -> is(browser, DETAILS_NAME, name));
            assertThat(browser.evaluate("document.activeElement.getAttribute('aria-pressed')")).isEqualTo("true");

            browser.press("Escape");
            browser.waitUntil(() -> is(browser, DETAILS_NAME, ""));
            assertThat(text(browser, "#details")).contains("All quotes (25)");
        }
    }

    @Test
    void clickerKeysStepThroughTheStory() throws Exception {
        Dataset istanbul = DatasetReader.istanbul();
        try (HeadlessChromium browser = open(page, 1366, 768)) {
            assertThat(text(browser, "#step-no")).isEqualTo("Story: 14 steps");
            browser.press("PageDown");
            browser.waitUntil(() -> is(browser, "document.getElementById('step-no').textContent", "Step 1 of 14"));
            assertThat(text(browser, "#caption")).isEqualTo(istanbul.story().step(0).caption());
            assertThat(browser.evaluate("getComputedStyle(document.getElementById('actor-kallas')).visibility"))
                    .as("an actor the story has not revealed yet is hidden").isEqualTo("hidden");

            browser.press("ArrowRight");
            browser.press("ArrowRight");
            browser.press("PageUp");
            browser.waitUntil(() -> is(browser, "document.getElementById('step-no').textContent", "Step 2 of 14"));
            assertThat(text(browser, "#caption")).isEqualTo(istanbul.story().step(1).caption());
        }
    }

    @Test
    void onAPhoneThePanelComesBelowTheMap() throws Exception {
        try (HeadlessChromium browser = open(page, 390, 844)) {
            double mapBottom = Double.parseDouble(browser.evaluate(
                    "document.getElementById('stage').getBoundingClientRect().bottom"));
            double panelTop = Double.parseDouble(browser.evaluate(
                    "document.getElementById('panel').getBoundingClientRect().top"));
            double panelWidth = Double.parseDouble(browser.evaluate(
                    "document.getElementById('panel').getBoundingClientRect().width"));
            assertThat(panelTop).isGreaterThanOrEqualTo(mapBottom);
            assertThat(panelWidth).isGreaterThan(350);
        }
    }

    @Test
    void hostileNameStaysText() throws Exception {
        Path hostile = dir.resolve("hostile.html");
        WebPageExportTest.export(hostile, "--dataset", WebPageExportTest.hostileDataset(dir).toString());
        try (HeadlessChromium browser = open(hostile, 1366, 768)) {
            assertThat(browser.evaluate("document.scripts.length")).isEqualTo("2");
            assertThat(browser.evaluate("document.title")).isEqualTo(WebPageExportTest.HOSTILE);
            assertThat(browser.evaluate("document.getElementById('actor-fidan').getAttribute('aria-label')"))
                    .startsWith(WebPageExportTest.HOSTILE);
        }
    }
}
