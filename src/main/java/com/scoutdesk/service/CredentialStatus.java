package com.scoutdesk.service;

/**
 * Whether one credential is set and where from, without its value.
 *
 * @param provider the provider's id, e.g. "spotify"
 * @param name     the setting's name, e.g. SPOTIFY_CLIENT_ID
 * @param label    e.g. "client id"
 * @param source   "environment", "OS keyring", "credentials file", "scoutdesk.properties", or empty when not set
 * @param masked   dots, with the last 4 characters of an identifier; empty when not set
 */
public record CredentialStatus(String provider, String name, String label, String source, String masked) {

    public boolean isSet() {
        return !source.isEmpty();
    }
}
