package com.scoutdesk.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code scoutdesk playlists import FILE}: tracks by hand, from a CSV file or pasted links. */
@Command(name = "import", description = {"Import a playlist's tracks by hand: a CSV file with the columns "
        + "track (required), playlist, position, added_at, name, artists (separated by ;), isrc - or a text file "
        + "of Spotify track links, one per line. Every line is checked before anything is written."})
final class PlaylistImportCommand extends WorkspaceCommand {

    @Parameters(paramLabel = "FILE", description = "The CSV or links file; - reads standard input.")
    String file;

    @Option(names = "--playlist", paramLabel = "URL", description = "The playlist for rows that name none.")
    String playlist;

    @Option(names = "--complete", description = "The file is the whole playlist: count the tracks missing from it "
            + "as dropped.")
    boolean complete;

    @Option(names = "--week", paramLabel = "DATE", description = "The tracking week containing DATE (default: now).")
    LocalDate week;

    @Override
    int run(OpenedWorkspace workspace) throws Exception {
        String text = "-".equals(file) ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                : Files.readString(Path.of(file), StandardCharsets.UTF_8);
        var results = workspace.tracking().importTracks(text, Optional.ofNullable(playlist), complete,
                Optional.ofNullable(week));
        return FetchResultPrinter.print(results, out());
    }
}
