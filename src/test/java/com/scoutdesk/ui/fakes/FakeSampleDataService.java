package com.scoutdesk.ui.fakes;

import com.scoutdesk.service.SampleDataService;
import com.scoutdesk.service.TrackRow;
import com.scoutdesk.service.WorkspaceSummary;
import java.util.List;

/** An empty workspace until {@link #loadSample()} copies the sample rows into the fake track service. */
public final class FakeSampleDataService implements SampleDataService {

    private final FakeTrackQueryService tracks;
    private final FakeWorkspaceQueryService workspace;
    private final List<TrackRow> sampleRows;
    public volatile String failWith;
    public volatile int loads;

    public FakeSampleDataService(FakeTrackQueryService tracks, FakeWorkspaceQueryService workspace,
                                 List<TrackRow> sampleRows) {
        this.tracks = tracks;
        this.workspace = workspace;
        this.sampleRows = sampleRows;
    }

    @Override
    public boolean isWorkspaceEmpty() {
        return tracks.rows.isEmpty() && workspace.playlists.isEmpty();
    }

    @Override
    public WorkspaceSummary loadSample() {
        loads++;
        if (failWith != null) {
            throw new IllegalStateException(failWith);
        }
        tracks.rows.addAll(sampleRows);
        workspace.playlists = TestRows.playlists();
        workspace.sample = true;
        return workspace.summary();
    }
}
