package com.scoutdesk.service;

/** The use cases the user interface is given by the composition root once the workspace is open. */
public record Services(TrackQueryService tracks, WorkspaceQueryService workspace, SampleDataService sample,
                       String workspaceDescription) {
}
