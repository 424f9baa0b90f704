package com.scoutdesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.concurrent.CurrentThreadTaskExecutor;
import com.scoutdesk.ui.fakes.FakeRefreshSettings;
import com.scoutdesk.ui.theme.ThemeManager;
import com.scoutdesk.ui.theme.ThemeStore;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

/** The weekly refresh switch: shows the stored state, saves a change, and does not save what it only loaded. */
class SettingsViewModelTest {

    private static SettingsViewModel model() {
        ThemeStore memory = new ThemeStore() {
            @Override
            public Optional<String> load() {
                return Optional.empty();
            }

            @Override
            public void save(String themeId) {
            }
        };
        return new SettingsViewModel(new ThemeManager(memory, css -> { }), new SimpleStringProperty("ws"));
    }

    @Test
    void showsTheStoredStateWithoutSavingItBack() {
        FakeRefreshSettings settings = new FakeRefreshSettings();
        settings.enabled = false;
        SettingsViewModel model = model();
        assertThat(model.refreshAvailableProperty().get()).isFalse();

        model.attach(settings, new CurrentThreadTaskExecutor());

        assertThat(model.refreshAvailableProperty().get()).isTrue();
        assertThat(model.weeklyRefreshProperty().get()).isFalse();
        assertThat(model.refreshTextProperty().get()).contains("FRIDAY").endsWith("off");
        assertThat(settings.saves).isZero();
    }

    @Test
    void switchingSavesInTheBackgroundAndUpdatesTheText() {
        FakeRefreshSettings settings = new FakeRefreshSettings();
        SettingsViewModel model = model();
        model.attach(settings, new CurrentThreadTaskExecutor());

        model.weeklyRefreshProperty().set(false);

        assertThat(settings.enabled).isFalse();
        assertThat(settings.saves).isEqualTo(1);
        assertThat(model.refreshTextProperty().get()).endsWith("off");
    }
}
