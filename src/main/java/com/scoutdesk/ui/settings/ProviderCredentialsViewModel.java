package com.scoutdesk.ui.settings;

import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.service.CredentialField;
import com.scoutdesk.service.CredentialService;
import com.scoutdesk.service.CredentialStatus;
import com.scoutdesk.service.CredentialTestResult;
import com.scoutdesk.service.CredentialVerdict;
import com.scoutdesk.ui.common.ErrorMessages;
import com.scoutdesk.ui.common.I18n;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One provider's credentials on the Settings page: its fields, Save, Remove and Test connection, each run on the
 * task executor (the keyring may ask to be unlocked, and a test is a network call).
 */
public final class ProviderCredentialsViewModel {

    private final String provider;
    private final String displayName;
    private final List<CredentialFieldViewModel> fields;
    private final CredentialService service;
    private final TaskExecutor executor;
    private final Runnable reload;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<CredentialVerdict> verdict = new ReadOnlyObjectWrapper<>(this, "verdict");
    private final ReadOnlyStringWrapper verdictText = new ReadOnlyStringWrapper(this, "verdictText", "");

    ProviderCredentialsViewModel(String provider, String displayName, List<CredentialField> fields,
                                 CredentialService service, TaskExecutor executor, Runnable reload) {
        this.provider = provider;
        this.displayName = displayName;
        this.fields = fields.stream().map(CredentialFieldViewModel::new).toList();
        this.service = service;
        this.executor = executor;
        this.reload = reload;
    }

    public String provider() {
        return provider;
    }

    public String displayName() {
        return displayName;
    }

    public List<CredentialFieldViewModel> fields() {
        return fields;
    }

    /** Shows where each value comes from, from a fresh {@link CredentialService#list()}. */
    void show(List<CredentialStatus> statuses) {
        for (CredentialFieldViewModel field : fields) {
            statuses.stream().filter(s -> s.name().equals(field.name())).findFirst()
                    .ifPresent(s -> field.status(statusText(s)));
        }
    }

    static String statusText(CredentialStatus status) {
        if (!status.isSet()) {
            return I18n.tr("settings.credentials.status.notSet");
        }
        return switch (status.source()) {
            case "environment" -> I18n.tr("settings.credentials.status.environment");
            case "OS keyring" -> I18n.tr("settings.credentials.status.KEYRING");
            case "scoutdesk.properties" -> I18n.tr("settings.credentials.status.PROPERTIES");
            default -> I18n.tr("settings.credentials.status.FILE");
        };
    }

    /** Saves what was typed; the typed values are cleared whether or not the store took them. */
    public void save() {
        Map<String, String> values = new HashMap<>();
        fields.forEach(f -> values.put(f.name(), f.inputProperty().get()));
        fields.forEach(f -> f.inputProperty().set(""));
        run("credentials-save", () -> {
            List<String> notes = service.set(provider, values);
            return String.join(" ", prepend(I18n.tr("settings.credentials.saved", displayName), notes));
        });
    }

    public void remove() {
        run("credentials-delete", () -> I18n.tr("settings.credentials.removed", service.delete(provider),
                displayName));
    }

    /** Tests the saved values (or the environment's) with one cheap real call, in the background. */
    public void test() {
        busy.set(true);
        verdict.set(null);
        verdictText.set(I18n.tr("settings.credentials.testing", displayName));
        executor.submit("credentials-test", () -> service.test(provider), this::tested, error -> {
            busy.set(false);
            verdict.set(CredentialVerdict.FAILED);
            verdictText.set(I18n.tr("settings.credentials.verdict.FAILED") + " — " + ErrorMessages.of(error));
        });
    }

    private void tested(CredentialTestResult result) {
        busy.set(false);
        verdict.set(result.verdict());
        verdictText.set(I18n.tr("settings.credentials.verdict." + result.verdict().name()) + " — "
                + result.detail());
    }

    private void run(String name, java.util.concurrent.Callable<String> work) {
        busy.set(true);
        message.set("");
        executor.submit(name, work, done -> {
            busy.set(false);
            message.set(done);
            verdict.set(null);
            verdictText.set("");
            reload.run();
        }, error -> {
            busy.set(false);
            message.set(ErrorMessages.of(error));
        });
    }

    private static List<String> prepend(String first, List<String> rest) {
        java.util.ArrayList<String> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the last Save or Remove did, or why it could not. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The last test's verdict; null before a test and while one runs. */
    public ReadOnlyObjectProperty<CredentialVerdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** E.g. "Rejected: bad credentials — Spotify refused the client id and secret". */
    public ReadOnlyStringProperty verdictTextProperty() {
        return verdictText.getReadOnlyProperty();
    }
}
