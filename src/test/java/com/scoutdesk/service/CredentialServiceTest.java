package com.scoutdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoutdesk.credentials.CredentialKey;
import com.scoutdesk.credentials.CredentialProvider;
import com.scoutdesk.credentials.CredentialResolver;
import com.scoutdesk.credentials.FileCredentialStore;
import com.scoutdesk.integration.common.ConnectionResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialServiceTest {

    private static final String SECRET = "chartmetric-refresh-token-value-42";

    @TempDir
    Path dir;

    private FileCredentialStore store;

    @BeforeEach
    void store() {
        store = new FileCredentialStore(dir.resolve("credentials.properties"), "~/credentials.properties");
    }

    private CredentialService service(Map<String, String> env, Map<CredentialKey, String> properties,
                                      Map<CredentialProvider, Supplier<ConnectionResult>> tests) {
        return new CredentialService(new CredentialResolver(env, store, properties), tests);
    }

    @Test
    void listSaysWhereEachValueComesFromAndNeverShowsASecret() {
        CredentialService service = service(Map.of("SCOUTDESK_YOUTUBE_API_KEY", "AIzaFromTheEnvironment"),
                Map.of(CredentialKey.LLM_API_KEY, "sk-in-the-workspace"), Map.of());
        service.set("spotify", Map.of("SPOTIFY_CLIENT_ID", "0f1e2d3c4b5a6978879600001a2b",
                "SPOTIFY_CLIENT_SECRET", "spotify-secret-value"));
        service.set("chartmetric", Map.of("CHARTMETRIC_REFRESH_TOKEN", SECRET));

        List<CredentialStatus> all = service.list();
        assertThat(all).extracting(CredentialStatus::name, CredentialStatus::source, CredentialStatus::masked)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SPOTIFY_CLIENT_ID", "credentials file", "••••1a2b"),
                        org.assertj.core.groups.Tuple.tuple("SPOTIFY_CLIENT_SECRET", "credentials file", "••••"),
                        org.assertj.core.groups.Tuple.tuple("MLC_USERNAME", "", ""),
                        org.assertj.core.groups.Tuple.tuple("MLC_PASSWORD", "", ""),
                        org.assertj.core.groups.Tuple.tuple("CHARTMETRIC_REFRESH_TOKEN", "credentials file", "••••"),
                        org.assertj.core.groups.Tuple.tuple("YOUTUBE_API_KEY", "environment", "••••"),
                        org.assertj.core.groups.Tuple.tuple("LLM_API_KEY", "scoutdesk.properties", "••••"));
        assertThat(all.toString()).doesNotContain("spotify-secret").doesNotContain(SECRET)
                .doesNotContain("AIza").doesNotContain("sk-in");
    }

    @Test
    void deleteRemovesOneProvidersValuesAndSaysHowMany() {
        CredentialService service = service(Map.of(), Map.of(), Map.of());
        service.set("mlc", Map.of("MLC_USERNAME", "scout", "MLC_PASSWORD", "pw"));
        service.set("youtube", Map.of("YOUTUBE_API_KEY", "key"));

        assertThat(service.delete("MLC")).isEqualTo(2);
        assertThat(service.delete("mlc")).isZero();
        assertThat(store.get(CredentialKey.MLC_PASSWORD)).isEmpty();
        assertThat(store.get(CredentialKey.YOUTUBE_API_KEY)).contains("key");
    }

    @Test
    void unknownProvidersAndMissingValuesAreRefusedWithTheKnownNames() {
        CredentialService service = service(Map.of(), Map.of(), Map.of());
        assertThatThrownBy(() -> service.set("deezer", Map.of())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("\"deezer\"").hasMessageContaining("spotify, mlc, chartmetric, youtube, llm");
        assertThatThrownBy(() -> service.set("mlc", Map.of("MLC_USERNAME", "scout", "MLC_PASSWORD", " ")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("No password");
        assertThat(store.get(CredentialKey.MLC_USERNAME)).as("nothing half-saved").isEmpty();
    }

    @Test
    void fromTheEnvironmentSavesTheVariablesValues() {
        CredentialService service = service(Map.of("SCOUTDESK_LLM_API_KEY", "sk-env"), Map.of(), Map.of());
        assertThat(service.setFromEnvironment("llm")).singleElement().asString()
                .contains("SCOUTDESK_LLM_API_KEY").doesNotContain("sk-env");
        assertThat(store.get(CredentialKey.LLM_API_KEY)).contains("sk-env");
        assertThatThrownBy(() -> service.setFromEnvironment("youtube")).hasMessageContaining("SCOUTDESK_YOUTUBE");
    }

    @Test
    void testGivesOneVerdictPerProviderAndScrubsValuesFromDetails() {
        CredentialService service = service(Map.of(), Map.of(), Map.of(
                CredentialProvider.CHARTMETRIC, () -> new ConnectionResult(ConnectionResult.Verdict.BAD_CREDENTIALS,
                        "Chartmetric refused token " + SECRET),
                CredentialProvider.MLC, () -> {
                    throw new AssertionError("not configured: must not be called");
                }));
        service.set("chartmetric", Map.of("CHARTMETRIC_REFRESH_TOKEN", SECRET));
        service.set("llm", Map.of("LLM_API_KEY", "sk-llm"));

        List<CredentialTestResult> results = service.testAll();
        assertThat(results).extracting(CredentialTestResult::provider, CredentialTestResult::verdict).containsExactly(
                org.assertj.core.groups.Tuple.tuple("spotify", CredentialVerdict.NOT_CONFIGURED),
                org.assertj.core.groups.Tuple.tuple("mlc", CredentialVerdict.NOT_CONFIGURED),
                org.assertj.core.groups.Tuple.tuple("chartmetric", CredentialVerdict.BAD_CREDENTIALS),
                org.assertj.core.groups.Tuple.tuple("youtube", CredentialVerdict.NOT_CONFIGURED),
                org.assertj.core.groups.Tuple.tuple("llm", CredentialVerdict.NO_TEST));
        assertThat(results.get(2).detail()).isEqualTo("Chartmetric refused token ***");
        assertThat(results.get(1).detail()).isEqualTo("no user name and no password are set");
    }
}
