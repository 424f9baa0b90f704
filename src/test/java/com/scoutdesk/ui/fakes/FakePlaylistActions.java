package com.scoutdesk.ui.fakes;

import com.scoutdesk.model.FetchMethod;
import com.scoutdesk.model.FetchOutcome;
import com.scoutdesk.model.Week;
import com.scoutdesk.service.FetchHistoryEntry;
import com.scoutdesk.service.FetchReport;
import com.scoutdesk.service.PlaylistSummary;
import com.scoutdesk.service.Requeued;
import com.scoutdesk.ui.playlists.PlaylistActions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Playlists page's actions over {@link FakeWorkspaceQueryService}: records each call ("fetch 1", "delete 2"),
 * answers complete fetches, fails with the exception a test gives, and a delete removes the playlist from the fake
 * workspace as the real one would.
 */
public final class FakePlaylistActions implements PlaylistActions {

    public final List<String> calls = new ArrayList<>();
    /** Thrown by any action on the playlist with that id. */
    public final Map<Long, RuntimeException> failures = new HashMap<>();
    public final Map<Long, List<FetchHistoryEntry>> histories = new HashMap<>();
    /** Enrichment runs due per playlist, as the queue would count them; none unless a test says. */
    public final Map<Long, Integer> due = new HashMap<>();
    private final FakeWorkspaceQueryService workspace;

    public FakePlaylistActions(FakeWorkspaceQueryService workspace) {
        this.workspace = workspace;
    }

    @Override
    public FetchReport fetch(long playlistId) {
        call("fetch", playlistId);
        return new FetchReport(playlistId, name(playlistId), new Week(LocalDate.of(2026, 11, 27)),
                FetchOutcome.COMPLETE, FetchMethod.WEB_API, 50, 50, 3, 1, 2, "Fetched.");
    }

    @Override
    public String refreshMetadata(long playlistId) {
        call("refresh", playlistId);
        return name(playlistId) + " (renamed)";
    }

    @Override
    public Requeued enrich(long playlistId) {
        call("enrich", playlistId);
        return new Requeued(12, 4);
    }

    @Override
    public int enrichmentDue(long playlistId) {
        call("due", playlistId);
        return due.getOrDefault(playlistId, 0);
    }

    @Override
    public int delete(long playlistId) {
        call("delete", playlistId);
        workspace.playlists = workspace.playlists.stream().filter(p -> p.id() != playlistId).toList();
        return 7;
    }

    @Override
    public List<FetchHistoryEntry> history(long playlistId) {
        call("history", playlistId);
        return histories.getOrDefault(playlistId, List.of());
    }

    @Override
    public List<Long> trackIds(long playlistId) {
        call("tracks", playlistId);
        return List.of(playlistId * 100, playlistId * 100 + 1);
    }

    private void call(String action, long playlistId) {
        calls.add(action + " " + playlistId);
        RuntimeException failure = failures.get(playlistId);
        if (failure != null) {
            throw failure;
        }
    }

    private String name(long playlistId) {
        return workspace.playlists.stream().filter(p -> p.id() == playlistId).map(PlaylistSummary::name)
                .findFirst().orElse("?");
    }
}
