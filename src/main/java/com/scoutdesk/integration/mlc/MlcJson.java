package com.scoutdesk.integration.mlc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.scoutdesk.integration.common.ChangedShapeException;
import com.scoutdesk.integration.common.Provider;

/** Jackson set up for The MLC's camelCase JSON; anything unreadable becomes {@link ChangedShapeException}. */
final class MlcJson {

    // Unknown fields are normal (akas, chainId, membersSongId ... are not read); a body of the wrong kind is not.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private MlcJson() {
    }

    /** Reads {@code json} as {@code type}; {@code what} names it for the message, e.g. "work". */
    static <T> T read(String json, Class<T> type, String what) {
        if (json == null || json.isBlank()) {
            throw new ChangedShapeException(Provider.MLC, "an empty " + what, null);
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new ChangedShapeException(Provider.MLC, "unreadable " + what, e);
        }
    }

    /** Reads a JSON array; an object where the array should be is a changed shape. */
    static <T> T readList(String json, TypeReference<T> type, String what) {
        if (json == null || json.isBlank()) {
            throw new ChangedShapeException(Provider.MLC, "an empty " + what, null);
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new ChangedShapeException(Provider.MLC, "unreadable " + what, e);
        }
    }

    /** Serialises a request body. */
    static String write(Object body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an MLC request body", e);
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
