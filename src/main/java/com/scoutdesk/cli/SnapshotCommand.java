package com.scoutdesk.cli;

import com.scoutdesk.service.PerformanceService;
import com.scoutdesk.service.SnapshotResult;
import com.scoutdesk.service.SnapshotStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code scoutdesk snapshot}: the weekly performance snapshot, for cron, launchd or Task Scheduler. */
@Command(name = "snapshot", description = "Refresh every track's play count and YouTube views, then write this "
        + "week's performance snapshot and the contacts' aggregates (what the app does after the weekly refresh; for "
        + "cron, run it after `scoutdesk refresh`). Running it again in the same week replaces the week. Exit code 1 "
        + "when some numbers could not be refreshed (they are marked stale).")
final class SnapshotCommand extends WorkspaceCommand {

    @Option(names = "--status", description = "Only show when the snapshot last ran and runs next, and the newest "
            + "week.")
    boolean status;

    @Option(names = "--offline", description = "Do not refresh: write the week from the numbers already stored, all "
            + "marked stale (no week-over-week change). A snapshot taken online later in the week replaces it.")
    boolean offline;

    @Override
    int run(OpenedWorkspace workspace) {
        if (status) {
            SnapshotStatus s = workspace.performance().status();
            out().printf("Weekly performance snapshot: %s, after the weekly refresh%n", s.enabled() ? "on" : "off");
            out().printf("Last run: %s%n", s.lastRun().map(Object::toString).orElse("never"));
            out().printf("Next run: %s, or at the next start of the window if it is closed then%n", s.nextRun());
            out().printf("Newest week: %s%n", s.latestWeek().map(w -> w + " (" + s.tracks() + " tracks, "
                    + s.streamsStale() + " play counts and " + s.viewsStale() + " views stale)").orElse("none yet"));
            return 0;
        }
        SnapshotResult r = offline ? workspace.performance().takeOffline()
                : workspace.performance().takeNow(progressEveryTenthDone());
        r.notRefreshed().forEach(t -> out().printf("Not refreshed (%s): %s; its numbers are stale%n",
                offline ? "offline" : "not configured", t));
        if (r.timedOut()) {
            out().printf("The refresh reached its deadline (SNAPSHOT_REFRESH_MINUTES) with %,d runs waiting%n",
                    r.unfinished());
        }
        out().printf("Week %s: %,d tracks; play counts %,d fresh, %,d stale; views %,d fresh, %,d stale; "
                        + "%,d changes over a gap; %,d contacts' aggregates%n", r.week(), r.tracks(), r.streamsFresh(),
                r.streamsStale(), r.viewsFresh(), r.viewsStale(), r.gaps(), r.contacts());
        return r.streamsStale() + r.viewsStale() > 0 ? 1 : 0;
    }

    /** Prints the refresh's progress on standard error at each tenth done. */
    private PerformanceService.RefreshProgress progressEveryTenthDone() {
        long[] shown = {-1};
        return (refreshed, total) -> {
            long percent = total == 0 ? 100 : refreshed * 100 / total;
            if (percent / 10 != shown[0] / 10) {
                shown[0] = percent;
                err().printf("Refreshing play counts and views: %,d of %,d tracks%n", refreshed, total);
                err().flush();
            }
        };
    }
}
