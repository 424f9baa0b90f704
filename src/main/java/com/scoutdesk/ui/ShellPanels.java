package com.scoutdesk.ui;

import atlantafx.base.theme.Styles;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Icons;
import com.scoutdesk.ui.common.Panels;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
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

    /**
     * The failure in plain words, never a stack trace, with what a desktop user can do about it: open another folder
     * (when the window can) or quit. A workspace held by another ScoutDesk gets a title and hint of its own.
     */
    static VBox failure(ObservableStringValue message, boolean inUse, Runnable openAnother, Runnable quit) {
        Label title = new Label(I18n.tr(inUse ? "shell.inUse.title" : "shell.failed.title"),
                Icons.of(inUse ? Feather.LOCK : Feather.ALERT_TRIANGLE, 22));
        title.getStyleClass().addAll(Styles.TITLE_3, inUse ? Styles.TEXT : Styles.DANGER);
        title.setId("failure-title");
        Label text = new Label();
        text.setId("failure-message");
        text.setWrapText(true);
        text.textProperty().bind(message);
        Label hint = new Label(I18n.tr(inUse ? "shell.inUse.hint" : "shell.failed.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);

        Button quitButton = new Button(I18n.tr("shell.quit"));
        quitButton.setId("failure-quit");
        quitButton.setOnAction(e -> quit.run());
        HBox actions = new HBox(8);
        if (openAnother != null) {
            Button another = new Button(I18n.tr("shell.openAnother"), Icons.of(Feather.FOLDER, 14));
            another.setId("failure-open-another");
            another.getStyleClass().add(Styles.ACCENT);
            another.setDefaultButton(true);
            another.setOnAction(e -> openAnother.run());
            actions.getChildren().add(another);
        }
        actions.getChildren().add(quitButton);

        VBox panel = new VBox(12, title, text, hint, actions);
        panel.getStyleClass().add("failure-panel");
        if (inUse) {
            panel.getStyleClass().add("in-use");
        }
        panel.setMaxWidth(620);
        panel.setMaxHeight(VBox.USE_PREF_SIZE);
        VBox centre = new VBox(panel);
        centre.setAlignment(Pos.CENTER);
        centre.setId("failure-panel");
        return centre;
    }
}
