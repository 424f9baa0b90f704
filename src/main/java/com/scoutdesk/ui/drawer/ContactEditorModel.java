package com.scoutdesk.ui.drawer;

import com.scoutdesk.service.ContactCheck;
import com.scoutdesk.service.ContactDetails;
import com.scoutdesk.service.ContactDraft;
import com.scoutdesk.service.ContactStanding;
import com.scoutdesk.ui.common.I18n;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The contact form of one credited person: what the scout typed, checked on every keystroke with the service's own
 * rules ({@link ContactCheck}), so a bad value says why before anything is saved. Saving is the drawer's job
 * ({@link DetailsDrawerViewModel#saveContact}).
 */
public final class ContactEditorModel {

    private final long personId;
    private final String personName;
    private Long contactId;
    private final StringProperty displayName = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty instagram = new SimpleStringProperty("");
    private final StringProperty x = new SimpleStringProperty("");
    private final StringProperty tiktok = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Map<String, String>> problems = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper standing = new ReadOnlyStringWrapper("");

    ContactEditorModel(long personId, String personName) {
        this.personId = personId;
        this.personName = personName;
        InvalidationListener check = changed -> recheck();
        for (StringProperty input : List.of(displayName, email, phone, instagram, x, tiktok, notes)) {
            input.addListener(check);
        }
        displayName.set(personName);
    }

    /** Fills the form from the stored contact; a person without one keeps what the scout is typing. */
    void load(ContactDetails stored) {
        if (stored == null) {
            return;
        }
        contactId = stored.contactId();
        displayName.set(text(stored.displayName()));
        email.set(text(stored.email()));
        phone.set(text(stored.phone()));
        instagram.set(text(stored.instagramUrl()));
        x.set(text(stored.xUrl()));
        tiktok.set(text(stored.tiktokUrl()));
        notes.set(text(stored.notes()));
        standing.set(standingText(stored.standing()));
    }

    /** "Watch · 2,600 streams · 250 views · +23.5 % a week", or "" before the weekly job wrote any. */
    static String standingText(ContactStanding s) {
        if (s == null || s.band() == null) {
            return "";
        }
        String streams = s.totalStreams() == null ? I18n.tr("drawer.contact.standing.noStreams")
                : I18n.tr("drawer.contact.standing.streams", String.format("%,d", s.totalStreams()));
        String views = s.totalViews() == null ? "" : " \u00b7 "
                + I18n.tr("drawer.contact.standing.views", String.format("%,d", s.totalViews()));
        String growth = s.avgGrowthPct() == null ? "" : " \u00b7 "
                + I18n.tr("drawer.contact.standing.growth", String.format("%+.1f", s.avgGrowthPct()));
        return I18n.tr("drawer.contact.standing", I18n.tr("drawer.contact.band." + s.band().name()), streams)
                + views + growth;
    }

    /** The contact's hot-lead band and aggregates from the newest weekly snapshot; "" when there are none. */
    public ReadOnlyStringProperty standingProperty() {
        return standing.getReadOnlyProperty();
    }

    private void recheck() {
        problems.set(ContactCheck.problems(draft()));
        saved.set("");
    }

    ContactDraft draft() {
        return new ContactDraft(personId, displayName.get(), email.get(), phone.get(), instagram.get(), x.get(),
                tiktok.get(), notes.get(), null);
    }

    /** The problem with one value ({@link ContactCheck} keys), or "" when it is fine. */
    public String problem(String input) {
        return problems.get().getOrDefault(input, "");
    }

    public boolean isValid() {
        return problems.get().isEmpty();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    void savedAs(ContactDetails stored, String message) {
        load(stored);
        saveError.set("");
        saved.set(message);
    }

    void failed(String message) {
        saveError.set(message);
        saved.set("");
    }

    public long personId() {
        return personId;
    }

    public String personName() {
        return personName;
    }

    /** The stored contact's number; null until one is saved. */
    public Long contactId() {
        return contactId;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty instagramProperty() {
        return instagram;
    }

    public StringProperty xProperty() {
        return x;
    }

    public StringProperty tiktokProperty() {
        return tiktok;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** Each value that would be refused, keyed as {@link ContactCheck} names them. */
    public ReadOnlyObjectProperty<Map<String, String>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** Why the last save failed; "" when it did not. */
    public ReadOnlyStringProperty saveErrorProperty() {
        return saveError.getReadOnlyProperty();
    }

    /** "Saved" after a save went through, until the scout types again. */
    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }
}
