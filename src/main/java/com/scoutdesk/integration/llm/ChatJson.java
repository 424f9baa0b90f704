package com.scoutdesk.integration.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.scoutdesk.integration.common.ChangedShapeException;
import com.scoutdesk.integration.common.Provider;
import java.util.Optional;

/**
 * The JSON of OpenAI's chat completions API as ScoutDesk speaks it: the request, a streamed chunk
 * ({@code choices[0].delta.content}), a whole answer ({@code choices[0].message.content}) and an error body
 * ({@code {"error":{"message":...}}}, or Ollama's {@code {"error":"..."}}).
 */
final class ChatJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Provider LLM = Provider.LANGUAGE_MODEL;

    private ChatJson() {
    }

    /** {@code {"model":..,"stream":true,"messages":[{"role":"system",..},{"role":"user",..}]}}. */
    static String request(String model, ChatPrompt prompt) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", model);
        body.put("stream", true);
        var messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", prompt.system());
        messages.addObject().put("role", "user").put("content", prompt.user());
        return body.toString();
    }

    /**
     * The text of one streamed chunk; empty for a chunk that carries none (the first, which only names the role, and
     * the last, which only says why the answer finished).
     *
     * @param secret cut out of anything quoted back in a message (the API key, should the endpoint echo it)
     * @throws ChangedShapeException when the chunk is not JSON or has no {@code choices}
     */
    static Optional<String> deltaText(String json, String secret) {
        JsonNode choice = firstChoice(tree(json, secret), json, secret);
        JsonNode content = choice.path("delta").path("content");
        return content.isTextual() && !content.asText().isEmpty() ? Optional.of(content.asText()) : Optional.empty();
    }

    /**
     * The text of an answer that was not streamed (an endpoint that ignores {@code "stream":true}).
     *
     * @throws ChangedShapeException when the body is not JSON or has no {@code choices[0].message.content}
     */
    static String messageText(String json, String secret) {
        JsonNode content = firstChoice(tree(json, secret), json, secret).path("message").path("content");
        if (!content.isTextual()) {
            throw new ChangedShapeException(LLM, "the answer has no choices[0].message.content", null);
        }
        return content.asText();
    }

    /** The message of an error body, either shape; empty when the body is not one. */
    static Optional<String> errorMessage(String body) {
        JsonNode tree = treeOrNull(body);
        if (tree == null || !tree.has("error")) {
            return Optional.empty();
        }
        JsonNode error = tree.get("error");
        String message = error.isTextual() ? error.asText() : error.path("message").asText("");
        return message.isBlank() ? Optional.of("no details") : Optional.of(message.strip());
    }

    private static JsonNode firstChoice(JsonNode tree, String json, String secret) {
        errorMessage(json).ifPresent(message -> {
            throw new ChatFailedException(redact(message, secret));
        });
        JsonNode choice = tree.path("choices").path(0);
        if (!choice.isObject()) {
            throw new ChangedShapeException(LLM, "the answer has no choices[0]: " + abbreviate(json, secret), null);
        }
        return choice;
    }

    private static JsonNode tree(String json, String secret) {
        JsonNode tree = treeOrNull(json);
        if (tree == null || !tree.isObject()) {
            throw new ChangedShapeException(LLM, "the answer is not JSON: " + abbreviate(json, secret), null);
        }
        return tree;
    }

    private static JsonNode treeOrNull(String json) {
        try {
            return json == null || json.isBlank() ? null : JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /**
     * Enough of an odd answer to recognise it in a message, no more (it may be a whole HTML page), without the
     * secret, should the endpoint have echoed it.
     */
    static String abbreviate(String text, String secret) {
        String flat = redact(text == null ? "" : text.strip().replaceAll("\\s+", " "), secret);
        return flat.length() <= 120 ? flat : flat.substring(0, 120) + "…";
    }

    static String redact(String text, String secret) {
        return secret == null || secret.isEmpty() ? text : text.replace(secret, "***");
    }
}
