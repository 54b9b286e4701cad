package app.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Headless Chromium (the Debian package) driven through the DevTools protocol over its local WebSocket: loads a page,
 * presses keys and clicks as a user would (trusted input events), and evaluates expressions in the page.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private HeadlessChromium(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    /** The {@code chromium} command on the PATH, or {@code null} when it is not installed. */
    static Path command() {
        String path = System.getenv("PATH");
        for (String folder : (path == null ? "" : path).split(File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, "chromium"))) {
                return Path.of(folder, "chromium");
            }
        }
        return null;
    }

    /** Starts Chromium on {@code page} in a {@code width} x {@code height} window, with its profile in {@code profile}. */
    static HeadlessChromium open(Path command, Path page, int width, int height, Path profile) throws Exception {
        Process process = new ProcessBuilder(List.of(command.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--no-first-run", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--remote-debugging-port=0", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height, page.toUri().toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String browser = null;
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        for (String line = err.readLine(); line != null; line = err.readLine()) {
            int at = line.indexOf("ws://");
            if (line.startsWith("DevTools listening on") && at >= 0) {
                browser = line.substring(at).strip();
                break;
            }
        }
        if (browser == null) {
            process.destroyForcibly();
            throw new IOException("Chromium did not open its DevTools port");
        }
        Thread drain = new Thread(() -> err.lines().forEach(line -> { }), "chromium-stderr");
        drain.setDaemon(true);
        drain.start();
        URI port = URI.create(browser.replaceFirst("^ws://", "http://").replaceFirst("/devtools/.*$", ""));
        HttpClient http = HttpClient.newHttpClient();
        String pageSocket = null;
        for (JsonNode target : JSON.readTree(http.send(HttpRequest.newBuilder(port.resolve("/json/list")).build(),
                HttpResponse.BodyHandlers.ofString()).body())) {
            if ("page".equals(target.path("type").asText())) {
                pageSocket = target.path("webSocketDebuggerUrl").asText();
            }
        }
        if (pageSocket == null) {
            process.destroyForcibly();
            throw new IOException("Chromium has no page to drive");
        }
        Listener listener = new Listener();
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), listener)
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        HeadlessChromium chromium = new HeadlessChromium(process, socket);
        listener.owner = chromium;
        String loaded = "location.href === " + JSON.writeValueAsString(page.toUri().toString())
                + " && document.readyState === 'complete'";
        chromium.waitUntil(() -> "true".equals(chromium.evaluateQuietly(loaded)));
        return chromium;
    }

    /** The value of the JavaScript {@code expression} in the page (strings, numbers, booleans; null for others). */
    String evaluate(String expression) throws Exception {
        ObjectNode params = JSON.createObjectNode().put("expression", expression).put("returnByValue", true);
        JsonNode result = call("Runtime.evaluate", params).path("result");
        JsonNode value = result.path("result").path("value");
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("The page threw: " + result.path("exceptionDetails"));
        }
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    private String evaluateQuietly(String expression) {
        try {
            return evaluate(expression);
        } catch (Exception e) {
            return null;
        }
    }

    /** Presses and releases a key, as the keyboard would: "Tab", "Enter", "PageDown", "ArrowRight". */
    void press(String key) throws Exception {
        int code = switch (key) {
            case "Tab" -> 9;
            case "Enter" -> 13;
            case "Escape" -> 27;
            case "PageUp" -> 33;
            case "PageDown" -> 34;
            case "ArrowLeft" -> 37;
            case "ArrowRight" -> 39;
            default -> throw new IllegalArgumentException("No key code for " + key);
        };
        for (String type : new String[] {"rawKeyDown", "keyUp"}) {
            ObjectNode params = JSON.createObjectNode().put("type", type).put("key", key).put("code", key)
                    .put("windowsVirtualKeyCode", code).put("nativeVirtualKeyCode", code);
            call("Input.dispatchKeyEvent", params);
            if (key.equals("Enter") && type.equals("rawKeyDown")) {
                call("Input.dispatchKeyEvent", JSON.createObjectNode().put("type", "char").put("key", key)
                        .put("text", "\r").put("windowsVirtualKeyCode", code));
            }
        }
    }

    /** Clicks the left mouse button at ({@code x}, {@code y}) of the window, as a pointer would. */
    void click(double x, double y) throws Exception {
        call("Input.dispatchMouseEvent", JSON.createObjectNode().put("type", "mouseMoved").put("x", x).put("y", y));
        for (String type : new String[] {"mousePressed", "mouseReleased"}) {
            call("Input.dispatchMouseEvent", JSON.createObjectNode().put("type", type).put("x", x).put("y", y)
                    .put("button", "left").put("buttons", type.equals("mousePressed") ? 1 : 0).put("clickCount", 1));
        }
    }

    /** Waits until {@code condition} holds, polling the page; fails after a minute. */
    void waitUntil(BooleanSupplier condition) throws Exception {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("The page never reached the expected state");
            }
            call("Runtime.evaluate", JSON.createObjectNode().put("expression",
                    "new Promise(r => requestAnimationFrame(() => r(1)))").put("awaitPromise", true));
        }
    }

    private JsonNode call(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        socket.sendText(JSON.writeValueAsString(message), true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        return answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public void close() throws IOException {
        socket.abort();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Collects the text frames of the DevTools connection and completes the call each answers. */
    private static final class Listener implements WebSocket.Listener {

        private final StringBuilder text = new StringBuilder();
        private volatile HeadlessChromium owner;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(text.toString());
                    CompletableFuture<JsonNode> answer = message.has("id") && owner != null
                            ? owner.pending.remove(message.get("id").asInt()) : null;
                    if (answer != null) {
                        answer.complete(message);
                    }
                } catch (IOException e) {
                    throw new IllegalStateException("DevTools sent a message that is not JSON", e);
                } finally {
                    text.setLength(0);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
