package com.scoutdesk.cli;

import com.scoutdesk.service.WorkspaceNotEmptyException;
import com.scoutdesk.service.WorkspaceSummary;
import picocli.CommandLine.Command;

/** {@code scoutdesk sample}: loads the bundled sample workspace into an empty workspace. */
@Command(name = "sample", description = "Load the sample workspace (generated data, clearly marked) into an empty "
        + "workspace.")
final class SampleCommand extends WorkspaceCommand {

    @Override
    int run(OpenedWorkspace workspace) {
        out().println("Loading the sample workspace into " + workspace.location() + " ...");
        out().flush();
        // The steps go to stderr with the other commands' progress, so that stdout says only what was loaded.
        WorkspaceSummary s;
        try {
            s = workspace.services().sample().loadSample(step -> {
                err().println(step);
                err().flush();
            });
        } catch (WorkspaceNotEmptyException e) {
            throw new IllegalStateException(e.getMessage() + " Open a new one with --workspace DIR (or SCOUTDESK_HOME) "
                    + "and load the sample there.", e);
        }
        out().printf("Loaded sample data: %d playlists, %d weeks, %d tracks, %d weekly entries, %d people, "
                + "%d contacts.%n", s.playlists(), s.weeks(), s.tracks(), s.entries(), s.people(), s.contacts());
        out().println("It is generated data for trying ScoutDesk, not real artists.");
        return 0;
    }
}
