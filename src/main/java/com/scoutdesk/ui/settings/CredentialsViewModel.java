package com.scoutdesk.ui.settings;

import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.service.CredentialField;
import com.scoutdesk.service.CredentialService;
import com.scoutdesk.service.CredentialStatus;
import com.scoutdesk.ui.common.ErrorMessages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Credentials section: which store is in use and one {@link ProviderCredentialsViewModel} a provider. */
public final class CredentialsViewModel {

    private final CredentialService service;
    private final TaskExecutor executor;
    private final ReadOnlyStringWrapper store = new ReadOnlyStringWrapper(this, "store", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ObservableList<ProviderCredentialsViewModel> providers = FXCollections.observableArrayList();

    /** What the store and the provider list say, read together in the background. */
    private record Snapshot(String store, Map<String, List<CredentialField>> fields,
                            Map<String, String> names, List<CredentialStatus> statuses) {
    }

    CredentialsViewModel(CredentialService service, TaskExecutor executor) {
        this.service = service;
        this.executor = executor;
    }

    /** Reads the store's description, the providers and where each value comes from. */
    void load() {
        executor.submit("credentials-read", this::read, this::show, e -> error.set(ErrorMessages.of(e)));
    }

    private Snapshot read() {
        Map<String, List<CredentialField>> fields = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (String provider : service.providers()) {
            fields.put(provider, service.fields(provider));
            names.put(provider, service.displayName(provider));
        }
        return new Snapshot(service.storeDescription(), fields, names, service.list());
    }

    private void show(Snapshot snapshot) {
        store.set(snapshot.store());
        error.set("");
        if (providers.isEmpty()) {
            snapshot.fields().forEach((provider, fields) -> providers.add(new ProviderCredentialsViewModel(provider,
                    snapshot.names().getOrDefault(provider, provider), fields, service, executor, this::reloadStatus)));
        }
        providers.forEach(p -> p.show(snapshot.statuses()));
    }

    private void reloadStatus() {
        executor.submit("credentials-status", service::list, statuses -> providers.forEach(p -> p.show(statuses)),
                e -> error.set(ErrorMessages.of(e)));
    }

    /** E.g. "OS keyring (Secret Service)" or the private file's path. */
    public ReadOnlyStringProperty storeProperty() {
        return store.getReadOnlyProperty();
    }

    /** Why the store could not be read, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ObservableList<ProviderCredentialsViewModel> providers() {
        return FXCollections.unmodifiableObservableList(providers);
    }
}
