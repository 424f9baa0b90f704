package com.scoutdesk.integration.llm;

import com.scoutdesk.integration.common.BadCredentialsException;
import com.scoutdesk.integration.common.ChangedShapeException;
import com.scoutdesk.integration.common.ClientErrorException;
import com.scoutdesk.integration.common.OfflineException;
import com.scoutdesk.integration.common.Provider;
import com.scoutdesk.integration.common.ProviderHttp;
import com.scoutdesk.integration.common.RateLimitedException;
import com.scoutdesk.integration.common.ResponseCache;
import com.scoutdesk.integration.common.ServerErrorException;
import com.scoutdesk.integration.common.Sleeper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * An OpenAI-compatible chat completions endpoint (OpenAI, a local Ollama or LM Studio, a proxy): posts one prompt
 * with {@code "stream":true} and hands on the answer's text piece by piece as it arrives. Requests go through one
 * {@link ProviderHttp} (rate limit, a retry of 5xx and dropped connections, {@code Retry-After}); the API key travels
 * only in the {@code Authorization} header, never in a URL, a log line or a message. Thread-safe; one call streams on
 * the calling thread.
 */
public final class ChatClient {

    /** The most of an error body read for its message: enough for any JSON error, not a whole HTML page. */
    private static final int ERROR_BODY_LIMIT = 8_192;
    private static final Provider LLM = Provider.LANGUAGE_MODEL;

    private final ChatConfig config;
    private final ProviderHttp http;

    /** A client on the real clock that really sleeps. */
    public ChatClient(ChatConfig config) {
        this(config, Clock.systemUTC(), Sleeper.system());
    }

    /** A client with an injected clock ("rate-limited until") and sleeper (rate limiter, back-off, 429 waits). */
    public ChatClient(ChatConfig config, Clock clock, Sleeper sleeper) {
        this.config = Objects.requireNonNull(config, "config");
        // Counted by path only: the scout's endpoint may be a hosted one whose address they would rather not log.
        this.http = new ProviderHttp(LLM, config.http(), clock, sleeper, response -> false, ResponseCache.none(),
                URI::getPath);
    }

    /**
     * Asks the model and streams its answer: {@code onText} gets each piece on the calling thread as it arrives.
     *
     * @param cancelled checked while waiting and between pieces; once it is true the connection is dropped within
     *                  a few tens of milliseconds and the call ends with {@link CancellationException}
     * @return the whole answer
     * @throws CancellationException   when {@code cancelled} turned true (or the thread was interrupted)
     * @throws OfflineException        when the endpoint cannot be reached, or the answer broke off
     * @throws RateLimitedException    when the endpoint asks to wait longer than we will
     * @throws BadCredentialsException on 401 or 403
     * @throws ClientErrorException    on any other 4xx; a 404 says the model or the endpoint is not there
     * @throws ServerErrorException    on 5xx after a retry, or an error the endpoint put into the stream
     * @throws ChangedShapeException   when the answer is not the chat completion JSON, or holds no text
     */
    public String stream(ChatPrompt prompt, Consumer<String> onText, BooleanSupplier cancelled) {
        Objects.requireNonNull(onText, "onText");
        Objects.requireNonNull(cancelled, "cancelled");
        if (cancelled.getAsBoolean()) {
            throw cancelledNow();
        }
        HttpRequest request = request(prompt);
        CancelWatch watch = CancelWatch.start(cancelled);
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                watch.reading(body);
                if (response.statusCode() / 100 != 2) {
                    throw ChatErrors.forAnswer(response.statusCode(), errorBody(body), config);
                }
                BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
                return ChatStreamReader.read(lines, onText, cancelled, config.apiKey());
            }
        } catch (IOException e) {
            if (cancelled.getAsBoolean()) {
                throw cancelledNow();
            }
            throw new OfflineException(LLM, "The language model's answer broke off (" + e.getMessage() + ")", e);
        } catch (CancellationException e) {
            throw e;
        } catch (ChatFailedException e) {
            throw new ServerErrorException(LLM, 500, e);
        } catch (OfflineException e) {
            // A refused or dropped connection after we interrupted the wait for it is the cancel, not the network.
            if (cancelled.getAsBoolean()) {
                throw cancelledNow();
            }
            throw e;
        } finally {
            watch.stop();
        }
    }

    public ChatConfig config() {
        return config;
    }

    /** HTTP requests sent so far, counting retries. */
    public long requestCount() {
        return http.requestCount();
    }

    private HttpRequest request(ChatPrompt prompt) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(config.completionsUrl())
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream, application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ChatJson.request(config.model(), prompt),
                        StandardCharsets.UTF_8));
        if (config.hasApiKey()) {
            builder.header("Authorization", "Bearer " + config.apiKey());
        }
        return builder.build();
    }

    private static String errorBody(InputStream body) throws IOException {
        return new String(body.readNBytes(ERROR_BODY_LIMIT), StandardCharsets.UTF_8);
    }

    private static CancellationException cancelledNow() {
        return new CancellationException("The language model's answer was cancelled");
    }
}
