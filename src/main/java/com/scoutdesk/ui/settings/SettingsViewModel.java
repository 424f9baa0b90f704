package com.scoutdesk.ui.settings;

import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.service.Services;
import com.scoutdesk.ui.theme.AppTheme;
import com.scoutdesk.ui.theme.ThemeManager;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The Settings page: the theme, and one view model a section (workspace, credentials, web player and MusicBrainz,
 * weekly refresh). The sections that need the workspace appear once it is open; a section whose use case the
 * services lack stays hidden.
 */
public final class SettingsViewModel {

    private final ThemeManager themes;
    private final WorkspaceViewModel workspace;
    private final RefreshViewModel refresh = new RefreshViewModel();
    private final ReadOnlyObjectWrapper<CredentialsViewModel> credentials =
            new ReadOnlyObjectWrapper<>(this, "credentials");
    private final ReadOnlyObjectWrapper<SourcesViewModel> sources = new ReadOnlyObjectWrapper<>(this, "sources");

    public SettingsViewModel(ThemeManager themes, ReadOnlyStringProperty workspaceDescription) {
        this.themes = Objects.requireNonNull(themes);
        this.workspace = new WorkspaceViewModel(Objects.requireNonNull(workspaceDescription));
    }

    /**
     * Connects the sections once the workspace is open; each reads its state on the task executor.
     *
     * @param clock   the scout's time zone, for the refresh's day and time
     * @param openUrl the desktop's way to open an address ({@code HostServices::showDocument}), for the folder
     */
    public void attach(Services services, TaskExecutor executor, Clock clock, Consumer<String> openUrl) {
        Objects.requireNonNull(executor);
        var config = services.workspaceConfig();
        workspace.attach(config == null ? null : config.folder(), Objects.requireNonNull(openUrl));
        refresh.attach(services.refresh(), config, executor, clock);
        if (services.credentials() != null) {
            CredentialsViewModel model = new CredentialsViewModel(services.credentials(), executor);
            credentials.set(model);
            model.load();
        }
        if (config != null) {
            SourcesViewModel model = new SourcesViewModel(config, executor);
            sources.set(model);
            model.load();
        }
    }

    /**
     * How the window opens another workspace, or null while it cannot (the button is then hidden). For the window,
     * once it can switch workspaces in place.
     */
    public void setWorkspaceSwitcher(Consumer<Path> switcher) {
        workspace.switcherProperty().set(switcher);
    }

    public List<AppTheme> availableThemes() {
        return List.of(AppTheme.values());
    }

    /** Writable: setting it applies and remembers the theme. */
    public ObjectProperty<AppTheme> themeProperty() {
        return themes.themeProperty();
    }

    public ReadOnlyStringProperty workspaceDescriptionProperty() {
        return workspace.descriptionProperty();
    }

    public WorkspaceViewModel workspace() {
        return workspace;
    }

    public RefreshViewModel refresh() {
        return refresh;
    }

    /** Null until the workspace is open, and where the services have no credential use cases. */
    public ReadOnlyObjectProperty<CredentialsViewModel> credentialsProperty() {
        return credentials.getReadOnlyProperty();
    }

    /** Null until the workspace is open, and where there is no scoutdesk.properties to edit. */
    public ReadOnlyObjectProperty<SourcesViewModel> sourcesProperty() {
        return sources.getReadOnlyProperty();
    }
}
