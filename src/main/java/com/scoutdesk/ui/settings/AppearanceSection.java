package com.scoutdesk.ui.settings;

import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.theme.AppTheme;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

/** The theme choice, applied at once and remembered for the user. */
final class AppearanceSection {

    private AppearanceSection() {
    }

    static Node create(SettingsViewModel model) {
        ComboBox<AppTheme> theme = new ComboBox<>(FXCollections.observableArrayList(model.availableThemes()));
        theme.setId("theme-choice");
        theme.setConverter(new StringConverter<>() {
            @Override
            public String toString(AppTheme value) {
                return value == null ? "" : I18n.tr("settings.theme." + value.name());
            }

            @Override
            public AppTheme fromString(String string) {
                return null;
            }
        });
        theme.valueProperty().bindBidirectional(model.themeProperty());
        GridPane form = SettingsForms.form();
        form.addRow(0, SettingsForms.label(I18n.tr("settings.theme")), theme);
        return SettingsForms.section("settings-appearance", I18n.tr("settings.section.appearance"), form);
    }
}
