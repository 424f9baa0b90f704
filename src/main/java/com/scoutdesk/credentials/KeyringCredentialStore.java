package com.scoutdesk.credentials;

import com.github.javakeyring.Keyring;
import com.github.javakeyring.KeyringStorageType;
import com.github.javakeyring.PasswordAccessException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Credentials in the OS keyring through java-keyring: Secret Service on Linux, the Keychain on macOS, the Credential
 * Manager on Windows. Each value is one entry, service "ScoutDesk", account the key's name. Every call is bounded in
 * time, since a keyring that waits for an unlock dialog nobody answers must not hang a scheduled job.
 */
public final class KeyringCredentialStore implements CredentialStore {

    static final String SERVICE = "ScoutDesk";
    private static final Logger LOG = LoggerFactory.getLogger(KeyringCredentialStore.class);

    private final Keyring keyring;
    private final Duration timeout;

    KeyringCredentialStore(Keyring keyring, Duration timeout) {
        this.keyring = keyring;
        this.timeout = timeout;
    }

    @Override
    public Optional<String> get(CredentialKey key) {
        return Bounded.call("read " + key.name() + " from the OS keyring", timeout, () -> {
            try {
                return Optional.ofNullable(keyring.getPassword(SERVICE, key.name())).filter(v -> !v.isEmpty());
            } catch (PasswordAccessException e) {
                if (!isMissingEntry(e)) {
                    throw new CredentialStoreException("The OS keyring could not read " + key.name() + " ("
                            + e.getMessage() + "). Unlock the keyring and try again.", e);
                }
                LOG.debug("No {} in the OS keyring", key.name());
                return Optional.empty();
            }
        });
    }

    @Override
    public void put(CredentialKey key, String value) {
        Bounded.call("save " + key.name() + " in the OS keyring", timeout, () -> {
            try {
                keyring.setPassword(SERVICE, key.name(), value);
                return null;
            } catch (PasswordAccessException e) {
                throw new CredentialStoreException("The OS keyring refused to save " + key.name() + " ("
                        + e.getMessage() + "). Unlock the keyring and try again.", e);
            }
        });
    }

    @Override
    public boolean delete(CredentialKey key) {
        if (get(key).isEmpty()) {
            return false;
        }
        return Bounded.call("remove " + key.name() + " from the OS keyring", timeout, () -> {
            try {
                keyring.deletePassword(SERVICE, key.name());
                return true;
            } catch (PasswordAccessException e) {
                throw new CredentialStoreException("The OS keyring refused to remove " + key.name() + " ("
                        + e.getMessage() + ").", e);
            }
        });
    }

    @Override
    public CredentialSource source() {
        return CredentialSource.KEYRING;
    }

    @Override
    public String description() {
        return "OS keyring (" + kind(keyring.getKeyringStorageType()) + ")";
    }

    /**
     * java-keyring reports a missing entry with the same exception as a failure; only the words tell them apart
     * (Secret Service and the Keychain: "No stored credentials match", Windows: "Password not Found", KWallet:
     * "Password is not in wallet").
     */
    static boolean isMissingEntry(Exception e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return message.contains("no stored credentials") || message.contains("not found")
                || message.contains("not in wallet") || message.contains("could not be found");
    }

    static String kind(KeyringStorageType type) {
        if (type == null) {
            return "unknown kind";
        }
        switch (type) {
            case GNOME_KEYRING:
                return "Secret Service";
            case KWALLET:
                return "KWallet";
            case OSX_KEYCHAIN:
            case LEGACY_OSX_KEYCHAIN:
                return "macOS Keychain";
            case WINDOWS_CREDENTIAL_STORE:
                return "Windows Credential Manager";
            default:
                return type.name();
        }
    }
}
