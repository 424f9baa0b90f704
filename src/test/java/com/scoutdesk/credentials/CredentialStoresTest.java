package com.scoutdesk.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javakeyring.BackendNotSupportedException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialStoresTest {

    @TempDir
    Path home;

    private static final CredentialStores.KeyringOpener NO_KEYRING = () -> {
        throw new BackendNotSupportedException("No available keyring backend found");
    };

    @Test
    void withoutAKeyringTheFileInTheUsersConfigFolderIsChosenAndNamed() {
        CredentialStore store = CredentialStores.choose(Map.of(), null, "Linux", home, NO_KEYRING,
                Duration.ofSeconds(5));

        assertThat(store).isInstanceOf(FileCredentialStore.class);
        assertThat(((FileCredentialStore) store).file())
                .isEqualTo(home.resolve(".config/scoutdesk/credentials.properties"));
        assertThat(store.description())
                .isEqualTo("file ~/.config/scoutdesk/credentials.properties (readable only by you)");
    }

    @Test
    void aKeyringThatNeverAnswersIsGivenUpAfterTheTimeout() {
        CountDownLatch never = new CountDownLatch(1);
        long start = System.nanoTime();
        CredentialStore store = CredentialStores.choose(Map.of(), null, "Linux", home, () -> {
            never.await();
            return null;
        }, Duration.ofMillis(200));

        assertThat(store.source()).isEqualTo(CredentialSource.FILE);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aNamedFileWinsWithoutAskingTheKeyringTheVariableBeforeTheProperty() {
        CredentialStores.KeyringOpener mustNotBeAsked = () -> {
            throw new AssertionError("the keyring must not be probed");
        };
        Path named = home.resolve("elsewhere/creds.properties");
        CredentialStore fromVariable = CredentialStores.choose(Map.of(CredentialStores.FILE_VARIABLE,
                named.toString()), home.resolve("property.properties").toString(), "Linux", home, mustNotBeAsked,
                Duration.ofSeconds(1));
        CredentialStore fromProperty = CredentialStores.choose(Map.of(), home.resolve("p.properties").toString(),
                "Linux", home, mustNotBeAsked, Duration.ofSeconds(1));

        assertThat(((FileCredentialStore) fromVariable).file()).isEqualTo(named);
        assertThat(fromVariable.description()).isEqualTo("file ~/elsewhere/creds.properties (readable only by you)");
        assertThat(((FileCredentialStore) fromProperty).file()).isEqualTo(home.resolve("p.properties"));
    }

    @Test
    void theFallbackFileIsInEachSystemsConfigFolderNeverTheDefaultWorkspace() {
        assertThat(CredentialStores.defaultFile(Map.of("XDG_CONFIG_HOME", "/x/cfg"), "linux", home))
                .isEqualTo(Path.of("/x/cfg/scoutdesk/credentials.properties"));
        assertThat(CredentialStores.defaultFile(Map.of(), "mac os x", home))
                .isEqualTo(home.resolve("Library/Preferences/ScoutDesk/credentials.properties"));
        assertThat(CredentialStores.defaultFile(Map.of(), "windows 11", home))
                .isEqualTo(home.resolve("AppData/Local/ScoutDesk/credentials.properties"));
    }

    @Test
    void keyringKindsAreNamedAsTheScoutKnowsThem() {
        assertThat(KeyringCredentialStore.kind(com.github.javakeyring.KeyringStorageType.GNOME_KEYRING))
                .isEqualTo("Secret Service");
        assertThat(KeyringCredentialStore.kind(com.github.javakeyring.KeyringStorageType.WINDOWS_CREDENTIAL_STORE))
                .isEqualTo("Windows Credential Manager");
        assertThat(KeyringCredentialStore.kind(com.github.javakeyring.KeyringStorageType.OSX_KEYCHAIN))
                .isEqualTo("macOS Keychain");
    }

    @Test
    void aMissingEntryIsToldApartFromAKeyringThatFailed() {
        assertThat(KeyringCredentialStore.isMissingEntry(new com.github.javakeyring.PasswordAccessException(
                "No stored credentials match ScoutDesk account: probe"))).isTrue();
        assertThat(KeyringCredentialStore.isMissingEntry(new com.github.javakeyring.PasswordAccessException(
                "Password not Found"))).isTrue();
        assertThat(KeyringCredentialStore.isMissingEntry(new com.github.javakeyring.PasswordAccessException(
                "Error connecting to dbus"))).isFalse();
    }
}
