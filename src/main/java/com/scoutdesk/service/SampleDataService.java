package com.scoutdesk.service;

import java.util.function.Consumer;

/** Loads the bundled sample workspace (clearly marked as sample data) into an empty workspace. */
public interface SampleDataService {

    /** True when the workspace has no playlists and no tracks, which is when the app offers the sample. */
    boolean isWorkspaceEmpty();

    /**
     * Loads the sample in one transaction: a crash part-way leaves the workspace as it was.
     *
     * @throws WorkspaceNotEmptyException when the workspace is not empty
     */
    WorkspaceSummary loadSample();

    /**
     * As {@link #loadSample()}, telling {@code steps} what it starts on ("Writing 41,210 rows ..."), for the
     * command line's progress: the load takes several seconds.
     */
    default WorkspaceSummary loadSample(Consumer<String> steps) {
        return loadSample();
    }
}
