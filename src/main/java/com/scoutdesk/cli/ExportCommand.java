package com.scoutdesk.cli;

import com.scoutdesk.service.ExportColumn;
import com.scoutdesk.service.ExportGranularity;
import com.scoutdesk.service.export.CsvOptions;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code scoutdesk export}: a CSV lead list of a filter, with chosen columns. */
@Command(name = "export", description = "Write a CSV lead list of the tracks a filter matches.")
final class ExportCommand extends WorkspaceCommand {

    /** What a row stands for, as typed. */
    enum Per { track, entry }

    @Mixin
    FilterOptions filters;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV file to write.")
    Path out;

    @Option(names = "--columns", split = ",", paramLabel = "COL",
            description = "Columns in order (default: the lead list's). One of: score, track, artists, album, isrc, "
                    + "spotify-url, label, release-date, streams, publisher-status, publisher, songwriters, stage, "
                    + "tags, first-seen, spotify-id, notes, contact-name, contact-email, contact-instagram, "
                    + "lead-check, "
                    + "isrc-source, isrc-age, label-source, label-age, release-date-source, release-date-age, "
                    + "streams-source, streams-age, publisher-source, publisher-age; with --per entry also week, "
                    + "playlist, position, added-at.")
    List<String> columns = List.of();

    @Option(names = "--per", defaultValue = "track",
            description = "track: one row per lead; entry: one row per weekly playlist appearance.")
    Per per;

    @Option(names = "--excel", description = "Start the file with a UTF-8 byte-order mark so Excel reads accents.")
    boolean excel;

    @Override
    void checkOptions() {
        filters.checkOptions();
        chosenColumns();
    }

    @Override
    int run(OpenedWorkspace workspace) throws Exception {
        var services = workspace.services();
        ExportGranularity granularity = granularity();
        List<ExportColumn> chosen = chosenColumns();
        long rows = services.export().export(filters.toFilter(services.tracks()), granularity, chosen, out,
                excel ? CsvOptions.excel() : CsvOptions.defaults());
        out().printf("Wrote %d rows to %s%n", rows, out.toAbsolutePath());
        return 0;
    }

    private ExportGranularity granularity() {
        return per == Per.entry ? ExportGranularity.ENTRY : ExportGranularity.TRACK;
    }

    private List<ExportColumn> chosenColumns() {
        if (columns.isEmpty()) {
            return granularity() == ExportGranularity.ENTRY ? ExportColumn.DEFAULT_ENTRY : ExportColumn.DEFAULT_TRACK;
        }
        List<ExportColumn> chosen = columns.stream().map(this::column).toList();
        Set<ExportColumn> seen = EnumSet.noneOf(ExportColumn.class);
        for (int i = 0; i < chosen.size(); i++) {
            if (!seen.add(chosen.get(i))) {
                throw new ParameterException(spec.commandLine(), "--columns names '" + columns.get(i).strip()
                        + "' twice; give each column once.");
            }
        }
        return chosen;
    }

    private ExportColumn column(String name) {
        return ExportColumn.fromName(name).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--columns: '" + name + "' is not a column. Columns: " + ExportColumn.names()));
    }
}
