package com.scoutdesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.concurrent.CurrentThreadTaskExecutor;
import com.scoutdesk.ui.fakes.FakeServices;
import com.scoutdesk.ui.fakes.InMemoryThemeStore;
import com.scoutdesk.ui.theme.ThemeManager;
import com.scoutdesk.service.WorkspaceConfigService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page's sections: the refresh switch shows the stored state and saves only a change; sections whose use case
 * the services lack stay hidden; the workspace folder is revealed through the window's opener, and Open another
 * workspace only exists once the window gives a way to.
 */
class SettingsViewModelTest {

    @TempDir
    Path dir;

    private final List<String> opened = new ArrayList<>();

    private static SettingsViewModel model() {
        return new SettingsViewModel(new ThemeManager(new InMemoryThemeStore("light"), css -> { }),
                new SimpleStringProperty("ws"));
    }

    private void attach(SettingsViewModel model, FakeServices fakes) {
        model.attach(fakes.services(), new CurrentThreadTaskExecutor(), Clock.systemUTC(), opened::add);
    }

    @Test
    void showsTheStoredStateWithoutSavingItBack() {
        FakeServices fakes = FakeServices.empty(List.of());
        fakes.refresh.enabled = false;
        SettingsViewModel model = model();
        assertThat(model.refresh().availableProperty().get()).isFalse();

        attach(model, fakes);

        assertThat(model.refresh().availableProperty().get()).isTrue();
        assertThat(model.refresh().enabledProperty().get()).isFalse();
        assertThat(model.refresh().runsProperty().get()).contains("FRIDAY").endsWith("off");
        assertThat(fakes.refresh.saves).isZero();
    }

    @Test
    void switchingSavesInTheBackground() {
        FakeServices fakes = FakeServices.empty(List.of());
        SettingsViewModel model = model();
        attach(model, fakes);

        model.refresh().enabledProperty().set(false);

        assertThat(fakes.refresh.enabled).isFalse();
        assertThat(fakes.refresh.saves).isEqualTo(1);
    }

    @Test
    void sectionsWithoutTheirUseCaseStayHiddenAndNothingIsRevealed() {
        SettingsViewModel model = model();
        attach(model, FakeServices.empty(List.of()));

        assertThat(model.credentialsProperty().get()).isNull();
        assertThat(model.sourcesProperty().get()).isNull();
        assertThat(model.workspace().folderProperty().get()).isNull();
        assertThat(model.refresh().editableProperty().get()).isFalse();
        model.workspace().reveal();
        assertThat(opened).isEmpty();
    }

    @Test
    void revealsTheFolderThroughTheWindowAndOpensAnotherOnlyThroughItsHook() {
        FakeServices fakes = FakeServices.empty(List.of());
        fakes.workspaceConfig = new WorkspaceConfigService(dir, (k, v) -> Optional.empty(), Map.of(),
                Optional::empty);
        SettingsViewModel model = model();
        attach(model, fakes);

        model.workspace().reveal();
        assertThat(opened).containsExactly(dir.toUri().toString());
        assertThat(model.sourcesProperty().get()).isNotNull();

        Path other = dir.resolve("other");
        model.workspace().openAnother(other); // no hook yet: nothing happens
        List<Path> switched = new ArrayList<>();
        assertThat(model.workspace().switcherProperty().get()).isNull();
        model.setWorkspaceSwitcher(switched::add);
        model.workspace().openAnother(other);
        assertThat(switched).containsExactly(other);
    }
}
