package com.scoutdesk.integration.mlc;

import com.fasterxml.jackson.databind.JsonNode;
import com.scoutdesk.integration.common.BadCredentialsException;
import com.scoutdesk.integration.common.CachedToken;
import com.scoutdesk.integration.common.ChangedShapeException;
import com.scoutdesk.integration.common.ClientErrorException;
import com.scoutdesk.integration.common.Provider;
import com.scoutdesk.integration.common.ProviderHttp;
import com.scoutdesk.integration.mlc.dto.TokenDto;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs in to The MLC ({@code POST /oauth/token} with the user name and password) and keeps the {@code idToken}, the
 * JWT the data endpoints take as Bearer token (they reject the {@code accessToken}), until shortly before
 * {@code expiresIn} runs out or an endpoint refuses it.
 */
final class MlcTokens {

    private static final Logger LOG = LoggerFactory.getLogger(MlcTokens.class);

    private final ProviderHttp http;
    private final URI loginUrl;
    private final String body;
    private final String password;
    private final CachedToken idToken;

    MlcTokens(ProviderHttp http, MlcConfig config, Clock clock) {
        this.http = http;
        this.loginUrl = config.resolve("/oauth/token");
        Map<String, String> credentials = new LinkedHashMap<>();
        credentials.put("username", config.username());
        credentials.put("password", config.password());
        this.body = MlcJson.write(credentials);
        this.password = config.password();
        this.idToken = new CachedToken(clock, this::login);
    }

    /** A valid idToken, logging in when there is none or it is about to expire; callers wait for one login. */
    String idToken() {
        return idToken.get();
    }

    /** Forgets {@code rejected} (after a 401) unless another thread already replaced it. */
    void invalidate(String rejected) {
        idToken.invalidate(rejected);
    }

    private CachedToken.Issued login() {
        HttpRequest request = HttpRequest.newBuilder(loginUrl)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request);
        int status = response.statusCode();
        if (status == 400 || status == 401 || status == 403) {
            throw new BadCredentialsException(Provider.MLC, "login refused, HTTP " + status + said(response.body()));
        }
        if (status != 200) {
            throw new ClientErrorException(Provider.MLC, status, "the login failed" + said(response.body()));
        }
        TokenDto dto;
        try {
            dto = MlcJson.read(response.body(), TokenDto.class, "login response");
        } catch (ChangedShapeException e) {
            // Without the parser's cause: its message quotes the body, and that may hold a live token.
            throw new ChangedShapeException(Provider.MLC, "the login response is not JSON with idToken and"
                    + " expiresIn", null);
        }
        if (dto.idToken() == null || dto.idToken().isBlank()) {
            throw new ChangedShapeException(Provider.MLC, "the login response has no idToken", null);
        }
        Duration lifetime = lifetime(dto.expiresIn());
        LOG.debug("Logged in to The MLC, token valid for {} s", lifetime.toSeconds());
        return new CachedToken.Issued(dto.idToken(), lifetime);
    }

    /** {@code expiresIn} is a string of seconds ("3600"); some wrappers type it a number, so both are read. */
    private static Duration lifetime(String expiresIn) {
        try {
            long seconds = Long.parseLong(expiresIn == null ? "" : expiresIn.strip());
            if (seconds > 0) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ChangedShapeException(Provider.MLC, "the login response has no usable expiresIn", null);
    }

    /** The server's {@code error} / {@code errorDescription}, with the password cut out should it be echoed. */
    private String said(String responseBody) {
        JsonNode tree = MlcJson.treeOrNull(responseBody);
        if (tree == null || !tree.isObject()) {
            return "";
        }
        String error = tree.path("error").asText("");
        String description = tree.path("errorDescription").asText("");
        String text = (error + (description.isEmpty() ? "" : ": " + description)).strip();
        if (!password.isEmpty()) {
            text = text.replace(password, "***");
        }
        return text.isEmpty() ? "" : " (" + text + ")";
    }
}
