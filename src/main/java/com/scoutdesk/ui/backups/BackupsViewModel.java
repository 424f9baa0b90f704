package com.scoutdesk.ui.backups;

import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.service.backup.BackupInfo;
import com.scoutdesk.service.backup.OpenWorkspaceBackups;
import com.scoutdesk.ui.common.ErrorMessages;
import com.scoutdesk.ui.common.I18n;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The backups dialog's state: the workspace's backups, newest first, and "Back up now". Everything that touches the
 * disk or the database runs on the executor; results land on the FX thread.
 */
public final class BackupsViewModel {

    private final OpenWorkspaceBackups backups;
    private final TaskExecutor executor;
    private final ObservableList<BackupInfo> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(this, "error");

    public BackupsViewModel(OpenWorkspaceBackups backups, TaskExecutor executor) {
        this.backups = Objects.requireNonNull(backups);
        this.executor = Objects.requireNonNull(executor);
        backups.unavailableReason().ifPresent(reason -> say(reason, true));
    }

    /** Reads the list again. */
    public void reload() {
        executor.submit("backups-list", backups::list, rows::setAll,
                failure -> say(I18n.tr("backups.error.list", ErrorMessages.of(failure)), true));
    }

    /** Takes a backup now; the list and the message say where it went. Does nothing while one is taken. */
    public void backUpNow() {
        if (busy.get() || !canBackUp()) {
            return;
        }
        busy.set(true);
        say(I18n.tr("backups.running"), false);
        executor.submit("backup", backups::create, made -> {
            busy.set(false);
            say(I18n.tr("backups.done", made.name(), BackupLabels.size(made.bytes()), backups.folder()), false);
            reload();
        }, failure -> {
            busy.set(false);
            say(I18n.tr("backups.error.create", ErrorMessages.of(failure)), true);
        });
    }

    /** Whether this workspace keeps backups that can be taken from here. */
    public boolean canBackUp() {
        return backups.available();
    }

    /** The folder the backups are in, as a file: URL for the file manager. */
    public String folderUrl() {
        return backups.folder().toUri().toString();
    }

    private void say(String text, boolean isError) {
        message.set(text);
        error.set(isError);
    }

    public ObservableList<BackupInfo> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the last action did or why it failed; empty before any. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
