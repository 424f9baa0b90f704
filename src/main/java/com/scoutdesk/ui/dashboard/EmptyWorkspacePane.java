package com.scoutdesk.ui.dashboard;

import atlantafx.base.theme.Styles;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Icons;
import com.scoutdesk.ui.common.Panels;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** What the dashboard shows while the workspace holds nothing: the offer to load the sample. */
final class EmptyWorkspacePane {

    private EmptyWorkspacePane() {
    }

    static VBox create(DashboardViewModel model) {
        Label title = new Label(I18n.tr("empty.title"), Icons.of(Feather.INBOX, 28));
        title.getStyleClass().add(Styles.TITLE_2);

        Label text = wrapped(I18n.tr("empty.text"));

        Button load = new Button(I18n.tr("empty.loadSample"), Icons.of(Feather.DOWNLOAD));
        load.setId("load-sample");
        load.getStyleClass().add(Styles.ACCENT);
        load.setDefaultButton(true);
        load.disableProperty().bind(model.sampleLoadingProperty());
        load.setOnAction(e -> model.loadSample());

        ProgressIndicator spinner = Panels.smallSpinner();
        spinner.visibleProperty().bind(model.sampleLoadingProperty());
        Label progress = new Label(I18n.tr("empty.loading"));
        progress.visibleProperty().bind(model.sampleLoadingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        HBox actions = new HBox(10, load, spinner, progress);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label error = Panels.errorLine();
        error.setId("sample-error");
        error.textProperty().bind(model.sampleErrorProperty());

        Label note = wrapped(I18n.tr("empty.note"));
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        VBox content = new VBox(16, title, text, actions, error, note);
        content.getStyleClass().add("empty-state");
        content.setMaxWidth(560);
        content.setMaxHeight(VBox.USE_PREF_SIZE);
        VBox centre = new VBox(content);
        centre.setAlignment(Pos.CENTER);
        centre.setId("empty-workspace");
        return centre;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
