package com.scoutdesk.ui.fakes;

import com.scoutdesk.service.AlbumArtService;
import com.scoutdesk.service.AlertService;
import com.scoutdesk.service.PlaylistService;
import com.scoutdesk.service.CredentialService;
import com.scoutdesk.service.Services;
import com.scoutdesk.service.TrackRow;
import com.scoutdesk.service.WorkspaceConfigService;
import com.scoutdesk.service.backup.OpenWorkspaceBackups;
import java.util.List;

/** The three fakes wired together, plus the {@link Services} record the window is given. */
public final class FakeServices {

    public static final String DESCRIPTION = "H2 workspace at /home/scout/.local/share/scoutdesk/workspace";

    public final FakeTrackQueryService tracks;
    public final FakeWorkspaceQueryService workspace = new FakeWorkspaceQueryService();
    public final FakeSampleDataService sample;
    public final FakeRefreshSettings refresh = new FakeRefreshSettings();
    /** Album art; null (no thumbnails, placeholders only) unless a test gives one. */
    public AlbumArtService art;
    /** What opening the workspace reported, e.g. a recovery; empty for an ordinary open. */
    public List<String> openingNotices = List.of();
    /** The playlist use cases; null unless a test gives real ones (over a real workspace and the fakes on 127.0.0.1). */
    public PlaylistService playlists;
    /** The credential use cases; null unless a test gives real ones (a file store in a temporary folder). */
    public CredentialService credentials;
    /** The workspace's scoutdesk.properties; null (the Settings page hides those sections) unless a test gives one. */
    public WorkspaceConfigService workspaceConfig;
    /** The open workspace's backups; null unless a test gives real ones. */
    public OpenWorkspaceBackups backups;
    /** The in-app alerts; null (no bell) unless a test gives real ones over a workspace. */
    public AlertService alerts;

    private FakeServices(List<TrackRow> rows, List<TrackRow> sampleRows) {
        tracks = new FakeTrackQueryService(rows);
        sample = new FakeSampleDataService(tracks, workspace, sampleRows);
    }

    /** A workspace that already holds {@code rows}, three playlists and some activity. */
    public static FakeServices withRows(List<TrackRow> rows) {
        FakeServices fakes = new FakeServices(rows, List.of());
        fakes.workspace.playlists = TestRows.playlists();
        fakes.workspace.activity = TestRows.activity();
        return fakes;
    }

    /** An empty workspace whose sample holds {@code sampleRows}. */
    public static FakeServices empty(List<TrackRow> sampleRows) {
        return new FakeServices(List.of(), sampleRows);
    }

    public Services services() {
        // Track details, contacts, enrichment and the outreach brief have no fakes: tests of the views that use them
        // open a real workspace (WorkspaceFixture, TestEnvironment); the brief's endpoint has ChatFake.
        return new Services(tracks, workspace, sample, new UnusedExportService(), refresh, DESCRIPTION,
                openingNotices, null, null, null, art, null, null, null, playlists, credentials,
                workspaceConfig, backups, alerts, null, null);
    }
}
