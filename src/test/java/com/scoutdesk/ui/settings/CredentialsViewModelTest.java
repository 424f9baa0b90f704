package com.scoutdesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.concurrent.CurrentThreadTaskExecutor;
import com.scoutdesk.credentials.CredentialProvider;
import com.scoutdesk.credentials.CredentialResolver;
import com.scoutdesk.credentials.FileCredentialStore;
import com.scoutdesk.integration.common.ConnectionResult;
import com.scoutdesk.service.CredentialService;
import com.scoutdesk.service.CredentialVerdict;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The credentials section over a real credential service and a credentials file in a temporary folder: where each
 * value comes from in words, Save clears what was typed, Remove, and the test's verdict.
 */
class CredentialsViewModelTest {

    @TempDir
    Path dir;

    private ConnectionResult answer = new ConnectionResult(ConnectionResult.Verdict.OK, "The MLC accepted the login");

    private CredentialsViewModel model(Map<String, String> env) {
        Path file = dir.resolve("credentials.properties");
        CredentialResolver resolver = new CredentialResolver(env, new FileCredentialStore(file, "~/credentials"),
                Map.of());
        Supplier<ConnectionResult> test = () -> answer;
        CredentialsViewModel model = new CredentialsViewModel(new CredentialService(resolver,
                Map.of(CredentialProvider.MLC, test)), new CurrentThreadTaskExecutor());
        model.load();
        return model;
    }

    private static ProviderCredentialsViewModel provider(CredentialsViewModel model, String id) {
        return model.providers().stream().filter(p -> p.provider().equals(id)).findFirst().orElseThrow();
    }

    private static CredentialFieldViewModel field(ProviderCredentialsViewModel provider, String name) {
        return provider.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void showsTheStoreAndWhereEachValueComesFromNeverTheValue() {
        CredentialsViewModel model = model(Map.of("SCOUTDESK_YOUTUBE_API_KEY", "yt-key-from-the-environment"));

        assertThat(model.storeProperty().get()).contains("~/credentials");
        assertThat(model.providers()).extracting(ProviderCredentialsViewModel::displayName)
                .containsExactly("Spotify", "The MLC", "Chartmetric", "YouTube", "Language model");
        ProviderCredentialsViewModel youtube = provider(model, "youtube");
        assertThat(field(youtube, "YOUTUBE_API_KEY").statusProperty().get()).isEqualTo("from environment");
        assertThat(field(youtube, "YOUTUBE_API_KEY").isSecret()).isTrue();
        assertThat(field(youtube, "YOUTUBE_API_KEY").inputProperty().get()).isEmpty();
        assertThat(field(provider(model, "mlc"), "MLC_PASSWORD").statusProperty().get()).isEqualTo("not set");
    }

    @Test
    void saveClearsWhatWasTypedAndTestShowsTheVerdict() {
        CredentialsViewModel model = model(Map.of());
        ProviderCredentialsViewModel mlc = provider(model, "mlc");
        field(mlc, "MLC_USERNAME").inputProperty().set("scout");
        field(mlc, "MLC_PASSWORD").inputProperty().set("hunter2-password");

        mlc.save();

        assertThat(mlc.messageProperty().get()).isEqualTo("The MLC: credentials saved.");
        assertThat(field(mlc, "MLC_PASSWORD").statusProperty().get()).isEqualTo("saved in credentials file");
        assertThat(mlc.fields()).allMatch(f -> f.inputProperty().get().isEmpty());

        mlc.test();
        assertThat(mlc.verdictProperty().get()).isEqualTo(CredentialVerdict.OK);
        assertThat(mlc.verdictTextProperty().get()).isEqualTo("OK — The MLC accepted the login");

        answer = new ConnectionResult(ConnectionResult.Verdict.BAD_CREDENTIALS, "The MLC refused the login");
        mlc.test();
        assertThat(mlc.verdictTextProperty().get()).isEqualTo("Rejected: bad credentials — The MLC refused the login");
        answer = new ConnectionResult(ConnectionResult.Verdict.OFFLINE, "The MLC cannot be reached");
        mlc.test();
        assertThat(mlc.verdictTextProperty().get()).startsWith("Offline — ");

        mlc.remove();
        assertThat(mlc.messageProperty().get()).isEqualTo("The MLC: 2 saved values removed.");
        assertThat(field(mlc, "MLC_PASSWORD").statusProperty().get()).isEqualTo("not set");
        mlc.test();
        assertThat(mlc.verdictTextProperty().get()).startsWith("Not configured — ");
    }

    @Test
    void aMissingValueIsRefusedAndNothingIsSaved() {
        CredentialsViewModel model = model(Map.of());
        ProviderCredentialsViewModel mlc = provider(model, "mlc");
        field(mlc, "MLC_USERNAME").inputProperty().set("scout");

        mlc.save();

        assertThat(mlc.messageProperty().get()).contains("No password was given for The MLC; nothing was saved.");
        assertThat(field(mlc, "MLC_USERNAME").statusProperty().get()).isEqualTo("not set");
    }
}
