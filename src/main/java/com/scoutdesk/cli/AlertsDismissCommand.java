package com.scoutdesk.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code scoutdesk alerts dismiss ID|--all}: take alerts off the list (they stay in the activity log). */
@Command(name = "dismiss", description = "Dismiss one alert (its number from `scoutdesk alerts`) or every one. "
        + "The activity log keeps them.")
final class AlertsDismissCommand extends WorkspaceCommand {

    @ArgGroup(multiplicity = "1")
    Which which;

    /** One alert or all of them, never both. */
    static final class Which {
        @Parameters(paramLabel = "ID", description = "The alert's number, as `scoutdesk alerts` shows it (#12 or 12).")
        String id;

        @Option(names = "--all", description = "Dismiss every alert not yet dismissed.")
        boolean all;
    }

    private long alertId;

    @Override
    void checkOptions() {
        if (which.id != null) {
            String digits = which.id.startsWith("#") ? which.id.substring(1) : which.id;
            try {
                alertId = Long.parseLong(digits);
            } catch (NumberFormatException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "'" + which.id + "' is not "
                        + "an alert number: give the number `scoutdesk alerts` shows, or --all.");
            }
        }
    }

    @Override
    int run(OpenedWorkspace workspace) {
        if (which.all) {
            int n = workspace.services().alerts().dismissAll();
            out().printf("Dismissed %d alert%s.%n", n, n == 1 ? "" : "s");
        } else {
            workspace.services().alerts().dismiss(alertId);
            out().printf("Dismissed alert #%d.%n", alertId);
        }
        return 0;
    }
}
