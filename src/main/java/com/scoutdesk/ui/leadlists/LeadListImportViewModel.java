package com.scoutdesk.ui.leadlists;

import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.service.LeadListApplied;
import com.scoutdesk.service.LeadListImportService;
import com.scoutdesk.service.LeadListPreview;
import com.scoutdesk.ui.common.I18n;
import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The state of the "Import edited lead list" dialog: the preview of a file, read in the background, and Apply, which
 * writes its changes in the background once the scout confirmed. Nothing is written before Apply.
 */
public final class LeadListImportViewModel {

    private final LeadListImportService service;
    private final TaskExecutor executor;
    private final Runnable onApplied;
    private final ReadOnlyObjectWrapper<LeadListPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper applied = new ReadOnlyBooleanWrapper();

    /** @param onApplied run on the FX thread after the changes were written (the dashboard reloads) */
    public LeadListImportViewModel(LeadListImportService service, TaskExecutor executor, Runnable onApplied) {
        this.service = Objects.requireNonNull(service);
        this.executor = Objects.requireNonNull(executor);
        this.onApplied = Objects.requireNonNull(onApplied);
    }

    /** Reads the file and compares it with the workspace; writes nothing. */
    public void preview(Path file) {
        busy.set(true);
        error.set("");
        status.set(I18n.tr("leadImport.reading", file.getFileName()));
        executor.submit("lead-list-preview", () -> service.preview(file), p -> {
            busy.set(false);
            preview.set(p);
            status.set(summary(p));
        }, this::failed);
    }

    /** Applies the previewed changes, all or nothing. */
    public void apply() {
        LeadListPreview p = preview.get();
        if (p == null || !canApply()) {
            return;
        }
        busy.set(true);
        error.set("");
        executor.submit("lead-list-apply", () -> service.apply(p), done -> {
            busy.set(false);
            applied.set(true);
            status.set(applied(done));
            onApplied.run();
        }, this::failed);
    }

    /** Whether Apply would write something: a preview with changes, not applied yet, nothing running. */
    public boolean canApply() {
        LeadListPreview p = preview.get();
        return p != null && p.hasChanges() && !applied.get() && !busy.get();
    }

    static String summary(LeadListPreview p) {
        return I18n.tr("leadImport.summary", p.fileName(), p.rows(), p.changes().size(), p.unchanged(), p.keptNewer(),
                p.conflicts().size(), p.badRows().size());
    }

    private static String applied(LeadListApplied a) {
        return I18n.tr("leadImport.applied", a.tracks(), a.stages(), a.notes(), a.tags(), a.contacts());
    }

    private void failed(Throwable t) {
        busy.set(false);
        error.set(t.getMessage() == null ? t.toString() : t.getMessage());
    }

    public ReadOnlyObjectProperty<LeadListPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty appliedProperty() {
        return applied.getReadOnlyProperty();
    }
}
