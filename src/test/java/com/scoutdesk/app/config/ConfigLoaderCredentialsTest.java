package com.scoutdesk.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.credentials.CredentialKey;
import com.scoutdesk.credentials.FileCredentialStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Credentials in the configuration: environment over the store over scoutdesk.properties, and no secret shown. */
class ConfigLoaderCredentialsTest {

    @TempDir
    Path dir;

    @Test
    void theEnvironmentWinsOverTheStoreWhichWinsOverTheWorkspaceFile() throws Exception {
        Files.writeString(dir.resolve(ConfigLoader.FILE_NAME), String.join("\n",
                "SPOTIFY_CLIENT_ID=id-from-file", "SPOTIFY_CLIENT_SECRET=secret-from-file",
                "YOUTUBE_API_KEY=yt-from-file", ""));
        FileCredentialStore store = new FileCredentialStore(dir.resolve("user/credentials.properties"), "store");
        store.put(CredentialKey.SPOTIFY_CLIENT_ID, "id-from-store");
        store.put(CredentialKey.SPOTIFY_CLIENT_SECRET, "secret-from-store");

        ScoutDeskConfig config = ConfigLoader.load(dir, Map.of("SCOUTDESK_SPOTIFY_CLIENT_SECRET", "secret-from-env",
                "SCOUTDESK_CREDENTIALS_FILE", "/not/a/config/key"), store);

        assertThat(config.get(ConfigKey.SPOTIFY_CLIENT_ID)).isEqualTo("id-from-store");
        assertThat(config.get(ConfigKey.SPOTIFY_CLIENT_SECRET)).isEqualTo("secret-from-env");
        assertThat(config.get(ConfigKey.YOUTUBE_API_KEY)).isEqualTo("yt-from-file");
        assertThat(config.hasErrors()).isFalse();
        assertThat(config.describe()).doesNotContain("secret-from").doesNotContain("yt-from-file");
    }

    @Test
    void aSecretInTheWorkspaceFileWorksButWarnsToMoveItToTheStore() throws Exception {
        Files.writeString(dir.resolve(ConfigLoader.FILE_NAME), "MLC_USERNAME=someone\nMLC_PASSWORD=hunter2-long\n");
        ScoutDeskConfig config = ConfigLoader.load(dir, Map.of(),
                new FileCredentialStore(dir.resolve("none.properties"), "none"));

        assertThat(config.get(ConfigKey.MLC_PASSWORD)).isEqualTo("hunter2-long");
        assertThat(config.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(ConfigProblem.Severity.WARNING);
            assertThat(p.key()).isEqualTo("MLC_PASSWORD");
            assertThat(p.toString()).contains("scoutdesk credentials set mlc").doesNotContain("hunter2");
        });
        assertThat(ConfigLoader.credentialsInFile(dir)).containsOnlyKeys(CredentialKey.MLC_USERNAME,
                CredentialKey.MLC_PASSWORD);
    }

    @Test
    void everyCredentialIsAConfigurationKeyOfTheSameSecrecy() {
        for (CredentialKey key : CredentialKey.values()) {
            assertThat(ConfigKey.valueOf(key.name()).isSecret()).as(key.name()).isEqualTo(key.isSecret());
        }
    }
}
