package com.scoutdesk.ui.settings;

import atlantafx.base.theme.Styles;
import com.scoutdesk.service.CredentialVerdict;
import com.scoutdesk.ui.common.I18n;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * One provider's credentials: a field a value (a PasswordField for secrets, always empty when shown), where the
 * saved value comes from, Save, Remove and Test connection with its verdict.
 */
final class ProviderCredentialsPane {

    private static final double LABEL_WIDTH = 110;

    private ProviderCredentialsPane() {
    }

    static Node create(ProviderCredentialsViewModel model) {
        String id = "credentials-" + model.provider();
        Label title = new Label(model.displayName());
        title.getStyleClass().addAll(Styles.TEXT_BOLD);

        GridPane form = SettingsForms.form();
        // One label width for every provider, so their fields line up down the page.
        form.getColumnConstraints().get(0).setMinWidth(LABEL_WIDTH);
        int row = 0;
        for (CredentialFieldViewModel field : model.fields()) {
            TextField input = field.isSecret() ? new PasswordField() : new TextField();
            input.setId("credential-" + field.name());
            input.setPromptText(I18n.tr(field.isSecret() ? "settings.credentials.placeholder.secret"
                    : "settings.credentials.placeholder.text"));
            input.textProperty().bindBidirectional(field.inputProperty());
            input.setPrefColumnCount(28);
            Label status = new Label();
            status.setId("credential-" + field.name() + "-status");
            status.getStyleClass().add(Styles.TEXT_MUTED);
            status.textProperty().bind(field.statusProperty());
            form.addRow(row++, new Label(field.label()), input, status);
        }

        Button save = new Button(I18n.tr("settings.save"));
        save.setId(id + "-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> model.save());
        Button remove = new Button(I18n.tr("settings.credentials.remove"));
        remove.setId(id + "-remove");
        remove.setOnAction(e -> model.remove());
        Button test = new Button(I18n.tr("settings.credentials.test"));
        test.setId(id + "-test");
        test.setOnAction(e -> model.test());
        save.disableProperty().bind(model.busyProperty());
        remove.disableProperty().bind(model.busyProperty());
        test.disableProperty().bind(model.busyProperty());

        Label verdict = SettingsForms.message(id + "-verdict", model.verdictTextProperty());
        model.verdictProperty().addListener((obs, old, now) -> colour(verdict, now));
        Label message = SettingsForms.message(id + "-message", model.messageProperty());
        message.getStyleClass().add(Styles.TEXT_MUTED);

        VBox box = new VBox(8, title, form, new HBox(8, save, remove, test), verdict, message);
        box.setId(id);
        box.getStyleClass().add("settings-provider");
        return box;
    }

    private static void colour(Label label, CredentialVerdict verdict) {
        label.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.WARNING);
        if (verdict == null) {
            return;
        }
        label.getStyleClass().add(switch (verdict) {
            case OK -> Styles.SUCCESS;
            case BAD_CREDENTIALS, FAILED -> Styles.DANGER;
            default -> Styles.WARNING;
        });
    }
}
