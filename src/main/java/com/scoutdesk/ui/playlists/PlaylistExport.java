package com.scoutdesk.ui.playlists;

import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.service.ExportService;
import com.scoutdesk.service.PlaylistSummary;
import com.scoutdesk.service.TrackFilter;
import com.scoutdesk.ui.export.ExportChoices;
import com.scoutdesk.ui.export.ExportDialog;
import java.util.List;
import java.util.function.Consumer;
import javafx.stage.Window;

/**
 * Opens the export dialog for the tracks of the chosen playlists. Given by the window, which holds the export service
 * and where the dialog remembers its columns and folder.
 */
@FunctionalInterface
public interface PlaylistExport {

    /**
     * @param owner      the window the dialog belongs to (null: none)
     * @param playlists  the playlists chosen
     * @param firstCount how many tracks appeared on the first of them
     * @param trackIds   the ids of the tracks that appeared on any of them, none twice
     */
    void open(Window owner, List<PlaylistSummary> playlists, int firstCount, List<Long> trackIds);

    /**
     * The export dialog over the export service. One playlist is exported through the dashboard's playlist filter (so
     * a per-appearance export keeps its weeks); several through their tracks, preselected as "ticked tracks", with
     * the first playlist's filter offered beside them.
     */
    static PlaylistExport dialog(ExportService service, TaskExecutor executor, ExportChoices choices,
                                 Consumer<String> openUrl) {
        return (owner, playlists, firstCount, ids) -> new ExportDialog(owner, service, executor,
                TrackFilter.all().withPlaylist(playlists.get(0).id()), firstCount,
                playlists.size() == 1 ? List.of() : ids, choices, openUrl).show();
    }
}
