package com.scoutdesk.ui.tags;

import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.service.TagService;
import com.scoutdesk.service.TagUndo;
import com.scoutdesk.service.TagUsage;
import com.scoutdesk.ui.common.BackgroundList;
import com.scoutdesk.ui.common.ErrorMessages;
import com.scoutdesk.ui.common.I18n;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

/**
 * The tag manager's state: the workspace's tags with their counts, what the last change did, and the changes Ctrl+Z
 * can take back, newest first. Every change runs on the executor; its callback (on the FX thread) reads the list
 * again and tells the window ({@code onChanged}) so the filters and the rows show the new names.
 */
public final class TagManagerModel {

    private final TagService tags;
    private final TaskExecutor executor;
    private final Runnable onChanged;
    private final BackgroundList<TagUsage> list;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final Deque<Undoable> undos = new ArrayDeque<>();

    /** @param onChanged called on the FX thread after each change that was written */
    public TagManagerModel(TagService tags, TaskExecutor executor, Runnable onChanged) {
        this.tags = Objects.requireNonNull(tags);
        this.executor = Objects.requireNonNull(executor);
        this.onChanged = Objects.requireNonNull(onChanged);
        this.list = new BackgroundList<>(executor, "tags", tags::list);
    }

    /** Reads the tags and their counts. */
    public void reload() {
        list.refresh();
    }

    public void create(String name, String color) {
        run(() -> {
            TagUsage made = tags.create(name, color);
            return new Done(I18n.tr("tags.created", made.name()), null);
        });
    }

    public void rename(TagUsage tag, String name) {
        run(() -> {
            TagUndo undo = tags.rename(tag.id(), name);
            return new Done(I18n.tr("tags.renamed", tag.name(), name.strip()), new Undoable(undo,
                    I18n.tr("tags.undo.rename", name.strip())));
        });
    }

    /** @param color {@code #rrggbb}, or null to remove the colour */
    public void recolor(TagUsage tag, String color) {
        run(() -> {
            TagUndo undo = tags.recolor(tag.id(), color);
            return new Done(I18n.tr("tags.recolored", tag.name()), new Undoable(undo,
                    I18n.tr("tags.undo.recolor", tag.name())));
        });
    }

    /** Merges {@code merged} into {@code kept}: the others' tracks get it and the others are deleted. */
    public void merge(List<TagUsage> merged, TagUsage kept) {
        List<Long> ids = merged.stream().map(TagUsage::id).filter(id -> id != kept.id()).toList();
        String names = String.join(", ", merged.stream().filter(t -> t.id() != kept.id())
                .map(t -> "'" + t.name() + "'").toList());
        run(() -> {
            TagUndo undo = tags.merge(ids, kept.id());
            int gained = ((TagUndo.Removed) undo).gainedByTarget().size();
            return new Done(I18n.tr("tags.merged", names, kept.name(), gained), new Undoable(undo,
                    I18n.tr("tags.undo.merge", names)));
        });
    }

    public void delete(TagUsage tag) {
        run(() -> {
            TagUndo undo = tags.delete(tag.id());
            return new Done(I18n.tr("tags.deleted", tag.name(), tag.tracks()), new Undoable(undo,
                    I18n.tr("tags.undo.delete", tag.name())));
        });
    }

    /** Takes back the newest change still on the stack (Ctrl+Z); false when there is none. */
    public boolean undo() {
        Undoable last = undos.peek();
        if (last == null || busy.get()) {
            return false;
        }
        busy.set(true);
        error.set("");
        executor.submit("tags-undo", () -> {
            tags.undo(last.undo());
            return last;
        }, done -> {
            undos.remove(done);
            finished(new Done(I18n.tr("tags.undone", done.label()), null));
        }, this::failed);
        return true;
    }

    public ObservableList<TagUsage> rows() {
        return list.rows();
    }

    /** Why the tags could not be read, or null. */
    public ReadOnlyStringProperty listErrorProperty() {
        return list.errorMessageProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** What Ctrl+Z would take back, for its tooltip; empty when nothing. */
    public String nextUndo() {
        Undoable last = undos.peek();
        return last == null ? "" : last.label();
    }

    public void dispose() {
        list.dispose();
    }

    private void run(Callable<Done> change) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        executor.submit("tags-change", change, this::finished, this::failed);
    }

    private void finished(Done done) {
        if (done.undo() != null) {
            undos.push(done.undo());
        }
        canUndo.set(!undos.isEmpty());
        message.set(done.message());
        busy.set(false);
        reload();
        onChanged.run();
    }

    private void failed(Throwable e) {
        busy.set(false);
        error.set(ErrorMessages.of(e));
        reload(); // another window may have changed the tags; show them as they are
    }

    private record Done(String message, Undoable undo) {
    }

    private record Undoable(TagUndo undo, String label) {
    }
}
