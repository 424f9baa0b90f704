package com.scoutdesk.integration.chartmetric;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.scoutdesk.integration.common.ChangedShapeException;
import com.scoutdesk.integration.common.Provider;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Chartmetric's JSON as trees, leniently where the field names are uncertain and strictly where the shape is
 * known: anything unreadable, or an answer without its {@code {"obj": ...}} envelope, is a
 * {@link ChangedShapeException}.
 */
final class ChartmetricJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ChartmetricJson() {
    }

    /** The body's {@code obj}. @param what what the answer should be, for the message */
    static JsonNode obj(String body, String what) {
        JsonNode obj = tree(body, what).get("obj");
        if (obj == null) {
            throw changed(what + " without its \"obj\" envelope");
        }
        return obj;
    }

    /** The body as a JSON object. */
    static JsonNode tree(String body, String what) {
        if (body == null || body.isBlank()) {
            throw changed("an empty " + what);
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            // No cause: the parser's message quotes the body, and a token answer holds a live token.
            throw changed("an unreadable " + what);
        }
        if (tree == null || !tree.isObject()) {
            throw changed(what + " that is not a JSON object");
        }
        return tree;
    }

    /** Text values of an array, or {@code name}s of an array of objects; nulls and blanks left out. */
    static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        if (array == null || !array.isArray()) {
            return names;
        }
        for (JsonNode item : array) {
            JsonNode name = item.isObject() ? item.get("name") : item;
            if (name != null && name.isTextual() && !name.asText().isBlank()) {
                names.add(name.asText().strip());
            }
        }
        return names;
    }

    /** Text values of an array (numbers as text); nulls and blanks left out. */
    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(v -> {
                if (v.isValueNode() && !v.isNull() && !v.asText().isBlank()) {
                    out.add(v.asText().strip());
                }
            });
        }
        return out;
    }

    /** A whole number, or null when absent, null or not a number. */
    static Long longOrNull(JsonNode node) {
        return node != null && node.canConvertToLong() && node.isNumber() ? node.asLong() : null;
    }

    static ChangedShapeException changed(String detail) {
        return new ChangedShapeException(Provider.CHARTMETRIC, "it answered " + detail, null);
    }
}
