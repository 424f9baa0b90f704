package com.scoutdesk.integration.webplayer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A local stand-in for the web player on 127.0.0.1: {@code /playlist/{id}} pages ({@link FakePlaylistPage}) and
 * {@code /track/{id}} pages ({@link FakeTrackPage}), the
 * GraphQL endpoints their scripts call ({@code GET /pathfinder/v1/query}, {@code POST /pathfinder/v2/query}), and
 * {@code /consent}, which the page calls when its cookie banner is accepted. It records every query it answered.
 */
public final class FakeWebPlayerServer implements AutoCloseable {

    /** One answered GraphQL request. */
    record Query(String playlistId, String operationName, String method, int offset, long atNanos) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fake-web-player");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, PlaylistFixture> playlists = new ConcurrentHashMap<>();
    private final Map<String, RawPage> rawPages = new ConcurrentHashMap<>();
    private final Map<String, TrackFixture> tracks = new ConcurrentHashMap<>();
    private final List<String> trackQueries = new CopyOnWriteArrayList<>();
    private final List<Query> queries = new CopyOnWriteArrayList<>();
    private final AtomicInteger consents = new AtomicInteger();
    private volatile Consumer<Query> onQuery = query -> { };

    private FakeWebPlayerServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.createContext("/playlist/", this::page);
        server.createContext("/track/", this::trackPage);
        server.createContext("/pathfinder/", this::query);
        server.createContext("/consent", exchange -> {
            consents.incrementAndGet();
            send(exchange, 204, "text/plain", "");
        });
        server.createContext("/", exchange -> send(exchange, 404, "text/plain", "no such path"));
        server.setExecutor(executor);
        server.start();
    }

    public static FakeWebPlayerServer start() throws IOException {
        return new FakeWebPlayerServer();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public PlaylistFixture serve(PlaylistFixture playlist) {
        playlists.put(playlist.id(), playlist);
        return playlist;
    }

    /** Serves {@code html} as the page of playlist {@code id}, e.g. a redesigned page we cannot read. */
    void servePage(String id, String html) {
        rawPages.put(id, new RawPage(200, html));
    }

    /** Answers the page of playlist {@code id} with an error status (429 comes with "Retry-After: 120"). */
    void serveStatus(String id, int status) {
        rawPages.put(id, new RawPage(status, "<!doctype html><p>Error " + status + "</p>"));
    }

    /** Serves the page and the GraphQL answers of a track. */
    public TrackFixture serveTrack(TrackFixture track) {
        tracks.put(track.id(), track);
        return track;
    }

    /** The track GraphQL operations answered so far, as "operationName trackId". */
    public List<String> trackQueries() {
        return List.copyOf(trackQueries);
    }

    List<Query> queries(String playlistId) {
        return queries.stream().filter(q -> q.playlistId().equals(playlistId)).toList();
    }

    int consents() {
        return consents.get();
    }

    /** Called on the server thread before each query is answered, e.g. to kill the browser mid-fetch. */
    void onQuery(Consumer<Query> hook) {
        onQuery = hook;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void page(HttpExchange exchange) throws IOException {
        String id = exchange.getRequestURI().getPath().substring("/playlist/".length());
        PlaylistFixture playlist = playlists.get(id);
        RawPage raw = rawPages.get(id);
        if (raw != null) {
            if (raw.status() == 429) {
                exchange.getResponseHeaders().set("Retry-After", "120");
            }
            send(exchange, raw.status(), "text/html; charset=utf-8", raw.html());
        } else if (playlist == null) {
            send(exchange, 404, "text/html", "<!doctype html><h1>Couldn't find that playlist</h1>");
        } else {
            send(exchange, 200, "text/html; charset=utf-8", FakePlaylistPage.html(playlist));
        }
    }

    private void query(HttpExchange exchange) throws IOException {
        String name;
        JsonNode variables;
        if ("POST".equals(exchange.getRequestMethod())) {
            try (InputStream in = exchange.getRequestBody()) {
                JsonNode body = JSON.readTree(in);
                name = body.path("operationName").asText();
                variables = body.path("variables");
            }
        } else {
            Map<String, String> parameters = parameters(exchange.getRequestURI().getRawQuery());
            name = parameters.getOrDefault("operationName", "");
            variables = JSON.readTree(parameters.getOrDefault("variables", "{}"));
        }
        if (variables.has("trackUri") || variables.path("uri").asText().startsWith("spotify:track:")) {
            trackQuery(exchange, name, variables);
            return;
        }
        String id = variables.path("uri").asText().replace("spotify:playlist:", "");
        PlaylistFixture playlist = playlists.get(id);
        int offset = variables.path("offset").asInt();
        boolean known = playlist != null
                && (name.equals(playlist.firstOperation()) || name.equals(playlist.contentsOperation()));
        if (!known) {
            send(exchange, 400, "application/json", "{\"errors\":[{\"message\":\"unknown operation\"}]}");
            return;
        }
        Query query = new Query(id, name, exchange.getRequestMethod(), offset, System.nanoTime());
        onQuery.accept(query);
        queries.add(query);
        sleep(playlist.delayMillis());
        if (offset >= playlist.servedUpTo()) {
            send(exchange, 500, "application/json", "{\"errors\":[{\"message\":\"upstream failed\"}]}");
            return;
        }
        boolean first = name.equals(playlist.firstOperation());
        send(exchange, 200, "application/json", playlist.answer(first, offset, variables.path("limit").asInt()));
    }

    private void trackPage(HttpExchange exchange) throws IOException {
        TrackFixture track = tracks.get(exchange.getRequestURI().getPath().substring("/track/".length()));
        if (track == null) {
            send(exchange, 404, "text/html", "<!doctype html><h1>Couldn't find that track</h1>");
        } else {
            send(exchange, 200, "text/html; charset=utf-8", FakeTrackPage.html(track));
        }
    }

    private void trackQuery(HttpExchange exchange, String name, JsonNode variables) throws IOException {
        String uri = variables.has("trackUri") ? variables.path("trackUri").asText() : variables.path("uri").asText();
        TrackFixture track = tracks.get(uri.replace("spotify:track:", ""));
        boolean getTrack = name.equals("getTrack");
        if (track == null || !(getTrack || name.equals(track.creditsOperation()))) {
            send(exchange, 400, "application/json", "{\"errors\":[{\"message\":\"unknown operation\"}]}");
            return;
        }
        trackQueries.add(name + " " + track.id());
        if (getTrack) {
            sleep(track.trackDelayMillis());
        }
        send(exchange, 200, "application/json", getTrack ? track.trackAnswer() : track.creditsAnswer());
    }

    private record RawPage(int status, String html) {
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new ConcurrentHashMap<>();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(pair.substring(0, equals),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
