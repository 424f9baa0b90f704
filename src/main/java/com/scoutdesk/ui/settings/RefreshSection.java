package com.scoutdesk.ui.settings;

import atlantafx.base.theme.Styles;
import com.scoutdesk.ui.common.I18n;
import java.time.DayOfWeek;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/** The weekly refresh: on or off, its day and time in the scout's zone, and the last and next run. */
final class RefreshSection {

    private RefreshSection() {
    }

    static Node create(RefreshViewModel model) {
        CheckBox enabled = new CheckBox(I18n.tr("settings.weeklyRefresh"));
        enabled.setId("weekly-refresh");
        enabled.selectedProperty().bindBidirectional(model.enabledProperty());
        enabled.disableProperty().bind(model.availableProperty().not());
        Label runs = SettingsForms.hint("");
        runs.setId("weekly-refresh-text");
        runs.textProperty().bind(model.runsProperty());

        ComboBox<DayOfWeek> day = new ComboBox<>(FXCollections.observableArrayList(DayOfWeek.values()));
        day.setId("refresh-day");
        day.setConverter(new StringConverter<>() {
            @Override
            public String toString(DayOfWeek value) {
                return value == null ? "" : RefreshViewModel.title(value);
            }

            @Override
            public DayOfWeek fromString(String string) {
                return null;
            }
        });
        day.valueProperty().bindBidirectional(model.dayProperty());
        TextField time = new TextField();
        time.setId("refresh-time");
        time.setPrefColumnCount(5);
        time.textProperty().bindBidirectional(model.timeProperty());
        Button save = new Button(I18n.tr("settings.save"));
        save.setId("refresh-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> model.saveTime());
        HBox when = new HBox(8, day, time, save);
        when.disableProperty().bind(model.editableProperty().not().or(model.availableProperty().not()));
        Label zone = SettingsForms.hint("");
        zone.setId("refresh-zone");
        zone.textProperty().bind(model.zoneTextProperty());

        GridPane form = SettingsForms.form();
        form.addRow(0, SettingsForms.label(I18n.tr("settings.refresh")), enabled);
        form.add(runs, 1, 1);
        form.addRow(2, SettingsForms.label(I18n.tr("settings.refresh.when")), when);
        form.add(zone, 1, 3);
        Label nextOpen = SettingsForms.hint(I18n.tr("settings.appliesNextOpen"));
        nextOpen.visibleProperty().bind(model.editableProperty());
        nextOpen.managedProperty().bind(model.editableProperty());
        form.add(nextOpen, 1, 4);
        Label snapshot = SettingsForms.hint("");
        snapshot.setId("weekly-snapshot-text");
        snapshot.setWrapText(true);
        snapshot.textProperty().bind(model.snapshotProperty());
        form.addRow(5, SettingsForms.label(I18n.tr("settings.snapshot.label")), snapshot);
        Label message = SettingsForms.message("refresh-message", model.messageProperty());
        return SettingsForms.section("settings-refresh", I18n.tr("settings.section.refresh"), form, message);
    }
}
