package com.scoutdesk.integration.spotify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.scoutdesk.integration.common.ChangedShapeException;
import com.scoutdesk.integration.common.Provider;

/** Jackson set up for Spotify's snake_case JSON; anything unreadable becomes {@link ChangedShapeException}. */
final class SpotifyJson {

    // Unknown fields are normal (Spotify adds and deprecates fields); missing required ones are not.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private SpotifyJson() {
    }

    /**
     * Reads {@code json} as {@code type}.
     *
     * @param what what the JSON should be, for the message, e.g. "playlist page"
     */
    static <T> T read(String json, Class<T> type, String what) {
        if (json == null || json.isBlank()) {
            throw new ChangedShapeException(Provider.SPOTIFY_API, "an empty " + what, null);
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new ChangedShapeException(Provider.SPOTIFY_API, "unreadable " + what, e);
        }
    }

    /** Converts a subtree already read, e.g. a playlist item's {@code item}. */
    static <T> T convert(JsonNode node, Class<T> type, String what) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ChangedShapeException(Provider.SPOTIFY_API, "unreadable " + what, e);
        }
    }

    /** A tree, or null when the text is not JSON (error bodies are read leniently). */
    static JsonNode treeOrNull(String json) {
        try {
            return json == null || json.isBlank() ? null : MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
