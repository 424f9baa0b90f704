package com.scoutdesk.persistence.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.persistence.WorkspaceException;
import com.scoutdesk.testing.MutableClock;
import com.scoutdesk.testing.SampleWorkspaces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-05T10:00:00Z"));

    private static Connection connect(Path ws) throws Exception {
        DatabaseSettings s = DatabaseSettings.h2File(ws);
        return DriverManager.getConnection(s.jdbcUrl(), s.user(), s.password());
    }

    @Test
    void aRestoredBackupHoldsExactlyWhatWasSavedAndTheReplacedDatabaseIsKept() throws Exception {
        Path ws = SampleWorkspaces.copyTo(dir.resolve("ws"));
        Backups backups = new Backups(ws, 7, clock);
        List<String> saved = SampleWorkspaces.dump(ws);
        Backup backup;
        try (Connection c = connect(ws); Statement s = c.createStatement()) {
            backup = backups.create(c, "manual");
            s.executeUpdate("delete from playlist_entry where mod(id, 3) = 0");
            s.executeUpdate("update track set name = 'changed after the backup' where mod(id, 7) = 0");
            s.executeUpdate("insert into tag(id, name) values (999999, 'after the backup')");
        }
        List<String> changed = SampleWorkspaces.dump(ws);
        assertThat(changed).isNotEqualTo(saved);

        clock.advance(Duration.ofMinutes(5));
        Backups.RestoreReport report = backups.restore(backup.name());

        assertThat(SampleWorkspaces.dump(ws)).as("the workspace after the restore").isEqualTo(saved);
        assertThat(report.check().passed()).isTrue();
        assertThat(report.check().rowsOf("track")).isGreaterThan(900);
        Path kept = report.replacedKeptIn().orElseThrow();
        assertThat(kept).startsWith(ws.resolve("replaced"));
        Path keptWs = dir.resolve("kept");
        Files.createDirectories(keptWs);
        Files.copy(kept.resolve("scoutdesk.mv.db"), keptWs.resolve("scoutdesk.mv.db"));
        assertThat(SampleWorkspaces.dump(keptWs)).as("the replaced database, kept aside").isEqualTo(changed);
        assertThat(ws.resolve("restoring")).doesNotExist();
    }

    @Test
    void aBackupThatFailsItsCheckChangesNothing() throws Exception {
        Path ws = SampleWorkspaces.copyTo(dir.resolve("ws"));
        byte[] before = Files.readAllBytes(ws.resolve("scoutdesk.mv.db"));
        Files.createDirectories(ws.resolve("backups"));
        Path bogus = ws.resolve("backups").resolve("scoutdesk-20261201-080000-daily.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bogus))) {
            zip.putNextEntry(new ZipEntry("scoutdesk.mv.db"));
            zip.write(new byte[64 * 1024]); // zeros: not a database
        }

        assertThatThrownBy(() -> new Backups(ws, 7, clock).restore("scoutdesk-20261201-080000-daily"))
                .isInstanceOf(WorkspaceException.class).hasMessageContaining("Nothing was changed");
        assertThat(Files.readAllBytes(ws.resolve("scoutdesk.mv.db"))).isEqualTo(before);
        assertThat(ws.resolve("replaced")).doesNotExist();
    }

    @Test
    void aZipHoldingSomeOtherDatabaseIsNotRestored() throws Exception {
        Path ws = SampleWorkspaces.copyTo(dir.resolve("ws"));
        byte[] before = Files.readAllBytes(ws.resolve("scoutdesk.mv.db"));
        Path other = Files.createDirectories(dir.resolve("other"));
        try (Connection c = connect(other); Statement s = c.createStatement()) {
            s.executeUpdate("create table notes(id int primary key, body varchar(100))");
            s.executeUpdate("insert into notes values (1, 'not a scout''s workspace')");
        }
        Path zipped = dir.resolve("someone-elses.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(zipped))) {
            zip.putNextEntry(new ZipEntry("scoutdesk.mv.db"));
            zip.write(Files.readAllBytes(other.resolve("scoutdesk.mv.db")));
        }

        assertThatThrownBy(() -> new Backups(ws, 7, clock).restore(zipped.toString()))
                .isInstanceOf(WorkspaceException.class).hasMessageContaining("holds no ScoutDesk workspace")
                .hasMessageContaining("Nothing was changed");
        assertThat(Files.readAllBytes(ws.resolve("scoutdesk.mv.db"))).isEqualTo(before);
        assertThat(ws.resolve("replaced")).doesNotExist();
    }

    @Test
    void anUnknownBackupNameSaysHowToListThem() {
        Path ws = SampleWorkspaces.copyTo(dir.resolve("ws"));
        assertThatThrownBy(() -> new Backups(ws, 7, clock).restore("yesterday"))
                .isInstanceOf(WorkspaceException.class).hasMessageContaining("no backup named yesterday")
                .hasMessageContaining("scoutdesk backup list");
    }

    @Test
    void onlyTheNewestAutomaticBackupsAreKeptAndTheScoutsOwnStay() throws Exception {
        Path ws = SampleWorkspaces.copyTo(dir.resolve("ws"));
        Backups backups = new Backups(ws, 3, clock);
        try (Connection c = connect(ws)) {
            backups.create(c, "manual");
            for (int day = 0; day < 5; day++) {
                clock.advance(Duration.ofDays(1));
                backups.create(c, "daily");
            }
        }
        List<Backup> left = backups.list();
        assertThat(left).extracting(Backup::reason).containsExactly("daily", "daily", "daily", "manual");
        assertThat(left.get(0).taken()).isEqualTo(clock.instant());
        assertThat(ws.resolve("backups")).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void aDailyBackupIsDueOnlyWhenNoneIsYoungerThanADay() throws Exception {
        Path ws = SampleWorkspaces.copyTo(dir.resolve("ws"));
        Backups backups = new Backups(ws, 7, clock);
        assertThat(backups.dailyDue()).isTrue();
        try (Connection c = connect(ws)) {
            backups.create(c, "daily");
        }
        clock.advance(Duration.ofHours(23));
        assertThat(backups.dailyDue()).isFalse();
        clock.advance(Duration.ofHours(2));
        assertThat(backups.dailyDue()).isTrue();
    }
}
