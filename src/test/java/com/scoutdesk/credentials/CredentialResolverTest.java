package com.scoutdesk.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialResolverTest {

    @TempDir
    Path dir;

    @Test
    void theEnvironmentWinsOverTheStoreWhichWinsOverTheProperties() {
        FileCredentialStore store = new FileCredentialStore(dir.resolve("c.properties"), "c.properties");
        store.put(CredentialKey.MLC_PASSWORD, "from-store");
        store.put(CredentialKey.MLC_USERNAME, "user-from-store");
        CredentialResolver resolver = new CredentialResolver(
                Map.of("SCOUTDESK_MLC_PASSWORD", " from-env "),
                store,
                Map.of(CredentialKey.MLC_PASSWORD, "from-file", CredentialKey.MLC_USERNAME, "user-from-file",
                        CredentialKey.YOUTUBE_API_KEY, "yt-from-file"));

        assertThat(resolver.find(CredentialKey.MLC_PASSWORD)).hasValueSatisfying(f -> {
            assertThat(f.value()).isEqualTo("from-env");
            assertThat(f.source()).isEqualTo(CredentialSource.ENVIRONMENT);
        });
        assertThat(resolver.find(CredentialKey.MLC_USERNAME)).hasValueSatisfying(f -> {
            assertThat(f.value()).isEqualTo("user-from-store");
            assertThat(f.source()).isEqualTo(CredentialSource.FILE);
        });
        assertThat(resolver.find(CredentialKey.YOUTUBE_API_KEY)).hasValueSatisfying(f -> {
            assertThat(f.value()).isEqualTo("yt-from-file");
            assertThat(f.source()).isEqualTo(CredentialSource.PROPERTIES);
        });
        assertThat(resolver.find(CredentialKey.LLM_API_KEY)).isEmpty();
        assertThat(resolver.find(CredentialKey.MLC_PASSWORD).orElseThrow().toString())
                .doesNotContain("from-env").contains("MLC_PASSWORD").contains("environment");
    }

    @Test
    void secretsShowNothingAndIdentifiersAtMostTheirLastFourCharacters() {
        assertThat(Masked.of(CredentialKey.SPOTIFY_CLIENT_SECRET, "abcdefghijklmnopqrstuvwx")).isEqualTo("••••");
        assertThat(Masked.of(CredentialKey.SPOTIFY_CLIENT_ID, "0f1e2d3c4b5a69788796a5b4c3d21a2b"))
                .isEqualTo("••••1a2b");
        assertThat(Masked.of(CredentialKey.MLC_USERNAME, "short")).isEqualTo("••••");
        assertThat(Masked.of(CredentialKey.MLC_USERNAME, "")).isEmpty();
    }

    @Test
    void everyCredentialIsOneOfEachProvidersKeysInOrder() {
        assertThat(CredentialProvider.SPOTIFY.keys()).containsExactly(CredentialKey.SPOTIFY_CLIENT_ID,
                CredentialKey.SPOTIFY_CLIENT_SECRET);
        assertThat(CredentialProvider.MLC.keys()).containsExactly(CredentialKey.MLC_USERNAME,
                CredentialKey.MLC_PASSWORD);
        assertThat(CredentialProvider.fromId(" Chartmetric ")).contains(CredentialProvider.CHARTMETRIC);
        assertThat(CredentialProvider.fromId("deezer")).isEmpty();
    }
}
