package app.parley.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs Graphviz {@code sfdp -Tdot} on a DOT file and reads back where it put each node: the {@code pos} attribute of
 * every node statement of its output, in points.
 */
final class SfdpPositions {

    private static final Pattern NODE = Pattern.compile(
            "(?m)^\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|[A-Za-z0-9_.]+)\\s*\\[");
    private static final Pattern POS = Pattern.compile("(?:^|[\\s,\\[])pos=\"([-0-9.e+]+),([-0-9.e+]+)!?\"");
    private static final List<String> KEYWORDS = List.of("graph", "node", "edge");

    /** The node positions sfdp found, and how long it ran. */
    record Result(Map<String, double[]> positions, double millis) {
    }

    private SfdpPositions() {
    }

    /** The sfdp program on the path, if there is one. */
    static Optional<Path> program() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(folder, "sfdp");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Lays out {@code dot} with {@code sfdp} and reads the positions; fails when sfdp fails. */
    static Result run(Path sfdp, Path dot) throws IOException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(sfdp.toString(), "-Tdot", dot.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try {
            int code = process.waitFor();
            if (code != 0) {
                throw new IOException("sfdp ended with code " + code + " on " + dot);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            throw new IOException("Interrupted while sfdp ran", e);
        }
        return new Result(parse(output), (System.nanoTime() - start) / 1e6);
    }

    /** The {@code pos} of every node statement in DOT text as written by Graphviz. */
    static Map<String, double[]> parse(String dot) {
        String text = dot.replace("\\\r\n", "").replace("\\\n", "");
        Map<String, double[]> positions = new HashMap<>();
        Matcher node = NODE.matcher(text);
        while (node.find()) {
            String id = node.group(1);
            if (KEYWORDS.contains(id)) {
                continue;
            }
            int end = attributesEnd(text, node.end());
            Matcher pos = POS.matcher(text.substring(node.end() - 1, end));
            if (pos.find()) {
                String name = id.startsWith("\"") ? id.substring(1, id.length() - 1).replace("\\\"", "\"")
                        .replace("\\\\", "\\") : id;
                positions.put(name, new double[] {Double.parseDouble(pos.group(1)),
                    Double.parseDouble(pos.group(2))});
            }
        }
        return positions;
    }

    /** Where the attribute list opened before {@code from} closes, skipping quoted text. */
    private static int attributesEnd(String text, int from) {
        boolean quoted = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && quoted) {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ']' && !quoted) {
                return i;
            }
        }
        return text.length();
    }
}
