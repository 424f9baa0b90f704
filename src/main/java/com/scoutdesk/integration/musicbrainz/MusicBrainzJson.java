package com.scoutdesk.integration.musicbrainz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.scoutdesk.integration.common.ChangedShapeException;
import com.scoutdesk.integration.common.Provider;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads MusicBrainz JSON as trees: its answers are large (a recording look-up carries every cover version) and we
 * read a few paths of them. Anything unreadable, or not the object or list we expect, is a
 * {@link ChangedShapeException}; fields merely missing are left to the callers, as MusicBrainz leaves out what it
 * does not know.
 */
final class MusicBrainzJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MusicBrainzJson() {
    }

    /** The body as a JSON object. @param what what it should be, for the message, e.g. "ISRC look-up" */
    static JsonNode object(String body, String what) {
        if (body == null || body.isBlank()) {
            throw changed("an empty " + what, null);
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw changed("unreadable " + what, e);
        }
        if (tree == null || !tree.isObject()) {
            throw changed("a " + what + " that is not a JSON object", null);
        }
        return tree;
    }

    /** The elements of {@code node.field}: none when it is missing or null, a changed shape when it is no list. */
    static List<JsonNode> array(JsonNode node, String field, String what) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw changed("'" + field + "' of a " + what + " is not a list", null);
        }
        List<JsonNode> out = new ArrayList<>();
        value.forEach(out::add);
        return out;
    }

    /** A required text field; a changed shape when it is missing or blank. */
    static String text(JsonNode node, String field, String what) {
        String value = node.path(field).asText("");
        if (!node.path(field).isTextual() || value.isBlank()) {
            throw changed("a " + what + " without '" + field + "'", null);
        }
        return value;
    }

    /** The {@code error} text of an error body, or "no details". */
    static String error(String body) {
        try {
            JsonNode tree = body == null || body.isBlank() ? null : MAPPER.readTree(body);
            String error = tree == null ? "" : tree.path("error").asText("");
            return error.isBlank() ? "no details" : error;
        } catch (JsonProcessingException e) {
            return "no details";
        }
    }

    static ChangedShapeException changed(String detail, Throwable cause) {
        return new ChangedShapeException(Provider.MUSICBRAINZ, detail, cause);
    }
}
