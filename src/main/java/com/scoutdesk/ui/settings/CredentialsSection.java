package com.scoutdesk.ui.settings;

import com.scoutdesk.ui.common.I18n;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.VBox;

/** The credentials of every provider and the store they are kept in; shown once the workspace is open. */
final class CredentialsSection {

    private CredentialsSection() {
    }

    static Node create(ObservableValue<CredentialsViewModel> models) {
        Label store = new Label();
        store.setId("credentials-store");
        store.setWrapText(true);
        Label error = new Label();
        error.setWrapText(true);
        VBox providers = new VBox(16);
        VBox section = SettingsForms.section("settings-credentials", I18n.tr("settings.section.credentials"),
                store, SettingsForms.hint(I18n.tr("settings.credentials.intro")), error, providers);
        section.managedProperty().bind(section.visibleProperty());
        section.setVisible(false);
        // subscribe: the current model too, since the page may be built after the workspace opened
        models.subscribe(model -> {
            if (model == null) {
                section.setVisible(false);
                return;
            }
            store.textProperty().bind(model.storeProperty().map(s -> s.isEmpty() ? ""
                    : I18n.tr("settings.credentials.store") + ": " + s));
            error.textProperty().bind(model.errorProperty());
            model.providers().addListener((ListChangeListener<ProviderCredentialsViewModel>) c -> fill(providers,
                    model));
            fill(providers, model);
            section.setVisible(true);
        });
        return section;
    }

    private static void fill(VBox providers, CredentialsViewModel model) {
        providers.getChildren().clear();
        for (ProviderCredentialsViewModel provider : model.providers()) {
            if (!providers.getChildren().isEmpty()) {
                providers.getChildren().add(new Separator());
            }
            providers.getChildren().add(ProviderCredentialsPane.create(provider));
        }
    }
}
