package com.scoutdesk.integration.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.scoutdesk.integration.common.HttpPolicy;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A fake OpenAI-compatible chat endpoint on 127.0.0.1 (the JDK's HttpServer), answering
 * {@code POST /v1/chat/completions} as OpenAI and Ollama do: Server-Sent Events of
 * {@code chat.completion.chunk} objects ending in {@code data: [DONE]}. Answers are queued and used one per request,
 * in order; with none queued it streams {@link #DEFAULT_CHUNKS}. Every request is recorded. For the client's tests and
 * for the outreach dialog's:
 *
 * <pre>{@code
 * try (ChatFake fake = ChatFake.start()) {
 *     fake.streams("Hello", " there");          // or unauthorised(), rateLimited(..), serverError(), ...
 *     ChatClient client = new ChatClient(fake.config(null));
 *     ...
 *     fake.requests().get(0).json().path("model")
 * }
 * }</pre>
 */
public final class ChatFake implements AutoCloseable {

    /** The model {@link #config} names. */
    public static final String MODEL = "llama3.2";
    /** What an unqueued request streams. */
    public static final List<String> DEFAULT_CHUNKS = List.of("Brief ", "from ", "the model.");
    private static final String PATH = "/v1/chat/completions";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as the fake received it. Header names are lower case. */
    public record Recorded(String method, String path, Map<String, List<String>> headers, String body) {

        public Optional<String> header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        /** The body as JSON ({@code model}, {@code stream}, {@code messages}). */
        public com.fasterxml.jackson.databind.JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** How the fake answers one request. */
    @FunctionalInterface
    private interface Answer {
        void send(HttpExchange exchange) throws IOException, InterruptedException;
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "chat-fake");
        t.setDaemon(true);
        return t;
    });
    private final Queue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();

    private ChatFake(HttpServer server) {
        this.server = server;
    }

    /** Listens on a free port of 127.0.0.1; close it after the test. */
    public static ChatFake start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ChatFake fake = new ChatFake(server);
            server.createContext("/", fake::handle);
            server.setExecutor(fake.threads);
            server.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:PORT/v1}, as a scout would type an Ollama address. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    /** A config for this fake and {@link #MODEL}, retrying 5xx once at once so error tests take milliseconds. */
    public ChatConfig config(String apiKey) {
        return new ChatConfig(baseUrl(), MODEL, apiKey, HttpPolicy.of(1_000, Duration.ofSeconds(1))
                .withRetries(2, Duration.ofMillis(1), Duration.ofMillis(5))
                .withRetryAfter(Duration.ofSeconds(5), Duration.ofMillis(1), 1));
    }

    /** The next request gets these pieces as a stream of chunks, then {@code [DONE]}. */
    public ChatFake streams(String... pieces) {
        return slowStream(Duration.ZERO, pieces);
    }

    /** Like {@link #streams}, waiting {@code gap} before each piece: a model thinking, for cancel tests. */
    public ChatFake slowStream(Duration gap, String... pieces) {
        answers.add(exchange -> stream(exchange, gap, List.of(pieces)));
        return this;
    }

    /** The next request gets one whole {@code chat.completion} (an endpoint that does not stream). */
    public ChatFake answersWhole(String text) {
        ObjectNode completion = JSON.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion")
                .put("model", MODEL);
        ObjectNode choice = completion.putArray("choices").addObject().put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", text);
        choice.put("finish_reason", "stop");
        return answers(200, "application/json", completion.toString(), Map.of());
    }

    /** The next request gets OpenAI's 401 for a wrong key. */
    public ChatFake unauthorised() {
        return error(401, "Incorrect API key provided: sk-wr***ng.", "invalid_request_error");
    }

    /** The next request gets Ollama's 404 for a model it has not pulled. */
    public ChatFake modelNotFound() {
        return error(404, "model \"" + MODEL + "\" not found, try pulling it first", "api_error");
    }

    /** The next request gets 429 with this Retry-After (whole seconds). */
    public ChatFake rateLimited(Duration retryAfter) {
        return answers(429, "application/json", errorBody("Rate limit reached", "rate_limit_exceeded"),
                Map.of("Retry-After", String.valueOf(retryAfter.toSeconds())));
    }

    /** The next two requests (the client's attempt and its one retry) get 500. */
    public ChatFake serverError() {
        error(500, "the model runner crashed", "server_error");
        return error(500, "the model runner crashed", "server_error");
    }

    /** The next request gets a 200 stream whose chunk is not JSON. */
    public ChatFake garbage() {
        return answers(200, "text/event-stream", "data: <html>Bad gateway</html>\n\n", Map.of());
    }

    /** The next request gets exactly this status, content type, body and headers. */
    public ChatFake answers(int status, String contentType, String body, Map<String, String> headers) {
        answers.add(exchange -> {
            headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        return this;
    }

    /** Every request received so far, in order. */
    public List<Recorded> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private ChatFake error(int status, String message, String type) {
        return answers(status, "application/json", errorBody(message, type), Map.of());
    }

    private static String errorBody(String message, String type) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("error").put("message", message).put("type", type).putNull("param").putNull("code");
        return body.toString();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, List<String>> headers = new java.util.TreeMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body));
            if (!exchange.getRequestMethod().equals("POST") || !exchange.getRequestURI().getPath().equals(PATH)) {
                answerNotFound(exchange);
                return;
            }
            Answer answer = answers.poll();
            if (answer == null) {
                answer = e -> stream(e, Duration.ZERO, DEFAULT_CHUNKS);
            }
            answer.send(exchange);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientWentAway) {
            // a cancelled client closes the connection mid-stream; that is the point of the cancel tests
        }
    }

    private static void answerNotFound(HttpExchange exchange) throws IOException {
        byte[] bytes = "404 page not found".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(404, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** The chunks as OpenAI and Ollama send them: role first, then content, then finish_reason, then [DONE]. */
    private static void stream(HttpExchange exchange, Duration gap, List<String> pieces)
            throws IOException, InterruptedException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().add("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        List<String> events = new ArrayList<>();
        events.add(chunk(JSON.createObjectNode().put("role", "assistant").put("content", ""), null));
        pieces.forEach(piece -> events.add(chunk(JSON.createObjectNode().put("content", piece), null)));
        events.add(chunk(JSON.createObjectNode(), "stop"));
        events.add("[DONE]");
        for (int i = 0; i < events.size(); i++) {
            if (i > 0 && i <= pieces.size() && !gap.isZero()) {
                Thread.sleep(gap.toMillis());
            }
            out.write(("data: " + events.get(i) + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
        out.close();
    }

    private static String chunk(ObjectNode delta, String finishReason) {
        ObjectNode chunk = JSON.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion.chunk")
                .put("created", 1_764_000_000L).put("model", MODEL);
        ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
        choice.set("delta", delta);
        if (finishReason == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finishReason);
        }
        return chunk.toString();
    }
}
