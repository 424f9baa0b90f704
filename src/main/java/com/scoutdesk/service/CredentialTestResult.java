package com.scoutdesk.service;

/**
 * The verdict of testing one provider's credentials.
 *
 * @param provider    the provider's id, e.g. "spotify"
 * @param displayName the provider as the scout knows it, e.g. "The MLC"
 * @param detail      a sentence for the scout; never holds a credential
 */
public record CredentialTestResult(String provider, String displayName, CredentialVerdict verdict, String detail) {
}
