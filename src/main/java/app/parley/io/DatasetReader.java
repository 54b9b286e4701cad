package app.parley.io;

import app.parley.model.Dataset;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads a dataset file and reports every problem in it, each placed by JSON pointer and line:column. */
public final class DatasetReader {

    /** The largest file opened by default: 256 MiB, room for a few hundred thousand actors. */
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;

    private static final String BUNDLED = "/app/parley/assets/istanbul-talks-2025.json";

    /**
     * Files from this size on are checked as text, and their sources' hashes and evidence claims, on a second thread
     * while the first one parses them: the one rule for reading on two threads.
     */
    static final int BESIDE_FROM_BYTES = 1024 * 1024;

    private final long maxBytes;
    private final long besideFromBytes;

    /** A reader with the default size limit. */
    public DatasetReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** A reader that refuses files larger than {@code maxBytes}. */
    public DatasetReader(long maxBytes) {
        this(maxBytes, BESIDE_FROM_BYTES);
    }

    /**
     * A reader that refuses files larger than {@code maxBytes} and, from {@code besideFromBytes} on, checks the text
     * and the sources' hashes and claims beside the parsing, on a second thread.
     */
    DatasetReader(long maxBytes, long besideFromBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("Size limit must be positive");
        }
        this.maxBytes = maxBytes;
        this.besideFromBytes = besideFromBytes;
    }

    /** The Istanbul talks dataset that ships with Parley. */
    public static Dataset istanbul() {
        try (InputStream in = DatasetReader.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("The bundled dataset " + BUNDLED + " is missing from the build");
            }
            LoadResult result = new DatasetReader().read(in.readAllBytes());
            return result.datasetIfOk().orElseThrow(() -> new IllegalStateException(
                    "The bundled dataset is invalid: " + result.errors().get(0).describe()));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the bundled dataset", e);
        }
    }

    /** Reads a dataset file. */
    public LoadResult read(Path file) {
        List<Problem> problems = new ArrayList<>();
        try {
            if (Files.isDirectory(file)) {
                return failed("This is a folder, not a dataset file.");
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                return failed("This is not a regular file (a FIFO, socket or device); Parley opens files.");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                return failed(String.format(Locale.ROOT, "The file is %s; Parley opens datasets up to %s.",
                        megabytes(size), megabytes(maxBytes)));
            }
            return read(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return failed("There is no file at " + file + ".");
        } catch (AccessDeniedException e) {
            return failed("Parley may not read " + file + " (permission denied).");
        } catch (IOException e) {
            problems.add(Problem.error("", "The file could not be read: " + e.getMessage()));
            return new LoadResult(null, problems);
        }
    }

    /** Reads a dataset from the bytes of a file. */
    public LoadResult read(byte[] bytes) {
        if (bytes.length > maxBytes) {
            return failed(String.format(Locale.ROOT, "The data is %s; Parley opens datasets up to %s.",
                    megabytes(bytes.length), megabytes(maxBytes)));
        }
        List<Problem> problems = new ArrayList<>();
        byte[] utf8 = TextDecoder.utf8(bytes, problems);
        if (utf8 == null) {
            return new LoadResult(null, problems);
        }
        if (utf8.length < besideFromBytes) {
            int offset = TextDecoder.check(utf8, problems);
            return offset < 0 ? new LoadResult(null, problems) : read(JsonText.of(utf8, offset), problems, false);
        }
        return readCheckingBeside(utf8, problems);
    }

    /**
     * Parses the bytes while a second thread checks that they are UTF-8 text; what the parsing found counts only when
     * the check passes, so the problems are those of checking first and parsing after.
     */
    private LoadResult readCheckingBeside(byte[] utf8, List<Problem> problems) {
        List<Problem> checked = new ArrayList<>();
        SideTask<Integer> check = SideTask.start(true, "parley-check-text", () -> TextDecoder.check(utf8, checked));
        int mark = TextDecoder.byteOrderMarkLength(utf8);
        JsonText json = JsonText.of(utf8, mark);
        Parsed parsed = (mark == 0 ? readSplit(utf8, json) : Optional.<Parsed>empty())
                .orElseGet(() -> parse(json, true));
        int offset = check.join();
        problems.addAll(checked);
        if (offset < 0) {
            return new LoadResult(null, problems);
        }
        return offset == mark ? parsed.after(problems) : parse(JsonText.of(utf8, offset), true).after(problems);
    }

    /**
     * Reads a file whose top-level members can be found apart, mapping its relations in pieces on both threads
     * ({@link RelationPieces}) while the reading thread maps the rest; empty when they cannot, or when any member is
     * malformed (the whole parse then says where).
     */
    private static Optional<Parsed> readSplit(byte[] utf8, JsonText json) {
        Optional<List<TopLevelMembers.Member>> members = TopLevelMembers.of(utf8, 0);
        Optional<List<TopLevelMembers.Piece>> pieces = members.flatMap(all -> all.stream()
                .filter(member -> member.name().equals(DatasetMapper.RELATIONS)).findFirst())
                .flatMap(relations -> TopLevelMembers.pieces(utf8, relations, RelationPieces.PIECES));
        if (pieces.isEmpty()) {
            return Optional.empty();
        }
        RelationPieces relations = RelationPieces.start(utf8, pieces.get());
        List<Problem> problems = new ArrayList<>();
        DatasetMapper.Mapped mapped;
        try {
            mapped = new DatasetMapper(problems).map(utf8, members.get(), relations);
        } catch (IOException malformed) {
            return Optional.empty();
        }
        return Optional.of(Parsed.validated(json, mapped, problems, true));
    }

    /** Reads a dataset from JSON text. */
    public LoadResult read(String json) {
        return read(JsonText.of(json), new ArrayList<>(), false);
    }

    private LoadResult read(JsonText json, List<Problem> problems, boolean beside) {
        return parse(json, beside).after(problems);
    }

    private static Parsed parse(JsonText json, boolean beside) {
        List<Problem> problems = new ArrayList<>();
        try {
            return Parsed.validated(json, map(json.parser(), problems), problems, beside);
        } catch (IOException malformed) {
            return new Parsed(json, null, List.of(), malformedAt(json));
        }
    }

    /**
     * What parsing and validating a text found, before the problems of decoding it are put in front: the mapped
     * dataset and its problems, not yet placed, or the fault that stopped a malformed text.
     */
    private record Parsed(JsonText json, DatasetMapper.Mapped mapped, List<Problem> found, Problem malformed) {

        static Parsed validated(JsonText json, DatasetMapper.Mapped mapped, List<Problem> problems, boolean beside) {
            if (mapped != null) {
                problems.addAll(DatasetValidator.validate(mapped.dataset(), mapped.pointers(), mapped.claims(),
                        mapped.droppedActorIds(), beside));
            }
            return new Parsed(json, mapped, problems, null);
        }

        /**
         * The outcome once {@code earlier} (the decoding's problems) stand in front: a malformed text keeps them as
         * they are, before its fault; otherwise every problem is placed and sorted by line and column.
         */
        LoadResult after(List<Problem> earlier) {
            List<Problem> problems = new ArrayList<>(earlier);
            if (malformed != null) {
                problems.add(malformed);
                return new LoadResult(null, problems);
            }
            problems.addAll(found);
            List<Problem> placed = problems.isEmpty() ? problems
                    : new ArrayList<>(PointerLocator.place(json.text(), problems));
            placed.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            boolean usable = mapped != null && placed.stream().noneMatch(Problem::isError);
            return new LoadResult(usable ? mapped.dataset() : null, placed);
        }
    }

    private static DatasetMapper.Mapped map(JsonParser parser, List<Problem> problems) throws IOException {
        try (parser) {
            return new DatasetMapper(problems).map(parser);
        }
    }

    /**
     * The problem that stops malformed JSON, placed by line and column of the text (parsing bytes would count columns
     * in bytes): the text is parsed again, token by token, up to the fault.
     */
    private static Problem malformedAt(JsonText json) {
        try (JsonParser parser = JsonText.of(json.text()).parser()) {
            new DatasetMapper(new ArrayList<>()).map(parser);
        } catch (StreamConstraintsException e) {
            return located(e, JsonLimits.describe(e));
        } catch (JsonProcessingException e) {
            return located(e, "The JSON is malformed: " + JsonErrors.plain(e) + ".");
        } catch (IOException e) {
            return Problem.error("", "The JSON could not be read: " + e.getMessage());
        }
        return Problem.error("", "The JSON could not be read.");
    }

    private static Problem located(JsonProcessingException e, String message) {
        JsonLocation location = e.getLocation();
        Problem problem = Problem.error("", message);
        return location == null ? problem : problem.at(location.getLineNr(), location.getColumnNr());
    }

    private static LoadResult failed(String message) {
        return new LoadResult(null, List.of(Problem.error("", message)));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
