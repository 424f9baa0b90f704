package com.scoutdesk.service;

/** The use cases the user interface and the command line are given by the composition root. */
public record Services(TrackQueryService tracks, WorkspaceQueryService workspace, SampleDataService sample,
                       ExportService export, RefreshSettings refresh, String workspaceDescription) {
}
