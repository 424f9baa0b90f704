package com.scoutdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.scoutdesk.testing.SampleWorkspaces;
import com.scoutdesk.testing.ScoutDeskProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace the scout may only read (a colleague's folder, a read-only disk) can still be looked at, and nothing
 * in it changes. Runs as a normal user only, as CI does: root may write anywhere.
 */
class ReadOnlyWorkspaceTest {

    @TempDir
    Path dir;

    @Test
    void aWorkspaceThatCanOnlyBeReadIsShownAndLeftExactlyAsItWas() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write anywhere");
        Path ws = SampleWorkspaces.copyTo(dir.resolve("ws"));
        Path file = ws.resolve("scoutdesk.mv.db");
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(ws, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            ScoutDeskProcess.Result stats = ScoutDeskProcess.run(ws, "stats");
            assertThat(stats.exitCode()).as(stats.stderr()).isZero();
            assertThat(stats.stdout()).containsPattern("Tracks\\s+1[,.]?032");
            assertThat(stats.stderr()).contains("can only be read");

            ScoutDeskProcess.Result tracks = ScoutDeskProcess.run(ws, "tracks", "--limit", "3");
            assertThat(tracks.exitCode()).as(tracks.stderr()).isZero();
            assertThat(tracks.stdout().lines().count()).isGreaterThanOrEqualTo(3);

            ScoutDeskProcess.Result write = ScoutDeskProcess.run(ws, "score", "--all");
            assertThat(write.exitCode()).isEqualTo(1);
            assertThat(write.stderr()).contains("can only be read, so the change was not saved");
        } finally {
            Files.setPosixFilePermissions(ws, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
        assertThat(Files.readAllBytes(file)).as("the database, byte for byte").isEqualTo(before);
        try (var listing = Files.list(ws)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("scoutdesk.mv.db");
        }
    }
}
