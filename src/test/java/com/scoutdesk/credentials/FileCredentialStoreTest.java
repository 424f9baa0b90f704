package com.scoutdesk.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCredentialStoreTest {

    @TempDir
    Path dir;

    @Test
    void keepsValuesAcrossInstancesAndDeletesThem() {
        Path file = dir.resolve("config").resolve("scoutdesk").resolve("credentials.properties");
        FileCredentialStore store = new FileCredentialStore(file, "~/credentials.properties");
        store.put(CredentialKey.SPOTIFY_CLIENT_ID, "client-id-1234");
        store.put(CredentialKey.SPOTIFY_CLIENT_SECRET, "p@ss=word:with spaces\\and#signs");

        FileCredentialStore reopened = new FileCredentialStore(file, "~/credentials.properties");
        assertThat(reopened.get(CredentialKey.SPOTIFY_CLIENT_ID)).contains("client-id-1234");
        assertThat(reopened.get(CredentialKey.SPOTIFY_CLIENT_SECRET)).contains("p@ss=word:with spaces\\and#signs");
        assertThat(reopened.get(CredentialKey.MLC_PASSWORD)).isEmpty();

        assertThat(reopened.delete(CredentialKey.SPOTIFY_CLIENT_SECRET)).isTrue();
        assertThat(reopened.delete(CredentialKey.SPOTIFY_CLIENT_SECRET)).isFalse();
        assertThat(store.get(CredentialKey.SPOTIFY_CLIENT_SECRET)).isEmpty();
        assertThat(store.get(CredentialKey.SPOTIFY_CLIENT_ID)).contains("client-id-1234");
        assertThat(store.source()).isEqualTo(CredentialSource.FILE);
        assertThat(store.description()).isEqualTo("file ~/credentials.properties (readable only by you)");
    }

    @Test
    void theFileAndItsFolderAreTheUsersAloneAndNoTemporaryFileIsLeft() throws Exception {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        Path folder = dir.resolve("scoutdesk");
        Path file = folder.resolve("credentials.properties");
        FileCredentialStore store = new FileCredentialStore(file, file.toString());
        store.put(CredentialKey.YOUTUBE_API_KEY, "AIzaSyFakeKey0123456789");
        store.put(CredentialKey.LLM_API_KEY, "sk-another");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("credentials.properties");
        }
        // Rewriting keeps 600 even if someone loosened it: the file is replaced, not edited in place.
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        store.delete(CredentialKey.LLM_API_KEY);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).contains("YOUTUBE_API_KEY").doesNotContain("LLM_API_KEY");
    }
}
