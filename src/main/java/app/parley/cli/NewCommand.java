package app.parley.cli;

import app.parley.assist.ArticleAssistant;
import app.parley.assist.Suggestions;
import app.parley.session.AcceptSuggestions;
import app.parley.session.Article;
import app.parley.session.ArticleText;
import app.parley.session.EditRefused;
import app.parley.session.MapFiles;
import app.parley.session.MapSession;
import app.parley.session.NewMaps;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code parley new}: starts a map from an article: a valid parley/1 file holding the article verbatim (with its
 * SHA-256), ready to be mapped in the window.
 */
@Command(name = "new", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Starts a map from an article: writes a parley/1 file that holds the article's text verbatim "
                + "(UTF-8, with its SHA-256) and passes check, ready to be mapped in the window.", ""})
final class NewCommand implements Callable<Integer> {

    @Option(names = "--article", required = true, paramLabel = "FILE.txt",
            description = "The article, as UTF-8 text.")
    private Path article;

    @Option(names = "--title", paramLabel = "T", description = "Its title (default: its first line).")
    private String title;

    @Option(names = "--publisher", paramLabel = "P", description = "Who published it.")
    private String publisher;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "When it was published.")
    private String date;

    @Option(names = "--url", paramLabel = "U", description = "Where it was published.")
    private String url;

    @Option(names = "--out", required = true, paramLabel = "map.json", description = "The map file to write.")
    private Path out;

    @Option(names = "--force", description = "Replace --out if it exists.")
    private boolean force;

    @Option(names = "--suggest", description = "Fill the map with every suggestion of the article assistant "
            + "(actors, roles, quotes with a speaker, links), as if all were accepted in the window.")
    private boolean suggest;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        LocalDate published = publicationDate();
        if (Files.exists(out) && !force) {
            err.println(out + " already exists; give --force to replace it.");
            return 1;
        }
        MapSession session;
        long unattributed = 0;
        try {
            String text = ArticleText.read(article);
            session = start(new Article(title == null ? firstLine(text) : title, publisher, published, url, text));
            if (suggest) {
                Suggestions suggestions = ArticleAssistant.suggest(text);
                unattributed = suggestions.quotes().stream().filter(q -> q.speaker() == null).count();
                session.execute(new AcceptSuggestions(session.dataset().sources().get(0).id(), suggestions));
            }
        } catch (EditRefused refused) {
            err.println(refused.getMessage());
            return 1;
        }
        try {
            MapFiles.save(session.dataset(), out);
        } catch (IOException e) {
            err.println("Could not write " + out + ": " + e.getMessage());
            return 1;
        }
        spec.commandLine().getOut().println("Wrote " + out + ": “" + session.dataset().title() + "”, "
                + session.dataset().sources().get(0).text().length() + " characters of text"
                + (suggest ? "; suggested " + session.dataset().summary() : "")
                + (unattributed > 0 ? " (" + unattributed + " quotes without a speaker left out)" : "")
                + ". Open it in the window to map it.");
        return 0;
    }

    /**
     * The session the new map is made in: the article as its one source. Everything that fills the map from the
     * article runs as commands on this session, so it is checked as the window's edits are.
     */
    private MapSession start(Article source) throws EditRefused {
        return MapSession.unsaved(NewMaps.fromArticle(source));
    }

    private LocalDate publicationDate() {
        if (date == null) {
            return null;
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--date should be like 2025-05-16, not '" + date + "'");
        }
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("").strip();
        return line.length() <= 120 ? line : line.substring(0, 119) + "…";
    }
}
