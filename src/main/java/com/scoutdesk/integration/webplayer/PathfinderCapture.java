package com.scoutdesk.integration.webplayer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens to a page's own network traffic and keeps the responses to its playlist GraphQL requests, from whatever
 * host. Listeners only note requests (they run inside Playwright's event dispatch); bodies are read later in
 * {@link #drain()}, from the page job's step, so no Playwright call nests inside an event.
 */
final class PathfinderCapture {

    private static final Logger LOG = LoggerFactory.getLogger(PathfinderCapture.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String playlistId;
    private final Map<Request, PathfinderRequest> pending = new IdentityHashMap<>();
    private final Set<Request> answered = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Deque<Finished> finished = new ArrayDeque<>();
    private int recognised;
    private int unrecognised;
    private int failed;
    private int answers;

    PathfinderCapture(String playlistId) {
        this.playlistId = playlistId;
    }

    void attach(Page page) {
        page.onRequest(request -> PathfinderRequest.of(request.url(), request.postData())
                .filter(PathfinderRequest::isPlaylist)
                .ifPresent(operation -> pending.put(request, operation)));
        page.onResponse(response -> {
            if (!pending.containsKey(response.request())) {
                return;
            }
            if (response.status() >= 400) {
                // An error's body may never be read by the page, so its request may never finish: count it now.
                pending.remove(response.request());
                answers++;
                failed++;
            } else {
                answered.add(response.request());
            }
        });
        page.onRequestFinished(request -> {
            answered.remove(request);
            PathfinderRequest operation = pending.remove(request);
            if (operation != null) {
                answers++;
                finished.add(new Finished(request, operation));
            }
        });
        page.onRequestFailed(request -> {
            answered.remove(request);
            if (pending.remove(request) != null) {
                answers++;
                failed++;
            }
        });
    }

    /**
     * Playlist requests the page has sent and got no answer to yet. An answer whose body never finishes (a page that
     * never reads it) does not count: Chromium would report it in flight for ever.
     */
    int inFlight() {
        return pending.size() - answered.size();
    }

    /** Reads the answers that arrived since the last call; answers we cannot read are counted, not returned. */
    List<PlaylistChunk> drain() {
        List<PlaylistChunk> chunks = new ArrayList<>();
        for (Finished next = finished.poll(); next != null; next = finished.poll()) {
            String body = body(next.request());
            if (body == null) {
                failed++;
                continue;
            }
            Integer offset = next.operation().offset();
            if (offset == null && "fetchPlaylist".equals(next.operation().operationName())) {
                offset = 0;
            }
            try {
                JsonNode root = JSON.readTree(body);
                PlaylistJson.parse(root, playlistId, offset).ifPresentOrElse(chunks::add, () -> unrecognised++);
            } catch (JsonProcessingException e) {
                unrecognised++;
            }
        }
        recognised += chunks.size();
        return chunks;
    }

    /** For messages: what was seen on the wire, e.g. "3 playlist responses read, 1 unrecognised, 0 failed". */
    String summary() {
        return recognised + " playlist responses read, " + unrecognised + " unrecognised, " + failed + " failed";
    }

    int unrecognised() {
        return unrecognised;
    }

    /** Playlist requests that failed, were answered with an error status, or whose body could not be read. */
    int failed() {
        return failed;
    }

    /** Playlist requests that came to an end so far, answered or failed: the page's responses, as a counter. */
    int answers() {
        return answers;
    }

    private static String body(Request request) {
        try {
            Response response = request.response();
            if (response == null || response.status() < 200 || response.status() >= 300) {
                return null;
            }
            return response.text();
        } catch (PlaywrightException e) {
            LOG.debug("The body of {} could not be read: {}", request.url(), e.getMessage());
            return null;
        }
    }

    private record Finished(Request request, PathfinderRequest operation) {
    }
}
