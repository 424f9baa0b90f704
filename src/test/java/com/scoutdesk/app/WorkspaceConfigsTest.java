package com.scoutdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoutdesk.app.config.ConfigKey;
import com.scoutdesk.app.config.ConfigLoader;
import com.scoutdesk.app.config.ScoutDeskConfig;
import com.scoutdesk.service.InvalidInputException;
import com.scoutdesk.service.WorkspaceConfigService;
import com.scoutdesk.service.WorkspaceSetting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Settings page's saving path as the composition root wires it: the configuration's own rules refuse what the
 * next opening would refuse, and what is saved is what the next opening reads.
 */
class WorkspaceConfigsTest {

    private static final String FILE = "# kept\nLOG_LEVEL=DEBUG\n";

    @TempDir
    Path dir;

    private WorkspaceConfigService service() throws Exception {
        Files.writeString(dir.resolve("scoutdesk.properties"), FILE);
        return WorkspaceConfigs.of(dir, ScoutDeskConfig.defaults());
    }

    @Test
    void refusesBadValuesWithAClearMessageAndLeavesTheFileAlone() throws Exception {
        WorkspaceConfigService service = service();

        assertThatThrownBy(() -> service.save(WorkspaceSetting.MUSICBRAINZ_CONTACT, "just a name"))
                .isInstanceOf(InvalidInputException.class).hasMessage("\"just a name\" cannot be used for "
                        + "MUSICBRAINZ_CONTACT: expected an e-mail address or an http(s) URL, such as "
                        + "scout@example.com. It was not saved.");
        assertThatThrownBy(() -> service.save(WorkspaceSetting.WEB_PLAYER_PAGES, "7"))
                .hasMessageContaining("expected 1 to 6 pages");
        assertThatThrownBy(() -> service.save(WorkspaceSetting.REFRESH_TIME, "25:00"))
                .hasMessageContaining("expected a 24-hour time HH:MM");
        assertThatThrownBy(() -> service.save(WorkspaceSetting.CHROMIUM_PATH, dir.resolve("none").toString()))
                .hasMessageContaining("no such file");
        assertThat(Files.readString(dir.resolve("scoutdesk.properties"))).isEqualTo(FILE);
    }

    @Test
    void whatIsSavedIsWhatTheNextOpeningReads() throws Exception {
        WorkspaceConfigService service = service();

        service.save(WorkspaceSetting.MUSICBRAINZ_CONTACT, "scout@example.com");
        service.save(WorkspaceSetting.WEB_PLAYER_PAGES, "4");
        service.save(WorkspaceSetting.REFRESH_DAY, "MONDAY");

        ScoutDeskConfig next = ConfigLoader.load(dir, Map.of());
        assertThat(next.problems()).isEmpty();
        assertThat(next.get(ConfigKey.MUSICBRAINZ_CONTACT)).isEqualTo("scout@example.com");
        assertThat(next.count(ConfigKey.WEB_PLAYER_PAGES)).isEqualTo(4);
        assertThat(next.get(ConfigKey.REFRESH_DAY)).isEqualTo("MONDAY");
        assertThat(next.get(ConfigKey.LOG_LEVEL)).isEqualTo("DEBUG");
        assertThat(service.values()).containsEntry(WorkspaceSetting.WEB_PLAYER_PAGES, "4")
                .containsEntry(WorkspaceSetting.REFRESH_TIME, "10:00");
        assertThat(Files.readString(dir.resolve("scoutdesk.properties"))).startsWith("# kept\n");
    }
}
