package com.scoutdesk.cli;

import com.scoutdesk.service.ExportColumn;
import com.scoutdesk.service.ExportGranularity;
import com.scoutdesk.service.TrackFilter;
import com.scoutdesk.service.TrackPage;
import com.scoutdesk.service.TrackQueryService;
import com.scoutdesk.service.export.CsvOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code scoutdesk tracks}: the dashboard's track list on the command line. */
@Command(name = "tracks", description = "List tracks with the dashboard's filters, best score first.")
final class TracksCommand extends WorkspaceCommand {

    /** How the list is printed. */
    enum Format { table, csv }

    @Mixin
    FilterOptions filters;

    @Option(names = "--format", defaultValue = "table", description = "table or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--limit", paramLabel = "N", description = "At most this many tracks (default: all).")
    Integer limit;

    @Override
    void checkOptions() {
        if (limit != null && limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be 1 or more, not " + limit
                    + "; leave it out to list every track.");
        }
        filters.checkOptions();
    }

    @Override
    int run(OpenedWorkspace workspace) throws Exception {
        TrackQueryService tracks = workspace.services().tracks();
        TrackFilter filter = filters.toFilter(tracks);
        if (format == Format.csv) {
            workspace.services().export().write(filter, ExportGranularity.TRACK, ExportColumn.DEFAULT_TRACK, out(),
                    CsvOptions.defaults(), limit == null ? 0 : limit);
            return 0;
        }
        TrackPage page = tracks.find(filter, 0, limit == null ? Integer.MAX_VALUE : limit);
        TrackTable.print(page.rows(), out());
        out().printf("%d of %d tracks%n", page.rows().size(), page.total());
        return 0;
    }
}
