package app.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.io.DatasetReader;
import app.parley.io.DatasetWriter;
import app.parley.model.Actor;
import app.parley.model.Dataset;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebPageExportTest {

    /** A name that would end the data block and run a script if it were not escaped. */
    static final String HOSTILE = "</script><script>alert('x')</script><!-- & \u2028 https://evil.example/";

    private static final Pattern DATA = Pattern.compile(
            "<script type=\"application/json\" id=\"parley-data\">(.*?)</script>", Pattern.DOTALL);

    @TempDir
    Path dir;

    /** Exports the page with {@code options} and returns its text. */
    static String export(Path page, String... options) throws IOException {
        String[] args = new String[options.length + 3];
        args[0] = "export";
        args[1] = "--out";
        args[2] = page.toString();
        System.arraycopy(options, 0, args, 3, options.length);
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Wrote " + page + " (web page");
        return Files.readString(page, StandardCharsets.UTF_8);
    }

    static JsonNode data(String html) throws IOException {
        Matcher block = DATA.matcher(html);
        assertThat(block.find()).as("the page embeds its data").isTrue();
        return new ObjectMapper().readTree(block.group(1));
    }

    /** The Istanbul dataset with Fidan renamed to {@link #HOSTILE}, saved in {@code dir}. */
    static Path hostileDataset(Path dir) throws IOException {
        Dataset istanbul = DatasetReader.istanbul();
        List<Actor> actors = istanbul.actors().stream().map(a -> a.id().equals("fidan")
                ? new Actor(a.id(), HOSTILE, a.kind(), a.aliases(), a.side()) : a).toList();
        Dataset hostile = new Dataset(HOSTILE, istanbul.sources(), actors, istanbul.roles(), istanbul.relations(),
                istanbul.quotes(), istanbul.story());
        Path file = dir.resolve("hostile.parley.json");
        new DatasetWriter().save(hostile, file);
        return file;
    }

    @Test
    void webPageHasNoReferenceToAnythingOutsideIt() throws IOException {
        String html = export(dir.resolve("map.html"));
        String lower = html.toLowerCase(Locale.ROOT);
        assertThat(lower).doesNotContain("http:").doesNotContain("https:").doesNotContain("@import")
                .doesNotContain("src=").doesNotContain("href=").doesNotContain("<link").doesNotContain("<iframe")
                .doesNotContain("fetch(").doesNotContain("xmlhttprequest").doesNotContain("websocket");
        Matcher url = Pattern.compile("url\\(\\s*['\"]?([^'\")]{0,12})").matcher(lower);
        int urls = 0;
        while (url.find()) {
            assertThat(url.group(1)).as("every url( in the page is inline data").startsWith("data:");
            urls++;
        }
        assertThat(urls).as("the two embedded fonts").isEqualTo(2);
        assertThat(html).contains("Content-Security-Policy\" content=\"default-src 'none'");
    }

    @Test
    void webPageEmbedsTheMapAndItsDataAsJson() throws IOException {
        String html = export(dir.resolve("map.html"));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg id=\"map\"").contains("<g id=\"actor-fidan\"")
                .contains("<svg id=\"legend\"").contains(">Hakan Fidan</text>");
        JsonNode data = data(html);
        Dataset istanbul = DatasetReader.istanbul();
        assertThat(data.get("actors")).hasSize(istanbul.actors().size());
        assertThat(data.get("quotes")).hasSize(istanbul.quotes().size());
        assertThat(data.get("story")).hasSize(istanbul.story().size());
        for (JsonNode quote : data.get("quotes")) {
            String sentence = quote.get("sentence").asText();
            assertThat(sentence.substring(quote.get("markStart").asInt(), quote.get("markEnd").asInt()))
                    .as("the quote's words are marked in its sentence").isEqualTo(quote.get("text").asText());
            assertThat(quote.get("source").asText()).contains("Istanbul");
        }
        for (JsonNode actor : data.get("actors")) {
            assertThat(html).as("every actor can be clicked").contains("<g id=\"actor-" + actor.get("id").asText()
                    + "\"");
        }
    }

    @Test
    void hostileNameCannotEndTheDataBlock() throws IOException {
        Path dataset = hostileDataset(dir);
        String html = export(dir.resolve("hostile.html"), "--dataset", dataset.toString());
        assertThat(html.split("<script", -1)).as("only the page's own two script elements").hasSize(3);
        assertThat(html.split("</script>", -1)).hasSize(3);
        assertThat(html).doesNotContain("alert('x')</script>");
        Matcher block = DATA.matcher(html);
        assertThat(block.find()).isTrue();
        assertThat(block.group(1)).doesNotContain("<").doesNotContain("https:").doesNotContain("\u2028");
        JsonNode data = data(html);
        assertThat(data.get("title").asText()).isEqualTo(HOSTILE);
        assertThat(data.get("actors").findValuesAsText("name")).contains(HOSTILE);
    }

    @Test
    void selectedActorOpensSelected() throws IOException {
        String html = export(dir.resolve("map.html"), "--select", "Kalin");
        assertThat(data(html).get("selected").asText()).isEqualTo("kalin");
    }
}
