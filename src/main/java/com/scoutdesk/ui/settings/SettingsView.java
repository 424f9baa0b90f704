package com.scoutdesk.ui.settings;

import atlantafx.base.theme.Styles;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Panels;
import com.scoutdesk.ui.theme.AppTheme;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Theme switch and the read-only workspace description. */
public final class SettingsView {

    private final VBox root;

    public SettingsView(SettingsViewModel model) {
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

        TextField workspace = new TextField();
        workspace.setId("workspace-description");
        workspace.setEditable(false);
        workspace.getStyleClass().add("read-only");
        workspace.textProperty().bind(model.workspaceDescriptionProperty());

        CheckBox refresh = new CheckBox(I18n.tr("settings.weeklyRefresh"));
        refresh.setId("weekly-refresh");
        refresh.selectedProperty().bindBidirectional(model.weeklyRefreshProperty());
        refresh.disableProperty().bind(model.refreshAvailableProperty().not());
        Label refreshText = new Label();
        refreshText.setId("weekly-refresh-text");
        refreshText.getStyleClass().add(Styles.TEXT_MUTED);
        refreshText.setWrapText(true);
        refreshText.textProperty().bind(model.refreshTextProperty());

        GridPane form = new GridPane();
        form.setHgap(16);
        form.setVgap(12);
        form.getColumnConstraints().addAll(new ColumnConstraints(), grow());
        form.addRow(0, label(I18n.tr("settings.theme")), theme);
        form.addRow(1, label(I18n.tr("settings.workspace")), workspace);
        form.addRow(2, label(I18n.tr("settings.refresh")), new VBox(4, refresh, refreshText));
        form.setMaxWidth(720);

        root = new VBox(16, Panels.pageTitle(I18n.tr("settings.title")), form);
        root.setId("settings");
        root.setPadding(new Insets(16));
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        return column;
    }

    public Node root() {
        return root;
    }
}
