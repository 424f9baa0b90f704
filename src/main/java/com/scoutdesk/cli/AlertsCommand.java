package com.scoutdesk.cli;

import com.scoutdesk.service.AlertRow;
import com.scoutdesk.service.AlertService;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code scoutdesk alerts}: the in-app alerts not yet dismissed, newest first; {@code alerts dismiss} below. */
@Command(name = "alerts", description = "List the alerts (lead lost, velocity spike, new on an editorial playlist) "
        + "not yet dismissed, newest first.", subcommands = AlertsDismissCommand.class)
final class AlertsCommand extends WorkspaceCommand {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Option(names = "--all", description = "List dismissed alerts too.")
    boolean all;

    @Option(names = "--limit", description = "List at most this many (default: ${DEFAULT-VALUE}).",
            defaultValue = "200")
    int limit;

    @Override
    void checkOptions() {
        if (limit < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--limit must be 1 or more, not " + limit);
        }
    }

    @Override
    int run(OpenedWorkspace workspace) {
        AlertService alerts = workspace.services().alerts();
        List<AlertRow> rows = alerts.list(all, limit);
        if (rows.isEmpty()) {
            out().println(all ? "No alerts." : "No alerts to see (`scoutdesk alerts --all` lists the dismissed ones).");
            return 0;
        }
        for (AlertRow row : rows) {
            out().printf("#%-5d %s  %s%s%n", row.id(), WHEN.format(row.occurredAt().atZone(ZoneId.systemDefault())),
                    TerminalText.escape(row.message()), row.dismissedAt() == null ? "" : "  (dismissed)");
        }
        long open = alerts.countUndismissed();
        out().printf("%d not dismissed. Dismiss one with `scoutdesk alerts dismiss ID`, every one with "
                + "`scoutdesk alerts dismiss --all`.%n", open);
        return 0;
    }
}
