package com.scoutdesk.integration.spotify;

import com.fasterxml.jackson.databind.JsonNode;
import com.scoutdesk.integration.common.ClientErrorException;
import com.scoutdesk.integration.common.Provider;
import com.scoutdesk.integration.common.ProviderException;
import com.scoutdesk.integration.common.UnavailableException;
import java.net.http.HttpResponse;

/**
 * Reads Spotify's two error bodies: the Web API's {@code {"error":{"status","message","reason"?}}} and the accounts
 * service's {@code {"error":"invalid_client","error_description":"..."}}.
 */
final class SpotifyErrors {

    static final String CHECK_CREDENTIALS = "check SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET"
            + " (developer.spotify.com > Dashboard > your app > Settings)";
    private static final Provider SPOTIFY = Provider.SPOTIFY_API;

    private SpotifyErrors() {
    }

    /** Whether a 429 is Spotify's spent quota (July 2026: {@code "reason":"QUOTA_EXCEEDED"}) rather than a burst. */
    static boolean isQuotaExceeded(HttpResponse<String> response) {
        JsonNode body = SpotifyJson.treeOrNull(response.body());
        return body != null && "QUOTA_EXCEEDED".equals(body.path("error").path("reason").asText(null));
    }

    /** The exception for a non-2xx Web API answer that {@code ProviderHttp} passed on (so not 429 or 5xx). */
    static ProviderException forApi(int status, String body, String path) {
        String message = apiMessage(body);
        switch (status) {
            case 401:
                return new ClientErrorException(SPOTIFY, 401, "Spotify refused a freshly issued access token ("
                        + message + "); " + CHECK_CREDENTIALS);
            case 403:
                return new UnavailableException(SPOTIFY, UnavailableException.Reason.NOT_ALLOWED, 403,
                        "Spotify does not let this app read " + path + " (HTTP 403: " + message + ")");
            case 404:
                return new UnavailableException(SPOTIFY, UnavailableException.Reason.NOT_FOUND, 404,
                        "Spotify has nothing at " + path + " (HTTP 404: " + message + ")");
            default:
                return new ClientErrorException(SPOTIFY, status, message + " (" + path + ")");
        }
    }

    /**
     * The exception for a failed token request. Bad credentials get a message that says which settings to check;
     * {@code secrets} (the client secret, the Basic credentials) are cut out of anything the server echoed.
     */
    static ClientErrorException forToken(int status, String body, String... secrets) {
        JsonNode tree = SpotifyJson.treeOrNull(body);
        String error = tree == null ? "" : tree.path("error").asText("");
        String description = tree == null ? "" : tree.path("error_description").asText("");
        String said = redact((error + (description.isEmpty() ? "" : ": " + description)).strip(), secrets);
        if ("invalid_client".equals(error) || status == 401) {
            return new ClientErrorException(SPOTIFY, status, "the app's client id and secret were not accepted"
                    + (said.isEmpty() ? "" : " (" + said + ")") + "; " + CHECK_CREDENTIALS);
        }
        return new ClientErrorException(SPOTIFY, status, "the token request failed"
                + (said.isEmpty() ? "" : " (" + said + ")"));
    }

    private static String apiMessage(String body) {
        JsonNode tree = SpotifyJson.treeOrNull(body);
        String message = tree == null ? "" : tree.path("error").path("message").asText("");
        return message.isBlank() ? "no details" : message;
    }

    private static String redact(String text, String... secrets) {
        String redacted = text;
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                redacted = redacted.replace(secret, "***");
            }
        }
        return redacted;
    }
}
