package com.scoutdesk.cli;

import com.scoutdesk.service.ExportColumn;
import com.scoutdesk.service.ExportGranularity;
import com.scoutdesk.service.export.CsvOptions;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code scoutdesk leads export}: the export with the lead list's columns (the key, stage, tags, notes, contact, the
 * lead check, and the label's and streams' source and age), ready to edit and import again.
 */
@Command(name = "export", description = "Write a lead list (CSV) to edit in a spreadsheet and import again with "
        + "'scoutdesk leads import'.")
final class LeadsExportCommand extends WorkspaceCommand {

    @Mixin
    FilterOptions filters;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV file to write.")
    Path out;

    @Option(names = "--excel", description = "Start the file with a UTF-8 byte-order mark so Excel reads accents.")
    boolean excel;

    @Override
    void checkOptions() {
        filters.checkOptions();
    }

    @Override
    int run(OpenedWorkspace workspace) throws Exception {
        var services = workspace.services();
        long rows = services.export().export(filters.toFilter(services.tracks()), ExportGranularity.TRACK,
                ExportColumn.LEAD_LIST, out, excel ? CsvOptions.excel() : CsvOptions.defaults());
        out().printf("Wrote %d leads to %s%nEdit the Stage, Tags, Notes and Contact columns, then run: scoutdesk leads "
                + "import %s%n", rows, out.toAbsolutePath(), out);
        return 0;
    }
}
