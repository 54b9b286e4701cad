package app.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads the exported web page in headless Chromium (the Debian package; skipped where it is not installed) and reads
 * back the page as its script left it.
 */
class WebPageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    static Path dir;

    private static Path page;

    @BeforeAll
    static void exportPage() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "headless Chromium is not installed");
        page = dir.resolve("map.html");
        WebPageExportTest.export(page);
    }

    /** The DOM after the page loaded at {@code fragment} and its script ran. */
    private static String dom(Path file, String fragment) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(dir, "chromium");
        Path out = Files.createTempFile(dir, "dom", ".html");
        Process chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--no-first-run", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--user-data-dir=" + profile, "--window-size=1366,768",
                "--virtual-time-budget=5000", "--dump-dom", file.toUri() + "#" + fragment))
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(chromium.waitFor(90, TimeUnit.SECONDS)).as("Chromium finishes").isTrue();
        assertThat(chromium.exitValue()).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static String section(String dom, String id) {
        Matcher found = Pattern.compile("<(section|p|div|span) id=\"" + id + "\"[^>]*>(.*?)</\\1>", Pattern.DOTALL)
                .matcher(dom);
        assertThat(found.find()).as("the page has #" + id).isTrue();
        return found.group(2);
    }

    @Test
    void clickingAnActorShowsItsCardAndQuotes() throws Exception {
        String details = section(dom(page, "click=medinsky"), "details");
        assertThat(details).contains("<h2>Vladimir Medinsky</h2>").contains("head of the peace talks").doesNotContain(
                "All quotes");
        assertThat(details).contains("Quotes (3)").contains("<mark>");
    }

    @Test
    void storyStepShowsItsCaptionAndQuotes() throws Exception {
        String dom = dom(page, "step=5");
        assertThat(section(dom, "caption")).startsWith("Putin proposed the talks");
        assertThat(section(dom, "step-no")).isEqualTo("Step 5 of 14");
        assertThat(dom).contains("the Russian team lacked the authority to negotiate seriously");
        assertThat(dom).containsPattern("<g id=\"actor-kallas\"[^>]*class=\"actor [^\"]*\\boff\\b");
    }

    @Test
    void withNothingSelectedThePanelListsEveryQuote() throws Exception {
        String details = section(dom(page, ""), "details");
        assertThat(details).contains("All quotes (25)");
    }
}
