package com.scoutdesk.ui.activity;

import atlantafx.base.theme.Styles;
import com.scoutdesk.service.ActivityEntry;
import com.scoutdesk.ui.common.Formats;
import com.scoutdesk.ui.common.I18n;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Below the table: the selected entry's readable kind, time, actor and outcome, its whole message wrapped (the
 * table cuts long ones), and links to its track and playlist.
 */
final class ActivityDetailPane {

    private final VBox root;
    private final Label title = new Label();
    private final Label meta = new Label();
    private final Label message = new Label();
    private final Hyperlink track = new Hyperlink();
    private final Hyperlink playlist = new Hyperlink();

    ActivityDetailPane(ActivityViewModel model) {
        title.setId("activity-detail-title");
        title.getStyleClass().add(Styles.TITLE_4);
        meta.setId("activity-detail-meta");
        meta.getStyleClass().add(Styles.TEXT_MUTED);
        message.setId("activity-detail-message");
        message.setWrapText(true);
        message.setMinHeight(Label.USE_PREF_SIZE);
        track.setId("activity-open-track");
        track.setOnAction(e -> model.openSelectedTrack());
        playlist.setId("activity-open-playlist");
        playlist.setOnAction(e -> model.openSelectedPlaylist());
        HBox links = new HBox(12, track, playlist);

        VBox content = new VBox(6, title, meta, message, links);
        content.setPadding(new Insets(10, 12, 10, 12));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // The pane's whole height is the scroll pane's, so its background reaches the bottom of the split.
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root = new VBox(scroll);
        root.setId("activity-detail");
        root.getStyleClass().add("activity-detail");
        root.setPrefHeight(150);
        root.setMinHeight(100);

        model.selectedProperty().addListener((obs, old, now) -> show(now));
        show(model.selectedProperty().get());
    }

    Node root() {
        return root;
    }

    private void show(ActivityEntry entry) {
        if (entry == null) {
            title.setText(I18n.tr("activity.detail.none"));
            meta.setText(I18n.tr("activity.detail.hint"));
            message.setText("");
            showLink(track, null);
            showLink(playlist, null);
            return;
        }
        title.setText(ActivityLabels.kind(entry.kind()));
        meta.setText(I18n.tr("activity.detail.meta", Formats.dateTime(entry.occurredAt()),
                ActivityLabels.outcome(entry.outcome()), entry.actor()));
        message.setText(entry.message());
        showLink(track, entry.trackId() == null ? null : I18n.tr("activity.detail.openTrack", entry.trackName()));
        showLink(playlist, entry.playlistId() == null ? null
                : I18n.tr("activity.detail.openPlaylist", entry.playlistName()));
    }

    private static void showLink(Hyperlink link, String text) {
        link.setText(text);
        link.setVisible(text != null);
        link.setManaged(text != null);
    }
}
