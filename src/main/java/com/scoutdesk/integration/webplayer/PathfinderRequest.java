package com.scoutdesk.integration.webplayer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * What a GraphQL request of the web player asks for: its operation name and paging offset, read from the URL query
 * ({@code GET .../query?operationName=...&variables=...}) or from the JSON body ({@code POST .../query}). Requests
 * are recognised by operation name only: persisted-query hashes rotate and hosts differ between versions.
 *
 * @param offset the {@code variables.offset} of the request, or null when it has none
 */
record PathfinderRequest(String operationName, Integer offset) {

    /** The operations that carry a playlist's header and items. */
    static final Set<String> PLAYLIST_OPERATIONS = Set.of("fetchPlaylist", "fetchPlaylistContents");

    private static final ObjectMapper JSON = new ObjectMapper();

    boolean isPlaylist() {
        return PLAYLIST_OPERATIONS.contains(operationName);
    }

    /** Reads a request; empty when it names no operation (not a GraphQL request, or one we cannot read). */
    static Optional<PathfinderRequest> of(String url, String postData) {
        String query = rawQuery(url);
        String name = parameter(query, "operationName");
        JsonNode variables = parseJson(parameter(query, "variables"));
        // Only bodies that mention an operation are parsed: the page also posts large analytics batches.
        if (name == null && postData != null && postData.contains("operationName")
                && postData.stripLeading().startsWith("{")) {
            JsonNode body = parseJson(postData);
            if (body != null) {
                name = textOrNull(body.get("operationName"));
                variables = body.get("variables");
            }
        }
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        JsonNode offset = variables == null ? null : variables.get("offset");
        return Optional.of(new PathfinderRequest(name, offset != null && offset.canConvertToInt()
                ? Integer.valueOf(offset.intValue()) : null));
    }

    private static String rawQuery(String url) {
        try {
            return URI.create(url).getRawQuery();
        } catch (IllegalArgumentException e) {
            int question = url.indexOf('?');
            return question < 0 ? null : url.substring(question + 1);
        }
    }

    private static String parameter(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (key.equals(name)) {
                return equals < 0 ? "" : decode(pair.substring(equals + 1));
            }
        }
        return null;
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    private static JsonNode parseJson(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String textOrNull(JsonNode node) {
        return node != null && node.isTextual() ? node.asText() : null;
    }
}
