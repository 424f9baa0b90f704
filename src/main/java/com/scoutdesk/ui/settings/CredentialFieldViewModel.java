package com.scoutdesk.ui.settings;

import com.scoutdesk.service.CredentialField;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One value a provider needs: what the scout types (never filled from the store) and where the saved value comes
 * from, in words. The saved value itself never reaches the page.
 */
public final class CredentialFieldViewModel {

    private final CredentialField field;
    private final StringProperty input = new SimpleStringProperty(this, "input", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    CredentialFieldViewModel(CredentialField field) {
        this.field = field;
    }

    /** The setting's name, e.g. SPOTIFY_CLIENT_SECRET, for ids and the service. */
    public String name() {
        return field.name();
    }

    /** E.g. "client secret". */
    public String label() {
        return field.label();
    }

    /** Typed without echo. */
    public boolean isSecret() {
        return field.secret();
    }

    /** What the scout typed; cleared once saved so a secret does not linger in the page. */
    public StringProperty inputProperty() {
        return input;
    }

    /** "saved in keyring", "from environment", "not set"… */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    void status(String text) {
        status.set(text);
    }
}
