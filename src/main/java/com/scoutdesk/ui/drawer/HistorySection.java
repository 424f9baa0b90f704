package com.scoutdesk.ui.drawer;

import com.scoutdesk.service.ActivityRow;
import com.scoutdesk.service.PlaylistAppearance;
import com.scoutdesk.service.TrackHistory;
import com.scoutdesk.ui.common.Formats;
import com.scoutdesk.ui.common.I18n;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;

/** The weeks the track stood on playlists, and the activity log's lines about it. */
final class HistorySection {

    private HistorySection() {
    }

    static Node playlists(TrackHistory history) {
        if (history.appearances().isEmpty()) {
            return Sections.section("drawer-playlists", I18n.tr("drawer.section.playlists"),
                    Sections.muted(I18n.tr("drawer.playlists.none")));
        }
        Map<LocalDate, List<String>> byWeek = new LinkedHashMap<>();
        for (PlaylistAppearance a : history.appearances()) {
            byWeek.computeIfAbsent(a.week(), w -> new ArrayList<>()).add(a.position() == null ? a.playlistName()
                    : a.playlistName() + " " + I18n.tr("drawer.playlists.position", a.position()));
        }
        GridPane grid = Sections.grid();
        byWeek.forEach((week, lists) -> Sections.row(grid, week.toString(), Sections.wrapped(String.join(", ",
                lists))));
        return Sections.section("drawer-playlists", I18n.tr("drawer.section.playlists"), grid);
    }

    static Node activity(TrackHistory history) {
        if (history.activity().isEmpty()) {
            return Sections.section("drawer-activity", I18n.tr("drawer.section.activity"),
                    Sections.muted(I18n.tr("drawer.activity.none")));
        }
        GridPane grid = Sections.grid();
        for (ActivityRow row : history.activity()) {
            Sections.row(grid, Formats.dateTime(row.occurredAt()), Sections.wrapped(row.message()));
        }
        return Sections.section("drawer-activity", I18n.tr("drawer.section.activity"), grid);
    }
}
