package com.scoutdesk.ui.settings;

import com.scoutdesk.ui.theme.AppTheme;
import com.scoutdesk.ui.theme.ThemeManager;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** The theme choice and what the workspace is, for the Settings view. */
public final class SettingsViewModel {

    private final ThemeManager themes;
    private final ReadOnlyStringProperty workspaceDescription;

    public SettingsViewModel(ThemeManager themes, ReadOnlyStringProperty workspaceDescription) {
        this.themes = Objects.requireNonNull(themes);
        this.workspaceDescription = Objects.requireNonNull(workspaceDescription);
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
}
