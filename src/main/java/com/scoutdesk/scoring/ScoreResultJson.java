package com.scoutdesk.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The stored form of a {@link ScoreResult}: {@code {"v":1,"score":7.5,"b":[{"r":id,"p":points,"e":text}],
 * "m":[{"f":factor,"e":text}]}}. Short keys because the column holds 4,000 characters; when long label or
 * artist names would overflow it, explanations are shortened (ids and points, which carry the meaning, never).
 */
final class ScoreResultJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Explanation lengths tried in turn until the JSON fits; -1 = unshortened. */
    private static final int[] EXPLANATION_LIMITS = {-1, 160, 80, 40, 0};

    private ScoreResultJson() {
    }

    static String write(ScoreResult result) {
        for (int limit : EXPLANATION_LIMITS) {
            String json = write(result, limit);
            if (json.length() <= ScoreResult.MAX_JSON_CHARS) {
                return json;
            }
        }
        // Unreachable with the current table (at most ~20 lines of ids and numbers), but say so if it changes.
        throw new IllegalStateException("Score breakdown does not fit " + ScoreResult.MAX_JSON_CHARS + " chars");
    }

    static ScoreResult read(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            if (root == null || !root.isObject()) {
                throw new IllegalArgumentException("Score breakdown is not a JSON object");
            }
            List<Evidence> breakdown = new ArrayList<>();
            for (JsonNode line : root.path("b")) {
                breakdown.add(new Evidence(text(line, "r"), number(line, "p"), line.path("e").asText("")));
            }
            List<MissingInput> missing = new ArrayList<>();
            for (JsonNode line : root.path("m")) {
                missing.add(new MissingInput(text(line, "f"), line.path("e").asText("")));
            }
            return new ScoreResult(number(root, "score"), breakdown, missing, root.path("v").asInt(0));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Score breakdown is not valid JSON", e);
        }
    }

    private static String write(ScoreResult result, int limit) {
        ObjectNode root = JSON.createObjectNode();
        root.put("v", result.tableVersion());
        root.put("score", result.score());
        ArrayNode lines = root.putArray("b");
        for (Evidence evidence : result.breakdown()) {
            lines.addObject().put("r", evidence.ruleId()).put("p", evidence.points())
                    .put("e", shorten(evidence.explanation(), limit));
        }
        ArrayNode missing = root.putArray("m");
        for (MissingInput input : result.missing()) {
            missing.addObject().put("f", input.factorId()).put("e", shorten(input.explanation(), limit));
        }
        return root.toString();
    }

    private static String shorten(String text, int limit) {
        if (limit < 0 || text.length() <= limit) {
            return text;
        }
        return limit < 4 ? "" : text.substring(0, limit - 3) + "...";
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("Score breakdown line lacks \"" + field + "\"");
        }
        return value.asText();
    }

    private static double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw new IllegalArgumentException("Score breakdown lacks the number \"" + field + "\"");
        }
        return value.asDouble();
    }
}
