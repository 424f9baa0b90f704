package com.scoutdesk.ui;

import atlantafx.base.controls.Spacer;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Icons;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;

/** The bottom bar: which workspace is open, and a badge while it holds sample data. */
final class StatusBar {

    private StatusBar() {
    }

    static HBox create(MainViewModel model) {
        Label workspace = new Label();
        workspace.setId("workspace-status");
        workspace.setGraphic(Icons.of(Feather.DATABASE, 14));
        workspace.textProperty().bind(Bindings.createStringBinding(() -> statusText(model),
                model.stateProperty(), model.workspaceDescriptionProperty()));

        Label sample = new Label(I18n.tr("status.sample"), Icons.of(Feather.ALERT_CIRCLE, 12));
        sample.setId("sample-badge");
        sample.getStyleClass().add("badge");
        sample.setTooltip(new Tooltip(I18n.tr("status.sample.tooltip")));
        sample.visibleProperty().bind(model.sampleProperty());
        sample.managedProperty().bind(sample.visibleProperty());

        HBox bar = new HBox(8, workspace, new Spacer(), sample);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private static String statusText(MainViewModel model) {
        switch (model.stateProperty().get()) {
            case READY:
                return model.workspaceDescriptionProperty().get();
            case FAILED:
                return I18n.tr("status.noWorkspace");
            default:
                return I18n.tr("shell.opening");
        }
    }
}
