package app.parley.cli;

import app.parley.assist.ArticleAssistant;
import app.parley.assist.ArticleFile;
import app.parley.assist.Suggestions;
import app.parley.io.DatasetReader;
import app.parley.io.LoadResult;
import app.parley.model.Dataset;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley suggest ARTICLE.txt}: the actors, roles, attributed quotes and links an article suggests. */
@Command(name = "suggest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Reads a news article (UTF-8 plain text) and suggests actors with their titles and sides, every "
                + "quote with its exact span and speaker, and the links its clauses state.",
                "With --json: {\"actors\": [{\"name\", \"kind\", \"side\", \"aliases\", \"roles\": [{\"title\", "
                        + "\"of\"}], \"mentions\": [{\"start\", \"end\"}]}], \"quotes\": [{\"text\", \"start\", \"end\", "
                        + "\"speaker\", \"kind\"}], \"relations\": [{\"from\", \"type\", \"to\", \"evidence\": "
                        + "{\"start\", \"end\"}}]}; speaker, from and to are actor names (speaker null when unknown), "
                        + "offsets are UTF-16 code units, end exclusive.",
                "Exits 0, or 1 when the article or the map cannot be read."})
final class SuggestCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ARTICLE", description = "The article as a UTF-8 text file.")
    private Path article;

    @Option(names = "--json", description = "Print the suggestions as JSON.")
    private boolean json;

    @Option(names = "--map", paramLabel = "FILE", description = "A map (dataset) whose actors are recognized by name "
            + "and alias, accents optional.")
    private Path map;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArticleFile.Read read = ArticleFile.read(article);
        if (!read.ok()) {
            err.println(read.error());
            err.flush();
            return 1;
        }
        Dataset known = null;
        if (map != null) {
            LoadResult result = new DatasetReader().read(map);
            Optional<Dataset> dataset = DatasetOption.Loading.report(map, result, err);
            if (dataset.isEmpty()) {
                err.flush();
                return 1;
            }
            known = dataset.get();
        }
        Suggestions suggestions = ArticleAssistant.suggest(read.text(), known);
        out.print(json ? new SuggestionJson().write(suggestions) + "\n" : SuggestionText.write(suggestions,
                read.text()));
        out.flush();
        return 0;
    }
}
