package com.scoutdesk.ui;

import atlantafx.base.theme.Styles;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Icons;
import com.scoutdesk.ui.common.Panels;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The panels shown instead of the pages while the workspace opens, or when it could not be opened. */
final class ShellPanels {

    private ShellPanels() {
    }

    static VBox opening() {
        VBox box = Panels.progress(I18n.tr("shell.opening"));
        box.setId("opening-panel");
        return box;
    }

    /** The failure in plain words, never a stack trace. */
    static VBox failure(ObservableStringValue message) {
        Label title = new Label(I18n.tr("shell.failed.title"), Icons.of(Feather.ALERT_TRIANGLE, 22));
        title.getStyleClass().addAll(Styles.TITLE_3, Styles.DANGER);
        Label text = new Label();
        text.setId("failure-message");
        text.setWrapText(true);
        text.textProperty().bind(message);
        Label hint = new Label(I18n.tr("shell.failed.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);

        VBox panel = new VBox(12, title, text, hint);
        panel.getStyleClass().add("failure-panel");
        panel.setMaxWidth(620);
        panel.setMaxHeight(VBox.USE_PREF_SIZE);
        VBox centre = new VBox(panel);
        centre.setAlignment(Pos.CENTER);
        centre.setId("failure-panel");
        return centre;
    }
}
