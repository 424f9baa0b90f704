package com.scoutdesk.credentials;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds a credential's value: the environment ({@code SCOUTDESK_<KEY>}, for scheduled jobs) wins over the store,
 * which wins over scoutdesk.properties (kept working for old workspaces, with a warning to move the secret out).
 */
public final class CredentialResolver {

    private final Map<String, String> environment;
    private final CredentialStore store;
    private final Map<CredentialKey, String> properties;

    /** @param properties the credential values written in the workspace's scoutdesk.properties */
    public CredentialResolver(Map<String, String> environment, CredentialStore store,
                              Map<CredentialKey, String> properties) {
        this.environment = Map.copyOf(environment);
        this.store = Objects.requireNonNull(store, "store");
        this.properties = Map.copyOf(properties);
    }

    /** A value and where it came from; its {@code toString} hides the value. */
    public record Found(CredentialKey key, String value, CredentialSource source) {
        @Override
        public String toString() {
            return "Found[" + key + " from " + source.label() + "]";
        }
    }

    public Optional<Found> find(CredentialKey key) {
        String fromEnvironment = environment.get(key.environmentName());
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Optional.of(new Found(key, fromEnvironment.strip(), CredentialSource.ENVIRONMENT));
        }
        Optional<String> stored = store.get(key);
        if (stored.isPresent()) {
            return Optional.of(new Found(key, stored.get(), store.source()));
        }
        String written = properties.get(key);
        return written == null || written.isBlank() ? Optional.empty()
                : Optional.of(new Found(key, written.strip(), CredentialSource.PROPERTIES));
    }

    public CredentialStore store() {
        return store;
    }
}
