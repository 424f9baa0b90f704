package com.scoutdesk.integration.youtube;

import com.fasterxml.jackson.databind.JsonNode;
import com.scoutdesk.integration.common.BadCredentialsException;
import com.scoutdesk.integration.common.ClientErrorException;
import com.scoutdesk.integration.common.Provider;
import com.scoutdesk.integration.common.ProviderException;
import com.scoutdesk.integration.common.RateLimitedException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Reads Google's error body, {@code {"error":{"code","message","errors":[{"domain","reason","message"}],
 * "status"?}}}, and says what a non-2xx answer means. The quota's {@code quotaExceeded} is a 403, not a 429, so it
 * arrives here rather than in ProviderHttp's 429 handling.
 */
final class YouTubeErrors {

    static final String CHECK_KEY = "check YOUTUBE_API_KEY and that the YouTube Data API v3 is enabled for its"
            + " project (Google Cloud console > APIs & Services)";
    /** A per-user or per-second limit: short, unlike the daily quota. */
    static final Duration BURST_WAIT = Duration.ofMinutes(1);
    private static final Set<String> QUOTA = Set.of("quotaExceeded", "dailyLimitExceeded");
    private static final Set<String> BURST = Set.of("rateLimitExceeded", "userRateLimitExceeded");
    private static final Set<String> BAD_KEY = Set.of("keyInvalid", "keyExpired", "API_KEY_INVALID");
    private static final Provider YOUTUBE = Provider.YOUTUBE;

    private YouTubeErrors() {
    }

    /** The first {@code errors[].reason}; empty when the body has none. */
    static String reason(String body) {
        JsonNode tree = YouTubeJson.treeOrNull(body);
        return tree == null ? "" : tree.path("error").path("errors").path(0).path("reason").asText("");
    }

    /** Whether an answer (a 403, or a 429 should Google send one) says the day's quota is spent. */
    static boolean isQuotaExceeded(String body) {
        return QUOTA.contains(reason(body));
    }

    /** For ProviderHttp: a 429 that is the spent daily quota, not to be waited out. */
    static boolean isQuotaExceeded(HttpResponse<String> response) {
        return isQuotaExceeded(response.body());
    }

    /**
     * The exception for a non-2xx answer that is not the spent quota.
     *
     * @param apiKey cut out of anything the server echoed, should it ever echo it
     */
    static ProviderException forAnswer(int status, String body, String apiKey, Instant now) {
        String reason = reason(body);
        String said = redact(message(body), apiKey);
        String detail = "HTTP " + status + (reason.isEmpty() ? "" : " " + reason) + ": " + said;
        if (BURST.contains(reason)) {
            return new RateLimitedException(YOUTUBE, now.plus(BURST_WAIT), false);
        }
        if (status == 401 || status == 403 || BAD_KEY.contains(reason) || BAD_KEY.contains(detailReason(body))
                || (status == 400 && said.contains("API key"))) {
            return new BadCredentialsException(YOUTUBE, detail + "; " + CHECK_KEY);
        }
        return new ClientErrorException(YOUTUBE, status, said + (reason.isEmpty() ? "" : " (" + reason + ")"));
    }

    /** The {@code error.details[].reason} of the newer error format ({@code API_KEY_INVALID}). */
    private static String detailReason(String body) {
        JsonNode tree = YouTubeJson.treeOrNull(body);
        return tree == null ? "" : tree.path("error").path("details").path(0).path("reason").asText("");
    }

    private static String message(String body) {
        JsonNode tree = YouTubeJson.treeOrNull(body);
        String message = tree == null ? "" : tree.path("error").path("message").asText("");
        // Google's quota message links its docs in HTML; the scout reads plain text.
        message = message.replaceAll("<[^>]+>", "").strip();
        return message.isEmpty() ? "no details" : message;
    }

    private static String redact(String text, String secret) {
        return secret == null || secret.isEmpty() ? text : text.replace(secret, "***");
    }
}
