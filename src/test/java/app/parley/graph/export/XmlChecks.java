package app.parley.graph.export;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Parses XML strictly and validates it against the official schemas in {@code ../shared/schemas/}. */
final class XmlChecks {

    static final Path SCHEMAS = Path.of("..", "shared", "schemas");
    private static final java.util.Map<Path, Schema> SCHEMA_CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private XmlChecks() {
    }

    /** The document, namespace aware; fails on anything not well-formed. */
    static Document parse(String xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new AssertionError("Not well-formed: " + e.getMessage(), e);
        }
    }

    /** Validates {@code document} against the XSD at {@code schema}; fails with the validator's message. */
    static void validate(Document document, Path schema) throws IOException {
        try {
            Schema compiled = SCHEMA_CACHE.get(schema);
            if (compiled == null) {
                compiled = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(schema.toFile());
                SCHEMA_CACHE.put(schema, compiled);
            }
            compiled.newValidator().validate(new DOMSource(document));
        } catch (SAXException e) {
            throw new AssertionError("Invalid against " + schema + ": " + e.getMessage(), e);
        }
    }

    /** Removes every element in {@code namespace} (and what it holds). */
    static Document without(Document document, String namespace) {
        NodeList all = document.getElementsByTagNameNS(namespace, "*");
        List<Node> found = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            found.add(all.item(i));
        }
        found.forEach(node -> {
            if (node.getParentNode() != null) {
                node.getParentNode().removeChild(node);
            }
        });
        return document;
    }

    /** The elements called {@code name} in {@code namespace}. */
    static List<Element> elements(Document document, String namespace, String name) {
        NodeList list = document.getElementsByTagNameNS(namespace, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    /** Whether {@code command} runs here (Graphviz, xmllint). */
    static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && java.nio.file.Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    /** Runs a command with {@code input} on standard input; returns its exit code, output and error output. */
    static Result run(String input, Path directory, String... command) throws IOException, InterruptedException {
        Path errors = java.nio.file.Files.createTempFile(directory, "stderr", ".txt");
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectError(errors.toFile()).start();
        try (var in = process.getOutputStream()) {
            in.write(input.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 60 s");
        }
        return new Result(process.exitValue(), output, java.nio.file.Files.readString(errors));
    }

    /** A finished command. */
    record Result(int code, String output, String errors) {
    }
}
