package com.scoutdesk.credentials;

/**
 * One credential value. The names are the configuration keys' names ({@code SPOTIFY_CLIENT_SECRET}), so the same
 * value can come from {@code SCOUTDESK_SPOTIFY_CLIENT_SECRET}, the credential store or scoutdesk.properties.
 */
public enum CredentialKey {
    SPOTIFY_CLIENT_ID(CredentialProvider.SPOTIFY, "client id", false),
    SPOTIFY_CLIENT_SECRET(CredentialProvider.SPOTIFY, "client secret", true),
    MLC_USERNAME(CredentialProvider.MLC, "user name", false),
    MLC_PASSWORD(CredentialProvider.MLC, "password", true),
    CHARTMETRIC_REFRESH_TOKEN(CredentialProvider.CHARTMETRIC, "refresh token", true),
    YOUTUBE_API_KEY(CredentialProvider.YOUTUBE, "API key", true),
    LLM_API_KEY(CredentialProvider.LLM, "API key", true);

    private final CredentialProvider provider;
    private final String label;
    private final boolean secret;

    CredentialKey(CredentialProvider provider, String label, boolean secret) {
        this.provider = provider;
        this.label = label;
        this.secret = secret;
    }

    public CredentialProvider provider() {
        return provider;
    }

    /** What the scout is asked for, e.g. "client secret". */
    public String label() {
        return label;
    }

    /**
     * A secret is never shown, not even in part; an identifier (a client id, a user name) may show its last
     * characters so the scout can tell which one is set.
     */
    public boolean isSecret() {
        return secret;
    }

    public String environmentName() {
        return "SCOUTDESK_" + name();
    }
}
