package com.scoutdesk.credentials;

import java.util.Optional;

/**
 * Where ScoutDesk keeps the scout's credentials outside the workspace (which must hold no secret): the OS keyring,
 * else a file only the user may read. Failures are {@link CredentialStoreException}s with a message for the scout.
 */
public interface CredentialStore {

    Optional<String> get(CredentialKey key);

    void put(CredentialKey key, String value);

    /** @return whether there was a value to remove */
    boolean delete(CredentialKey key);

    CredentialSource source();

    /** Which store this is, in words: "OS keyring (Secret Service)", "file /home/me/... (readable only by you)". */
    String description();
}
