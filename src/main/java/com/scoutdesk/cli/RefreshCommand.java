package com.scoutdesk.cli;

import picocli.CommandLine.Command;

/** {@code scoutdesk refresh}: the weekly refresh, for cron, launchd or Task Scheduler. */
@Command(name = "refresh", description = "Fetch every playlist with auto-fetch on into the current week "
        + "(what the app does weekly; for cron, launchd or Task Scheduler). Exit code 1 when any fetch failed.")
final class RefreshCommand extends WorkspaceCommand {

    @Override
    int run(OpenedWorkspace workspace) throws Exception {
        var results = FetchProgress.fetchAll(workspace, true, err(), rootCommand().progress().clock());
        if (results.isEmpty()) {
            out().println("No playlist has auto-fetch on; nothing to refresh.");
            return 0;
        }
        return FetchResultPrinter.print(results, out());
    }
}
