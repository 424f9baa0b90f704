package com.scoutdesk.ui.dashboard;

import atlantafx.base.theme.Styles;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Icons;
import com.scoutdesk.ui.common.Panels;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * What the dashboard shows while the workspace holds nothing, the scout's first run: add a playlist, import tracks,
 * or open the sample. The first two are what the window can do ({@link #offer}); a dashboard without them (tests,
 * benchmarks) offers the sample only.
 */
final class EmptyWorkspacePane {

    private final VBox root;
    private final Button addPlaylist = new Button(I18n.tr("empty.addPlaylist"), Icons.of(Feather.PLUS));
    private final Button importTracks = new Button(I18n.tr("empty.importTracks"), Icons.of(Feather.UPLOAD));
    private final Button load = new Button(I18n.tr("empty.loadSample"), Icons.of(Feather.DOWNLOAD));

    EmptyWorkspacePane(DashboardViewModel model) {
        Label title = new Label(I18n.tr("empty.title"), Icons.of(Feather.INBOX, 28));
        title.getStyleClass().add(Styles.TITLE_2);
        title.setGraphicTextGap(10);

        Label text = wrapped(I18n.tr("empty.text"));

        addPlaylist.setId("first-add-playlist");
        importTracks.setId("first-import-tracks");
        for (Button hidden : new Button[] {addPlaylist, importTracks}) {
            hidden.setVisible(false);
            hidden.managedProperty().bind(hidden.visibleProperty());
        }
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
        FlowPane actions = new FlowPane(10, 10, addPlaylist, importTracks, load, new HBox(10, spinner, progress));
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setPrefWrapLength(560); // all three on one line in the pane's width; they wrap only when it is narrow

        Label error = Panels.errorLine();
        error.setId("sample-error");
        error.textProperty().bind(model.sampleErrorProperty());

        Label note = wrapped(I18n.tr("empty.note"));
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        VBox content = new VBox(16, title, text, actions, error, note);
        content.getStyleClass().add("empty-state");
        content.setMaxWidth(600);
        content.setMaxHeight(VBox.USE_PREF_SIZE);
        root = new VBox(content);
        root.setAlignment(Pos.CENTER);
        root.setId("empty-workspace");
    }

    VBox root() {
        return root;
    }

    /**
     * Shows the window's first-run actions; adding a playlist becomes the main one, the sample a way to look around.
     *
     * @param importer opens the import dialog, or null to leave the button out
     */
    void offer(Runnable adder, Runnable importer) {
        if (adder != null) {
            addPlaylist.setOnAction(e -> adder.run());
            addPlaylist.setVisible(true);
            addPlaylist.getStyleClass().add(Styles.ACCENT);
            addPlaylist.setDefaultButton(true);
            load.getStyleClass().remove(Styles.ACCENT);
            load.setDefaultButton(false);
        }
        if (importer != null) {
            importTracks.setOnAction(e -> importer.run());
            importTracks.setVisible(true);
        }
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
