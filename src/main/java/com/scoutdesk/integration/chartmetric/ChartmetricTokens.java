package com.scoutdesk.integration.chartmetric;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.scoutdesk.integration.common.BadCredentialsException;
import com.scoutdesk.integration.common.CachedToken;
import com.scoutdesk.integration.common.ClientErrorException;
import com.scoutdesk.integration.common.Provider;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Access tokens minted from the refresh token ({@code POST /api/token {"refreshtoken": R}} gives
 * {@code {"token", "expires_in": 3600}}), reused until a minute before they expire by the injected clock, or until a
 * data call is answered 401. A refresh token Chartmetric refuses is {@link BadCredentialsException}.
 */
final class ChartmetricTokens {

    private static final Logger LOG = LoggerFactory.getLogger(ChartmetricTokens.class);

    private final ChartmetricHttp http;
    private final URI tokenUrl;
    private final String body;
    private final CachedToken token;

    ChartmetricTokens(ChartmetricHttp http, ChartmetricConfig config, Clock clock) {
        this.http = http;
        this.tokenUrl = config.url("/api/token");
        this.body = JsonNodeFactory.instance.objectNode().put("refreshtoken", config.refreshToken()).toString();
        this.token = new CachedToken(clock, this::request);
    }

    /** A valid token, minted when there is none or it is about to expire, and whether it was minted for this call. */
    CachedToken.Current current() {
        return token.current();
    }

    /** Forgets {@code rejected} (answered 401) unless another thread already replaced it. */
    void invalidate(String rejected) {
        token.invalidate(rejected);
    }

    /** Mints a token now, whatever is cached: the cheap real call that tests the refresh token. */
    void mint() {
        token.renew();
    }

    private CachedToken.Issued request() {
        HttpRequest request = HttpRequest.newBuilder(tokenUrl).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(request);
        int status = response.statusCode();
        if (status == 400 || status == 401 || status == 403) {
            // The body is not quoted: a server may echo the refresh token.
            throw new BadCredentialsException(Provider.CHARTMETRIC, "the refresh token was not accepted, HTTP "
                    + status + "; check CHARTMETRIC_REFRESH_TOKEN (Chartmetric > Account > API)");
        }
        if (status != 200) {
            throw new ClientErrorException(Provider.CHARTMETRIC, status, "the token request failed");
        }
        JsonNode tree = ChartmetricJson.tree(response.body(), "token answer");
        JsonNode value = tree.get("token");
        JsonNode expiresIn = tree.get("expires_in");
        if (value == null || !value.isTextual() || value.asText().isBlank() || expiresIn == null
                || !expiresIn.canConvertToLong() || expiresIn.asLong() <= 0) {
            throw ChartmetricJson.changed("a token answer without a usable token and expires_in");
        }
        Duration lifetime = Duration.ofSeconds(expiresIn.asLong());
        LOG.debug("Chartmetric access token minted, valid for {} s", lifetime.toSeconds());
        return new CachedToken.Issued(value.asText(), lifetime);
    }
}
