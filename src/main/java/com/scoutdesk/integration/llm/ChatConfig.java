package com.scoutdesk.integration.llm;

import com.scoutdesk.integration.common.HttpPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how {@link ChatClient} talks to an OpenAI-compatible chat endpoint (a local Ollama, LM Studio, a hosted
 * API). The scout sets the address and the model in Settings; nothing is sent anywhere until they do.
 *
 * @param baseUrl the endpoint's base, with or without its {@code /v1} ("http://localhost:11434/v1")
 * @param model   the model's name as the endpoint knows it ("llama3.2")
 * @param apiKey  sent as {@code Authorization: Bearer}; null or blank for an endpoint that wants none (Ollama). Kept
 *                out of {@link #toString()}, and so out of logs
 * @param http    rate limit, retries and timeouts
 */
public record ChatConfig(URI baseUrl, String model, String apiKey, HttpPolicy http) {

    /**
     * A few requests a second is plenty for one scout asking for briefs. A local model may take a while to load
     * before its first token, hence the long wait for the answer's headers; one retry of a 5xx or a dropped
     * connection, no more, since the scout is waiting and the offline brief is there anyway.
     */
    public static final HttpPolicy DEFAULT_HTTP = HttpPolicy.of(5, Duration.ofSeconds(1))
            .withRetries(2, Duration.ofMillis(500), Duration.ofSeconds(2))
            .withRetryAfter(Duration.ofSeconds(10), Duration.ofSeconds(2), 1)
            .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(120));

    public ChatConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(http, "http");
        String scheme = baseUrl.getScheme();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("The language-model endpoint must be an http:// or https:// URL with a"
                    + " host, such as http://localhost:11434/v1: " + baseUrl);
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("A model name is required, such as llama3.2");
        }
        model = model.strip();
        apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
    }

    /** The endpoint with the default policy. */
    public static ChatConfig of(URI baseUrl, String model, String apiKey) {
        return new ChatConfig(baseUrl, model, apiKey, DEFAULT_HTTP);
    }

    /** A copy aimed at another address. */
    public ChatConfig withBaseUrl(URI url) {
        return new ChatConfig(url, model, apiKey, http);
    }

    /** A copy with another HTTP policy (fast retries in tests). */
    public ChatConfig withHttp(HttpPolicy policy) {
        return new ChatConfig(baseUrl, model, apiKey, policy);
    }

    public boolean hasApiKey() {
        return apiKey != null;
    }

    /**
     * Where chat completions are posted: {@code {base}/chat/completions} when the base already ends in {@code /v1}
     * (how Ollama and OpenAI document it), else {@code {base}/v1/chat/completions}.
     */
    public URI completionsUrl() {
        String base = baseUrl.toString();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base.endsWith("/v1") ? base + "/chat/completions" : base + "/v1/chat/completions");
    }

    /** Never prints the key: records put every component into {@code toString}, and configs end up in logs. */
    @Override
    public String toString() {
        return "ChatConfig[baseUrl=" + baseUrl + ", model=" + model + ", apiKey=" + (hasApiKey() ? "***" : "none")
                + ", http=" + http + "]";
    }
}
