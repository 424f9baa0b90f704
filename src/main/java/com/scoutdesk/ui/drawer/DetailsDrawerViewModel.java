package com.scoutdesk.ui.drawer;

import com.scoutdesk.concurrent.BackgroundTask;
import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.service.ContactDetails;
import com.scoutdesk.service.ContactService;
import com.scoutdesk.service.FieldValue;
import com.scoutdesk.service.TrackCredit;
import com.scoutdesk.service.TrackDetails;
import com.scoutdesk.service.TrackHistoryService;
import com.scoutdesk.service.TrackService;
import com.scoutdesk.ui.common.ErrorMessages;
import com.scoutdesk.ui.common.I18n;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The details drawer's state and commands: which track is open, its content as last read, and the scout's edits
 * (field overrides, contacts, tags, notes). Every service call runs through the {@link TaskExecutor}; each read
 * or write takes a sequence number and only the latest one's answer is shown, so a slow answer for a track the scout
 * has left never replaces the one in front of them.
 */
public final class DetailsDrawerViewModel {

    private final TrackService tracks;
    private final ContactService contacts;
    private final TrackHistoryService history;
    private final TaskExecutor executor;
    private final Clock clock;

    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<DrawerContent> content = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper editingField = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<FieldProblem> fieldProblem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper leadError = new ReadOnlyStringWrapper("");
    private final StringProperty overrideText = new SimpleStringProperty("");
    private final Map<Long, ContactEditorModel> contactEditors = new LinkedHashMap<>();

    private long trackId = -1;
    private long sequence;
    private BackgroundTask running = BackgroundTask.DONE;

    public DetailsDrawerViewModel(TrackService tracks, ContactService contacts, TrackHistoryService history,
                                  TaskExecutor executor, Clock clock) {
        this.tracks = tracks;
        this.contacts = contacts;
        this.history = history;
        this.executor = executor;
        this.clock = clock;
    }

    /** Opens the drawer on a track and reads its details; a track already open is read again. */
    public void show(long id) {
        if (id != trackId) {
            content.set(null);
            contactEditors.clear();
            editingField.set(null);
            fieldProblem.set(null);
            leadError.set("");
        }
        trackId = id;
        showing.set(true);
        reload();
    }

    /** The track the drawer is open on; empty when it is closed. */
    public OptionalLong openTrack() {
        return showing.get() && trackId >= 0 ? OptionalLong.of(trackId) : OptionalLong.empty();
    }

    /** Reads the open track again (enrichment finished a tier, or the scout asked). */
    public void reload() {
        if (trackId < 0) {
            return;
        }
        long id = trackId;
        run("drawer-load", () -> read(id), loaded -> { }, failure -> error.set(I18n.tr("drawer.loadFailed",
                ErrorMessages.of(failure))));
    }

    public void close() {
        showing.set(false);
        running.cancel();
        sequence++;
        loading.set(false);
    }

    /** Shows the editor of a field's manual value. */
    public void startOverride(String field) {
        DrawerContent shown = content.get();
        overrideText.set(shown == null ? "" : shown.details().field(field).flatMap(FieldValue::knownValue)
                .map(String::valueOf).orElse(""));
        fieldProblem.set(null);
        editingField.set(field);
    }

    public void cancelOverride() {
        editingField.set(null);
        fieldProblem.set(null);
    }

    /** Sets the field to the scout's value; a value the field cannot take is shown under the editor, not saved. */
    public void override(String field, String text) {
        long id = trackId;
        run("drawer-override", () -> {
            tracks.overrideField(id, field, text);
            return read(id);
        }, loaded -> cancelOverride(), failure -> fieldProblem.set(new FieldProblem(field,
                ErrorMessages.of(failure))));
    }

    /** Sets the field being edited to what the scout typed in its editor ({@link #overrideTextProperty()}). */
    public void saveOverride() {
        String field = editingField.get();
        if (field != null) {
            override(field, overrideText.get());
        }
    }

    /** Lets enrichment write the field again. */
    public void revert(String field) {
        long id = trackId;
        run("drawer-revert", () -> {
            tracks.clearOverride(id, field);
            return read(id);
        }, loaded -> fieldProblem.set(null), failure -> fieldProblem.set(new FieldProblem(field,
                ErrorMessages.of(failure))));
    }

    /** Replaces the track's tags with the comma-separated ones typed. */
    public void saveTags(String text) {
        List<String> tags = Arrays.stream(text == null ? new String[0] : text.split(","))
                .map(String::strip).filter(t -> !t.isEmpty()).toList();
        long id = trackId;
        writeLead(() -> {
            tracks.setTags(id, tags);
            return read(id);
        });
    }

    public void saveNotes(String text) {
        long id = trackId;
        writeLead(() -> {
            tracks.setNotes(id, text);
            return read(id);
        });
    }

    private void writeLead(Callable<DrawerContent> write) {
        run("drawer-lead", write, loaded -> leadError.set(""), failure -> leadError.set(ErrorMessages.of(failure)));
    }

    /** Saves the person's contact when what was typed passes the checks; otherwise nothing is written. */
    public void saveContact(ContactEditorModel editor) {
        if (!editor.isValid()) {
            return;
        }
        long id = trackId;
        Long contactId = editor.contactId();
        var draft = editor.draft();
        ContactDetails[] stored = new ContactDetails[1];
        run("drawer-contact", () -> {
            stored[0] = contactId == null ? contacts.add(draft) : contacts.edit(contactId, draft);
            return read(id);
        }, loaded -> editor.savedAs(stored[0], I18n.tr("drawer.contact.saved")),
                failure -> editor.failed(ErrorMessages.of(failure)));
    }

    /** The contact form of each person credited on the open track, in credit order, filled from stored contacts. */
    public List<ContactEditorModel> contactEditors() {
        return List.copyOf(contactEditors.values());
    }

    private DrawerContent read(long id) {
        TrackDetails details = tracks.details(id);
        return new DrawerContent(details, history.history(id));
    }

    /** Runs work that ends in fresh content; only the latest submitted work's answer is taken. */
    private void run(String name, Callable<DrawerContent> work, Consumer<DrawerContent> then,
                     Consumer<Throwable> onError) {
        long ticket = ++sequence;
        loading.set(true);
        error.set("");
        running = executor.submit(name, work, loaded -> {
            if (ticket == sequence) {
                loading.set(false);
                accept(loaded);
                then.accept(loaded);
            }
        }, failure -> {
            if (ticket == sequence) {
                loading.set(false);
                onError.accept(failure);
            }
        });
    }

    private void accept(DrawerContent loaded) {
        Map<Long, ContactDetails> byPerson = new LinkedHashMap<>();
        loaded.details().contacts().stream().filter(c -> c.personId() != null)
                .forEach(c -> byPerson.putIfAbsent(c.personId(), c));
        for (TrackCredit credit : loaded.details().credits()) {
            contactEditors.computeIfAbsent(credit.personId(), p -> {
                ContactEditorModel editor = new ContactEditorModel(p, credit.personName());
                editor.load(byPerson.get(p));
                return editor;
            });
        }
        content.set(loaded);
    }

    public Clock clock() {
        return clock;
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Why the last read failed; "" when it did not. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The open track's content; null while the first read is on its way. */
    public ReadOnlyObjectProperty<DrawerContent> contentProperty() {
        return content.getReadOnlyProperty();
    }

    /** The field whose manual value is being typed; null when none. */
    public ReadOnlyStringProperty editingFieldProperty() {
        return editingField.getReadOnlyProperty();
    }

    /** What the scout is typing as the edited field's manual value. */
    public StringProperty overrideTextProperty() {
        return overrideText;
    }

    /** Why the last override or revert was refused; null when it was not. */
    public ReadOnlyObjectProperty<FieldProblem> fieldProblemProperty() {
        return fieldProblem.getReadOnlyProperty();
    }

    /** Why the last tag or notes change was refused; "" when it was not. */
    public ReadOnlyStringProperty leadErrorProperty() {
        return leadError.getReadOnlyProperty();
    }
}
