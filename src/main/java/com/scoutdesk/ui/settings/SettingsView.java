package com.scoutdesk.ui.settings;

import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Panels;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** The Settings page: one section a concern, in a page that scrolls. */
public final class SettingsView {

    private final ScrollPane root;

    public SettingsView(SettingsViewModel model) {
        VBox page = new VBox(24, Panels.pageTitle(I18n.tr("settings.title")),
                AppearanceSection.create(model),
                WorkspaceSection.create(model.workspace()),
                CredentialsSection.create(model.credentialsProperty()),
                SourcesSection.create(model.sourcesProperty()),
                RefreshSection.create(model.refresh()));
        page.setPadding(new Insets(16, 24, 32, 16));
        root = new ScrollPane(page);
        root.setId("settings");
        root.setFitToWidth(true);
        root.getStyleClass().add("edge-to-edge");
    }

    public Node root() {
        return root;
    }
}
