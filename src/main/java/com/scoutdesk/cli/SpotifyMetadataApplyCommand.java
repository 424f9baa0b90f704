package com.scoutdesk.cli;

import com.scoutdesk.service.audit.ApplyReport;
import com.scoutdesk.service.audit.InvalidAuditFileException;
import com.scoutdesk.service.audit.MetadataCounts;
import java.io.BufferedReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/** {@code scoutdesk spotify-metadata apply FILE}: checks the whole audit file, then writes it in batches. */
@Command(name = "apply", description = {"Check every row of an audit file that `spotify-metadata fetch` wrote, and "
        + "only if all are valid write its popularity and ISRC values. An empty cell keeps the stored value; values "
        + "you set by hand are kept. Applying the same file again changes nothing."})
final class SpotifyMetadataApplyCommand extends WorkspaceCommand {

    @Parameters(paramLabel = "FILE", description = "The audit CSV file.")
    Path file;

    @Override
    int run(OpenedWorkspace workspace) throws Exception {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ParameterException(spec.commandLine(), "cannot read " + file.toAbsolutePath()
                    + ": there is no readable file there. Give the CSV file that `spotify-metadata fetch` wrote.");
        }
        ApplyReport r;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r = workspace.spotifyMetadataAudit().apply(in);
        } catch (InvalidAuditFileException e) {
            if (e.needsFetchedFile()) {
                throw new IllegalArgumentException(e.getMessage() + System.lineSeparator()
                        + "`scoutdesk spotify-metadata fetch --out FILE` writes such a file.", e);
            }
            throw e;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + " is not UTF-8 text; nothing was changed. Save it as "
                    + "\"CSV UTF-8\" and apply it again.", e);
        }
        print("Before", r.before());
        out().printf("Applied %d rows: %d changed (%d ISRCs and %d popularity values written), %d unchanged, %d left "
                + "alone because you set their values by hand.%n", r.rows(), r.changed(), r.isrcsWritten(),
                r.popularityWritten(), r.unchanged(), r.keptManual());
        print("After", r.after());
        if (r.changed() == 0) {
            out().println("Nothing changed: the workspace already holds these values.");
        }
        return 0;
    }

    private void print(String when, MetadataCounts c) {
        out().printf("%s: %d tracks, %d with an ISRC, %d with a popularity.%n", when, c.tracks(), c.withIsrc(),
                c.withPopularity());
    }
}
