package com.scoutdesk.credentials;

/** Where a credential's value was found, in the order they win. */
public enum CredentialSource {
    ENVIRONMENT("environment"),
    KEYRING("OS keyring"),
    FILE("credentials file"),
    PROPERTIES("scoutdesk.properties");

    private final String label;

    CredentialSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
