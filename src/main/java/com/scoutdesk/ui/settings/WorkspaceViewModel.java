package com.scoutdesk.ui.settings;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The workspace folder, with the desktop's ways to reveal it and to open another one. Both come from the window:
 * the view model never touches the desktop itself (no java.awt, nothing on the FX thread that may block).
 */
public final class WorkspaceViewModel {

    private final ReadOnlyStringProperty description;
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>(this, "folder");
    private final ObjectProperty<Consumer<Path>> switcher = new SimpleObjectProperty<>(this, "switcher");
    private final ObjectProperty<Runnable> backups = new SimpleObjectProperty<>(this, "backups");
    private Consumer<String> openUrl = url -> { };

    WorkspaceViewModel(ReadOnlyStringProperty description) {
        this.description = description;
    }

    void attach(Path workspaceFolder, Consumer<String> opener) {
        this.openUrl = opener;
        folder.set(workspaceFolder);
    }

    /** Opens the folder in the file manager, as a file: URI handed to the desktop. */
    public void reveal() {
        Path path = folder.get();
        if (path != null) {
            openUrl.accept(path.toUri().toString());
        }
    }

    /** Hands the chosen folder to the window, which opens it; does nothing if the window cannot. */
    public void openAnother(Path chosen) {
        Consumer<Path> open = switcher.get();
        if (open != null && chosen != null) {
            open.accept(chosen);
        }
    }

    /** Opens the workspace's backups; does nothing where it has none. */
    public void showBackups() {
        Runnable open = backups.get();
        if (open != null) {
            open.run();
        }
    }

    /** How the window opens the backups dialog; null (and the button hidden) for a workspace without backups. */
    public ObjectProperty<Runnable> backupsProperty() {
        return backups;
    }

    /** "Workspace /home/…" or the shared database's description. */
    public ReadOnlyStringProperty descriptionProperty() {
        return description;
    }

    /** The workspace folder; null until it is open, or where it is not known. */
    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder.getReadOnlyProperty();
    }

    /**
     * How the window opens another workspace; null (and the button hidden) while the window has no way to, so the
     * page never relaunches anything behind the scout's back.
     */
    public ObjectProperty<Consumer<Path>> switcherProperty() {
        return switcher;
    }
}
