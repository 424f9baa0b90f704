package com.scoutdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoutdesk.persistence.SettingsRepository;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which language model writes outreach briefs, as kept in the workspace and seeded from LLM_URL and LLM_MODEL. */
class OutreachSettingsTest extends WorkspaceFixture {

    private SettingsRepository settingsStore;

    @BeforeEach
    void open() {
        openWorkspace();
        settingsStore = new SettingsRepository(db, clock);
    }

    @Test
    void settingsKeepTheEndpointInTheWorkspaceAndRefuseWhatIsNoAddress() {
        OutreachSettings settings = new OutreachSettings(settingsStore, "http://localhost:11434/v1", "",
                Optional::empty);
        assertThat(settings.endpointText()).as("from LLM_URL until set here").isEqualTo("http://localhost:11434/v1");
        assertThat(settings.model()).isEqualTo("llama3.2");

        assertThatThrownBy(() -> settings.setEndpoint("localhost:11434"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.input()).isEqualTo(InvalidInputException.LLM_ENDPOINT))
                .hasMessageContaining("http:// or https://");
        assertThatThrownBy(() -> settings.setModel(" ")).isInstanceOf(InvalidInputException.class);
        settings.setModel("qwen2.5:3b");
        settings.setEndpoint("  ");

        OutreachSettings reopened = new OutreachSettings(new SettingsRepository(db, clock),
                "http://localhost:11434/v1", "", Optional::empty);
        assertThat(reopened.endpoint()).as("removed by the scout, LLM_URL no longer applies").isEmpty();
        assertThat(reopened.model()).isEqualTo("qwen2.5:3b");
        assertThat(reopened.hasApiKey()).isFalse();
    }

    @Test
    void aKeyIsReportedAsSetNeverShown() {
        OutreachSettings settings = new OutreachSettings(settingsStore, "", null, () -> Optional.of("sk-1"));

        assertThat(settings.hasApiKey()).isTrue();
        assertThat(settings.endpoint()).as("no LLM_URL, no endpoint").isEmpty();
        assertThat(settings.model()).isEqualTo(OutreachSettings.DEFAULT_MODEL);
    }
}
