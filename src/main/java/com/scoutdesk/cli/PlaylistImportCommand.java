package com.scoutdesk.cli;

import com.scoutdesk.service.FetchReport;
import com.scoutdesk.service.ImportListener;
import com.scoutdesk.service.ImportRequest;
import com.scoutdesk.service.InvalidInputException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code scoutdesk playlists import FILE}: tracks by hand, from a CSV file or pasted links. */
@Command(name = "import", description = {"Import a playlist's tracks by hand: a CSV file with the columns "
        + "track (required), playlist, position, added_at, name, artists (separated by ;), isrc - or a text file "
        + "of Spotify track links, one per line. Every line is checked before anything is written."})
final class PlaylistImportCommand extends WorkspaceCommand {

    @Parameters(paramLabel = "FILE", description = "The CSV or links file (UTF-8); - reads standard input.")
    String file;

    @Option(names = "--playlist", paramLabel = "URL", description = "The playlist for rows that name none.")
    String playlist;

    @Option(names = "--complete", description = "The file is the whole playlist: count the tracks missing from it "
            + "as dropped.")
    boolean complete;

    @Option(names = "--week", paramLabel = "DATE", description = "The tracking week containing DATE (default: now).")
    LocalDate week;

    @Option(names = "--max-rows", paramLabel = "N", description = "Refuse a file with more rows than this "
            + "(default: ${DEFAULT-VALUE}).")
    long maxRows = ImportRequest.DEFAULT_MAX_ROWS;

    @Override
    int run(OpenedWorkspace workspace) throws Exception {
        if (maxRows < 1) {
            throw new IllegalArgumentException("--max-rows must be 1 or more.");
        }
        Path spooled = null;
        try {
            Path source;
            String name;
            if ("-".equals(file)) {
                // The import reads its input twice (check, then write), so standard input goes to a file first.
                spooled = Files.createTempFile("scoutdesk-import", ".csv");
                Files.copy(System.in, spooled, StandardCopyOption.REPLACE_EXISTING);
                source = spooled;
                name = "standard input";
            } else {
                source = Path.of(file);
                name = source.toString();
            }
            var request = new ImportRequest(source, name, Optional.ofNullable(playlist), complete,
                    Optional.ofNullable(week), maxRows);
            return FetchResultPrinter.print(importTracks(workspace, request), out());
        } finally {
            if (spooled != null) {
                Files.deleteIfExists(spooled);
            }
        }
    }

    /** Imports; a refusal that an option would solve names the option. */
    private List<FetchReport> importTracks(OpenedWorkspace workspace, ImportRequest request) {
        try {
            return workspace.playlists().importTracks(request, new Progress(err()));
        } catch (InvalidInputException e) {
            if (InvalidInputException.IMPORT_ROW_LIMIT.equals(e.input())) {
                throw new IllegalArgumentException(e.getMessage() + " Raise the limit with --max-rows.", e);
            }
            if (InvalidInputException.IMPORT_PLAYLIST.equals(e.input())) {
                throw new IllegalArgumentException(e.getMessage() + System.lineSeparator()
                        + "Give the playlist for rows that name none with --playlist URL.", e);
            }
            throw e;
        }
    }

    /** Prints how far the import has got to standard error, so standard output keeps only the result. */
    private static final class Progress implements ImportListener {
        private final PrintWriter err;

        Progress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void read(long rows) {
            err.printf(Locale.ROOT, "read %,d rows...%n", rows);
            err.flush();
        }

        @Override
        public void written(long rows, long total) {
            if (rows > 0) {
                err.printf(Locale.ROOT, "writing %,d of %,d...%n", rows, total);
                err.flush();
            }
        }
    }
}
