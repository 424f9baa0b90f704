package com.scoutdesk.ui.settings;

import com.scoutdesk.ui.common.I18n;
import java.io.File;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;

/** The workspace: what it is, Reveal in file manager, and Open another workspace when the window can. */
final class WorkspaceSection {

    private WorkspaceSection() {
    }

    static Node create(WorkspaceViewModel model) {
        TextField description = new TextField();
        description.setId("workspace-description");
        description.setEditable(false);
        description.getStyleClass().add("read-only");
        description.textProperty().bind(model.descriptionProperty());

        Button reveal = new Button(I18n.tr("settings.workspace.reveal"));
        reveal.setId("workspace-reveal");
        reveal.setOnAction(e -> model.reveal());
        showWhen(reveal, model.folderProperty().isNotNull());

        Button another = new Button(I18n.tr("settings.workspace.openAnother"));
        another.setId("workspace-open-another");
        another.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(I18n.tr("settings.workspace.chooseTitle"));
            if (model.folderProperty().get() != null && model.folderProperty().get().getParent() != null) {
                File parent = model.folderProperty().get().getParent().toFile();
                if (parent.isDirectory()) {
                    chooser.setInitialDirectory(parent);
                }
            }
            File chosen = chooser.showDialog(another.getScene().getWindow());
            if (chosen != null) {
                model.openAnother(chosen.toPath());
            }
        });
        showWhen(another, model.switcherProperty().isNotNull());

        Button backups = new Button(I18n.tr("settings.workspace.backups"));
        backups.setId("workspace-backups");
        backups.setOnAction(e -> model.showBackups());
        showWhen(backups, model.backupsProperty().isNotNull());

        GridPane form = SettingsForms.form();
        form.addRow(0, SettingsForms.label(I18n.tr("settings.workspace.folder")), description);
        form.add(new HBox(8, reveal, another, backups), 1, 1);
        return SettingsForms.section("settings-workspace", I18n.tr("settings.section.workspace"), form);
    }

    private static void showWhen(Node node, javafx.beans.binding.BooleanExpression condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
