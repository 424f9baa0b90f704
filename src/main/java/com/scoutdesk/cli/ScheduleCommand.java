package com.scoutdesk.cli;

import com.scoutdesk.service.ScheduleStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code scoutdesk schedule [on|off]}: the in-app weekly refresh. */
@Command(name = "schedule", description = "Show the in-app weekly refresh, or switch it on or off. (For cron, "
        + "launchd or Task Scheduler use `scoutdesk refresh` instead.)")
final class ScheduleCommand extends WorkspaceCommand {

    /** What to do. */
    enum Switch { on, off }

    @Parameters(arity = "0..1", paramLabel = "on|off", description = "Switch the weekly refresh on or off.")
    Switch change;

    @Override
    int run(OpenedWorkspace workspace) {
        ScheduleStatus s = change == null ? workspace.schedule().status()
                : workspace.schedule().setEnabled(change == Switch.on);
        out().printf("Weekly refresh: %s, every %s at %s UTC (REFRESH_DAY, REFRESH_TIME)%n",
                s.enabled() ? "on" : "off", s.day(), s.timeUtc());
        out().printf("Last run: %s%n", s.lastRun().map(Object::toString).orElse("never"));
        if (s.enabled()) {
            out().printf("Next run: %s, or at the next start of the window if it is closed then%n", s.nextRun());
        }
        var snapshot = workspace.performance().status();
        out().printf("Performance snapshot: %s; last run %s; newest week %s (see `scoutdesk snapshot --status`)%n",
                snapshot.enabled() ? "on, right after the refresh" : "off",
                snapshot.lastRun().map(Object::toString).orElse("never"),
                snapshot.latestWeek().map(Object::toString).orElse("none yet"));
        return 0;
    }
}
