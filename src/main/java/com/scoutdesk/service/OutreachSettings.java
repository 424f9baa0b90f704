package com.scoutdesk.service;

import com.scoutdesk.integration.llm.ChatConfig;
import com.scoutdesk.persistence.SettingsRepository;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which language model, if any, writes outreach briefs: an OpenAI-compatible endpoint and a model name, as the scout
 * sets them in Settings, kept in the workspace. Until an endpoint is set (LLM_URL, or here) nothing about a track
 * leaves the laptop. The API key is not kept here: it is a credential (LLM_API_KEY), read through the credential
 * store like every other secret.
 */
public final class OutreachSettings {

    /** Where the workspace keeps the endpoint; an empty value means the scout removed it. */
    static final String URL_KEY = "outreach.llm.url";
    static final String MODEL_KEY = "outreach.llm.model";
    /** A small model Ollama serves on a laptop. */
    public static final String DEFAULT_MODEL = "llama3.2";
    private static final Logger LOG = LoggerFactory.getLogger(OutreachSettings.class);

    private final SettingsRepository settings;
    private final String initialUrl;
    private final String initialModel;
    private final Supplier<Optional<String>> apiKey;

    /**
     * @param initialUrl   the endpoint until the scout sets one here (LLM_URL); blank for none
     * @param initialModel the model until the scout sets one here (LLM_MODEL); blank for {@link #DEFAULT_MODEL}
     * @param apiKey       the credential LLM_API_KEY, asked each time a brief is written
     */
    public OutreachSettings(SettingsRepository settings, String initialUrl, String initialModel,
                            Supplier<Optional<String>> apiKey) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.initialUrl = initialUrl == null ? "" : initialUrl.strip();
        this.initialModel = initialModel == null || initialModel.isBlank() ? DEFAULT_MODEL : initialModel.strip();
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
    }

    /** The endpoint as the Settings field shows it; empty when none is set. */
    public String endpointText() {
        return settings.get(URL_KEY).orElse(initialUrl);
    }

    /** The endpoint; empty when none is set, and then no brief goes to any model. */
    public Optional<URI> endpoint() {
        String text = endpointText();
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(check(text));
        } catch (InvalidInputException e) {
            LOG.warn("The stored language-model endpoint is not usable, so briefs stay offline: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Sets the endpoint ("http://localhost:11434/v1"); a blank value removes it.
     *
     * @throws InvalidInputException ({@link InvalidInputException#LLM_ENDPOINT}) when it is not an http or https URL
     *                               with a host
     */
    public void setEndpoint(String url) {
        String text = url == null ? "" : url.strip();
        if (!text.isEmpty()) {
            check(text);
        }
        settings.put(URL_KEY, text);
    }

    public String model() {
        return settings.get(MODEL_KEY).filter(m -> !m.isBlank()).orElse(initialModel);
    }

    /** @throws InvalidInputException ({@link InvalidInputException#LLM_MODEL}) for a blank name */
    public void setModel(String model) {
        if (model == null || model.isBlank()) {
            throw new InvalidInputException(InvalidInputException.LLM_MODEL, "Give the model's name as the endpoint "
                    + "knows it, such as " + DEFAULT_MODEL + ".", null);
        }
        settings.put(MODEL_KEY, model.strip());
    }

    /** Whether an API key is set for the endpoint (Settings says so; it never shows the key). */
    public boolean hasApiKey() {
        return apiKey.get().filter(k -> !k.isBlank()).isPresent();
    }

    /** What the chat client needs; empty when no endpoint is set. */
    Optional<ChatConfig> chatConfig() {
        return endpoint().map(url -> ChatConfig.of(url, model(), apiKey.get().orElse(null)));
    }

    private static URI check(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            if (scheme != null && (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            // said below, in the scout's words
        }
        throw new InvalidInputException(InvalidInputException.LLM_ENDPOINT, "The language-model endpoint must be an "
                + "http:// or https:// address with a host, such as http://localhost:11434/v1 for Ollama.", null);
    }
}
