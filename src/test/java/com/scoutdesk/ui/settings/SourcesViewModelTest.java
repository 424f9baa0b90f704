package com.scoutdesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.concurrent.CurrentThreadTaskExecutor;
import com.scoutdesk.service.WorkspaceConfigService;
import com.scoutdesk.service.WorkspaceSetting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chromium, web-player pages and the MusicBrainz contact: read, detected, saved only when changed, refused clearly. */
class SourcesViewModelTest {

    @TempDir
    Path dir;

    private Optional<Path> installed = Optional.empty();

    private SourcesViewModel model() {
        WorkspaceConfigService config = new WorkspaceConfigService(dir,
                (setting, value) -> setting == WorkspaceSetting.MUSICBRAINZ_CONTACT && !value.contains("@")
                        ? Optional.of("expected an e-mail address") : Optional.empty(),
                Map.of(WorkspaceSetting.WEB_PLAYER_PAGES, "2",
                        WorkspaceSetting.MUSICBRAINZ_CONTACT, "https://github.com/scoutdesk/scoutdesk"),
                () -> installed);
        SourcesViewModel model = new SourcesViewModel(config, new CurrentThreadTaskExecutor());
        model.load();
        return model;
    }

    @Test
    void showsTheValuesInEffectAndSavesOnlyWhatChanged() throws Exception {
        Files.writeString(dir.resolve("scoutdesk.properties"), "# mine\nWEB_PLAYER_PAGES=3\n");
        SourcesViewModel model = model();
        assertThat(model.pagesProperty().get()).isEqualTo(3);
        assertThat(model.chromiumPathProperty().get()).isEmpty();

        model.pagesProperty().set(4);
        model.save();

        assertThat(Files.readString(dir.resolve("scoutdesk.properties"))).isEqualTo("# mine\nWEB_PLAYER_PAGES=4\n");
        assertThat(model.failedProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).contains("applies the next time the workspace opens");
    }

    @Test
    void detectFillsThePathWithoutSavingItOrSaysNoneWasFound() {
        SourcesViewModel model = model();
        model.detect();
        assertThat(model.failedProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).startsWith("No Chromium or Chrome was found");

        installed = Optional.of(Path.of("/usr/bin/chromium"));
        model.detect();
        assertThat(model.chromiumPathProperty().get()).isEqualTo("/usr/bin/chromium");
        assertThat(model.messageProperty().get()).isEqualTo("Found /usr/bin/chromium. Save to use it.");
        assertThat(dir.resolve("scoutdesk.properties")).doesNotExist();
    }

    @Test
    void aRefusedContactIsNamedAndNotSaved() {
        SourcesViewModel model = model();
        model.contactProperty().set("nobody");

        model.save();

        assertThat(model.failedProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).isEqualTo(
                "\"nobody\" cannot be used for MUSICBRAINZ_CONTACT: expected an e-mail address. It was not saved.");
        assertThat(dir.resolve("scoutdesk.properties")).doesNotExist();
    }
}
