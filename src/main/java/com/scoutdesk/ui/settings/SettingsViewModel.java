package com.scoutdesk.ui.settings;

import com.scoutdesk.service.RefreshSettings;
import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.ui.common.ErrorMessages;
import com.scoutdesk.ui.theme.AppTheme;
import com.scoutdesk.ui.theme.ThemeManager;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/** The theme choice, the weekly refresh switch and what the workspace is, for the Settings view. */
public final class SettingsViewModel {

    private final ThemeManager themes;
    private final ReadOnlyStringProperty workspaceDescription;
    private final BooleanProperty weeklyRefresh = new SimpleBooleanProperty(this, "weeklyRefresh");
    private final ReadOnlyBooleanWrapper refreshAvailable = new ReadOnlyBooleanWrapper(this, "refreshAvailable");
    private final ReadOnlyStringWrapper refreshText = new ReadOnlyStringWrapper(this, "refreshText", "");
    private RefreshSettings refresh;
    private TaskExecutor executor;
    private boolean loading;

    public SettingsViewModel(ThemeManager themes, ReadOnlyStringProperty workspaceDescription) {
        this.themes = Objects.requireNonNull(themes);
        this.workspaceDescription = Objects.requireNonNull(workspaceDescription);
        weeklyRefresh.addListener((obs, old, now) -> {
            if (!loading && refresh != null) {
                save(now);
            }
        });
    }

    /** Connects the refresh switch once the workspace is open; reads its state in the background. */
    public void attach(RefreshSettings settings, TaskExecutor tasks) {
        this.refresh = Objects.requireNonNull(settings);
        this.executor = Objects.requireNonNull(tasks);
        reload();
    }

    private void reload() {
        executor.submit("refresh-settings", () -> new Object[] {refresh.isWeeklyRefreshEnabled(), refresh.describe()},
                state -> {
                    loading = true;
                    weeklyRefresh.set((Boolean) state[0]);
                    loading = false;
                    refreshText.set((String) state[1]);
                    refreshAvailable.set(true);
                }, error -> refreshText.set(ErrorMessages.of(error)));
    }

    private void save(boolean enabled) {
        executor.submit("refresh-settings-save", () -> {
            refresh.setWeeklyRefreshEnabled(enabled);
            return refresh.describe();
        }, refreshText::set, error -> {
            refreshText.set(ErrorMessages.of(error));
            reload();
        });
    }

    public List<AppTheme> availableThemes() {
        return List.of(AppTheme.values());
    }

    /** Writable: setting it applies and remembers the theme. */
    public ObjectProperty<AppTheme> themeProperty() {
        return themes.themeProperty();
    }

    public ReadOnlyStringProperty workspaceDescriptionProperty() {
        return workspaceDescription;
    }

    /** Writable: switching it saves the choice in the workspace, in the background. */
    public BooleanProperty weeklyRefreshProperty() {
        return weeklyRefresh;
    }

    /** False until the workspace is open and the switch's state is known. */
    public ReadOnlyBooleanProperty refreshAvailableProperty() {
        return refreshAvailable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty refreshTextProperty() {
        return refreshText.getReadOnlyProperty();
    }
}
