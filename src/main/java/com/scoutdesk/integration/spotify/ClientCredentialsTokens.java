package com.scoutdesk.integration.spotify;

import com.scoutdesk.integration.common.CachedToken;
import com.scoutdesk.integration.common.ChangedShapeException;
import com.scoutdesk.integration.common.Provider;
import com.scoutdesk.integration.common.ProviderHttp;
import com.scoutdesk.integration.spotify.dto.TokenDto;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Client-credentials access tokens, fetched with our own POST because spotify-web-api-java hard-codes
 * {@code accounts.spotify.com} for token requests (so they could never reach a fake). A token is reused until shortly
 * before {@code expires_in} runs out, or until the API rejects it.
 */
final class ClientCredentialsTokens {

    private static final Logger LOG = LoggerFactory.getLogger(ClientCredentialsTokens.class);

    private final ProviderHttp http;
    private final URI tokenUrl;
    private final String basicCredentials;
    private final String secret;
    private final CachedToken token;

    ClientCredentialsTokens(ProviderHttp http, SpotifyApiConfig config, Clock clock) {
        this.http = http;
        this.tokenUrl = config.tokenUrl();
        String pair = config.clientId() + ":" + config.clientSecret();
        this.basicCredentials = Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        this.secret = config.clientSecret();
        this.token = new CachedToken(clock, this::fetch);
    }

    /** A valid token, fetching one when there is none or it is about to expire; callers wait for one fetch. */
    String accessToken() {
        return token.get();
    }

    /** Forgets {@code rejected} (after a 401) unless another thread already replaced it. */
    void invalidate(String rejected) {
        token.invalidate(rejected);
    }

    private CachedToken.Issued fetch() {
        HttpRequest request = HttpRequest.newBuilder(tokenUrl)
                .header("Authorization", "Basic " + basicCredentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        HttpResponse<String> response = http.send(request);
        if (response.statusCode() != 200) {
            throw SpotifyErrors.forToken(response.statusCode(), response.body(), secret, basicCredentials);
        }
        TokenDto dto;
        try {
            dto = SpotifyJson.read(response.body(), TokenDto.class, "token response");
        } catch (ChangedShapeException e) {
            // Without the parser's cause: its message quotes the body, and that holds a live token.
            throw new ChangedShapeException(Provider.SPOTIFY_API, "the token response is not JSON with"
                    + " access_token and expires_in", null);
        }
        if (dto.accessToken() == null || dto.accessToken().isBlank() || dto.expiresIn() == null
                || dto.expiresIn() <= 0) {
            throw new ChangedShapeException(Provider.SPOTIFY_API, "the token response has no usable access_token"
                    + " or expires_in", null);
        }
        LOG.debug("Spotify access token obtained, valid for {} s", dto.expiresIn());
        return new CachedToken.Issued(dto.accessToken(), Duration.ofSeconds(dto.expiresIn()));
    }
}
