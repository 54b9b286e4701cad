package app.parley.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReadmeExampleTest {

    @Test
    void readmeExampleIsAValidDataset() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("```json\n") + "```json\n".length();
        String example = readme.substring(start, readme.indexOf("```", start));

        LoadResult result = new DatasetReader().read(example);

        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset().quotes().get(0).text()).isEqualTo("We are ready,");
    }
}
