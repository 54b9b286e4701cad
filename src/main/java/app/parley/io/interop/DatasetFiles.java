package app.parley.io.interop;

import app.parley.io.DatasetReader;
import app.parley.io.LoadResult;
import app.parley.io.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.xml.sax.SAXException;

/**
 * Opens what File › Open and {@code --dataset} are given: a Parley dataset ({@code .json}), GraphML
 * ({@code .graphml}), GEXF ({@code .gexf}), Cytoscape JSON ({@code .cyjs}), or CSV tables (a folder holding
 * {@code actors.csv} and {@code relations.csv}, or one of those files). Anything but a regular file or such a folder
 * (a FIFO, a device) is refused before it is read.
 */
public final class DatasetFiles {

    private final long maxBytes;

    /** Opens files up to Parley's usual size limit. */
    public DatasetFiles() {
        this(DatasetReader.DEFAULT_MAX_BYTES);
    }

    /** Opens files up to {@code maxBytes}. */
    public DatasetFiles(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The file name patterns File › Open offers. */
    public static List<String> patterns() {
        return List.of("*.json", "*.graphml", "*.gexf", "*.cyjs", "*.csv");
    }

    /** Opens {@code path}. */
    public Opened open(Path path) {
        try {
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.exists(path)) {
                return failed("There is no file at " + path + ".");
            }
            if (Files.isDirectory(path)) {
                return Files.isRegularFile(path.resolve(CsvInput.ACTORS)) ? csv(path)
                        : failed("This is a folder without actors.csv, not a dataset.");
            }
            if (!Files.isRegularFile(path)) {
                return failed("This is not a regular file (a FIFO, socket or device); Parley opens files.");
            }
            long size = Files.size(path);
            if (size > maxBytes) {
                return failed(String.format(Locale.ROOT, "The file is %.1f MB; Parley opens files up to %.1f MB.",
                        size / 1048576.0, maxBytes / 1048576.0));
            }
            String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".graphml")) {
                return graph(path, "GraphML", GraphMlInput::read);
            }
            if (name.endsWith(".gexf")) {
                return graph(path, "GEXF", GexfInput::read);
            }
            if (name.endsWith(".cyjs")) {
                return graph(path, "Cytoscape JSON", in -> CyjsInput.read(in));
            }
            if (name.endsWith(".csv")) {
                return csv(CsvInput.folder(path));
            }
            return Opened.of(new DatasetReader(maxBytes).read(path));
        } catch (NoSuchFileException e) {
            return failed("There is no file at " + path + ".");
        } catch (AccessDeniedException e) {
            return failed("Parley may not read " + path + " (permission denied).");
        } catch (IOException e) {
            return failed("The file could not be read: " + e.getMessage());
        }
    }

    /** Reads a graph file with one of the readers. */
    @FunctionalInterface
    private interface Reader {
        Draft read(InputStream in) throws IOException, SAXException;
    }

    private static Opened graph(Path path, String format, Reader reader) {
        try (InputStream in = Files.newInputStream(path)) {
            return DraftMapping.map(reader.read(in), path.getFileName().toString());
        } catch (SAXException e) {
            return failed("The " + format + " file is not well-formed XML Parley can read: "
                    + Messages.excerpt(e.getMessage()));
        } catch (IOException e) {
            return failed("The " + format + " file could not be read: " + Messages.excerpt(e.getMessage()));
        }
    }

    private static Opened csv(Path folder) {
        try {
            return DraftMapping.map(CsvInput.read(folder), folder.getFileName() + "/" + CsvInput.ACTORS);
        } catch (IOException e) {
            return failed("The CSV tables could not be read: " + Messages.excerpt(e.getMessage()));
        }
    }

    private static Opened failed(String message) {
        return Opened.of(new LoadResult(null, List.of(Problem.error("", message))));
    }
}
