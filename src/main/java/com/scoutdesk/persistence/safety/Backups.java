package com.scoutdesk.persistence.safety;

import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.persistence.WorkspaceException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backups of one embedded workspace, in its {@code backups/} folder: taken online with H2's {@code BACKUP TO}
 * (at most once a day when the workspace opens, before every schema update, and when the scout asks), the newest
 * {@code keep} automatic ones kept, and put back only after the copy passed an integrity check.
 */
public final class Backups {

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final Duration DAILY = Duration.ofHours(24);

    private final Path workspace;
    private final Path folder;
    private final int keep;
    private final Clock clock;

    public Backups(Path workspace, int keep, Clock clock) {
        this.workspace = workspace;
        this.folder = workspace.resolve("backups");
        this.keep = keep;
        this.clock = clock;
    }

    /** Every backup, newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "scoutdesk-*.zip")) {
            for (Path f : files) {
                Backup.of(f, Files.size(f)).ifPresent(out::add);
            }
        } catch (IOException e) {
            throw new WorkspaceException("Cannot read the backups folder " + folder + " (" + e.getMessage() + ").", e);
        }
        out.sort(Comparator.comparing(Backup::taken).thenComparing(Backup::name).reversed());
        return out;
    }

    /** True when no backup was taken in the last 24 hours. */
    public boolean dailyDue() {
        return list().stream().noneMatch(b -> Duration.between(b.taken(), clock.instant()).compareTo(DAILY) < 0);
    }

    /**
     * Backs up the open database behind {@code c} (H2's online backup: a consistent copy while it stays open), then
     * removes the oldest automatic backups beyond {@code keep}. The zip is written under a temporary name and moved
     * into place when complete, so a crash never leaves half a backup that looks whole.
     */
    public Backup create(Connection c, String reason) {
        try {
            Files.createDirectories(folder);
            String base = "scoutdesk-" + WorkspaceFiles.stamp(clock) + "-" + reason;
            Path target = folder.resolve(base + ".zip");
            for (int i = 2; Files.exists(target); i++) {
                target = folder.resolve(base + "-" + i + ".zip");
            }
            Path part = folder.resolve(target.getFileName() + ".part");
            try (Statement s = c.createStatement()) {
                s.execute("BACKUP TO '" + part.toString().replace("'", "''") + "'");
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            Backup made = Backup.of(target, Files.size(target)).orElseThrow();
            LOG.info("Backed up the workspace to {} ({} bytes)", target, made.bytes());
            prune();
            return made;
        } catch (IOException | SQLException e) {
            if (Damage.isDiskFull(e)) {
                throw new WorkspaceException(DiskSpace.fullMessage(folder, "a backup"), e);
            }
            throw new WorkspaceException("Could not back up the workspace to " + folder + " (" + Damage.describe(e)
                    + ").", e);
        }
    }

    private void prune() throws IOException {
        List<Backup> automatic = list().stream().filter(Backup::automatic).toList();
        for (Backup old : automatic.subList(Math.min(keep, automatic.size()), automatic.size())) {
            Files.deleteIfExists(old.file());
            LOG.info("Removed the old backup {}", old.name());
        }
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, "*.part")) {
            for (Path p : parts) {
                Files.deleteIfExists(p); // left by a backup that was killed
            }
        }
    }

    /** The newest backup and what its check counts, for a recovery report; empty when there is none or it fails. */
    public Optional<RecoveryReport.BackupCheck> newestCheck() {
        for (Backup b : list()) {
            Path scratch = workspace.resolve("checking");
            try {
                IntegrityReport check = unpackAndCheck(b, scratch);
                return Optional.of(new RecoveryReport.BackupCheck(b.name(), check));
            } catch (IOException | SQLException | RuntimeException e) {
                LOG.warn("The backup {} could not be checked ({})", b.name(), Damage.describe(e));
            } finally {
                WorkspaceFiles.deleteQuietly(scratch);
            }
        }
        return Optional.empty();
    }

    /**
     * Puts a backup back in place of the workspace database. The caller holds the workspace lock with the database
     * closed. The backup is unpacked and checked first; a backup that fails its check changes nothing. The database
     * it replaces is moved, untouched, to {@code replaced/<time>/}.
     *
     * @param which a backup's name as {@link #list()} shows it, or the path of a backup zip
     */
    public RestoreReport restore(String which) {
        Backup backup = find(which);
        Path restoring = workspace.resolve("restoring");
        try {
            IntegrityReport check = unpackAndCheck(backup, restoring);
            if (!check.passed()) {
                throw new WorkspaceException("The backup " + backup.name() + " did not pass its check ("
                        + String.join("; ", check.problems()) + "). Nothing was changed; choose another backup "
                        + "(`scoutdesk backup list`).");
            }
            Optional<Path> replaced = Optional.empty();
            if (Files.exists(workspace.resolve(WorkspaceFiles.FILE))) {
                Path keptIn = workspace.resolve("replaced").resolve(WorkspaceFiles.stamp(clock));
                WorkspaceFiles.moveDatabase(workspace, keptIn);
                replaced = Optional.of(keptIn);
            }
            Files.move(restoring.resolve(WorkspaceFiles.FILE), workspace.resolve(WorkspaceFiles.FILE),
                    StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Restored the backup {}; the database it replaced is kept in {}", backup.name(), replaced);
            return new RestoreReport(backup, check, replaced);
        } catch (IOException | SQLException e) {
            if (Damage.isDiskFull(e)) {
                throw new WorkspaceException(DiskSpace.fullMessage(workspace, "restoring a backup"), e);
            }
            throw new WorkspaceException("Could not restore " + backup.name() + " (" + Damage.describe(e)
                    + "). Nothing was changed.", e);
        } finally {
            WorkspaceFiles.deleteQuietly(restoring);
        }
    }

    private Backup find(String which) {
        Path asPath = Path.of(which);
        if (which.endsWith(".zip") && Files.isRegularFile(asPath)) {
            try {
                return new Backup(asPath.getFileName().toString(), asPath,
                        Files.getLastModifiedTime(asPath).toInstant(), "file", Files.size(asPath));
            } catch (IOException e) {
                throw new WorkspaceException("Cannot read the backup " + which + " (" + e.getMessage() + ").", e);
            }
        }
        String name = which.endsWith(".zip") ? which.substring(0, which.length() - 4) : which;
        return list().stream().filter(b -> b.name().equals(name)).findFirst()
                .orElseThrow(() -> new WorkspaceException("There is no backup named " + which + " in " + folder
                        + ". `scoutdesk backup list` shows the backups there; a zip file elsewhere can be given by "
                        + "its path."));
    }

    /** Unpacks a backup's database into {@code into} and checks it there. */
    private static IntegrityReport unpackAndCheck(Backup backup, Path into) throws IOException, SQLException {
        WorkspaceFiles.deleteTree(into);
        Files.createDirectories(into);
        boolean found = false;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup.file()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().endsWith(".mv.db")) {
                    copy(zip, into.resolve(WorkspaceFiles.FILE));
                    found = true;
                }
            }
        }
        if (!found) {
            throw new WorkspaceException("The file " + backup.file() + " is not a ScoutDesk backup (it holds no "
                    + "workspace database). Nothing was changed.");
        }
        DatabaseSettings copy = DatabaseSettings.h2File(into);
        IntegrityReport check = IntegrityCheck.run(copy.jdbcUrl(), copy.user(), copy.password());
        if (check.schemaVersion().isEmpty() && check.passed()) {
            // Another program's database, or a file in which H2 found none and started an empty one: the check
            // reads every row of it and finds nothing wrong, yet it is nothing a scout could work in.
            List<String> problems = new ArrayList<>(check.problems());
            problems.add("it holds no ScoutDesk workspace (no schema history)");
            return new IntegrityReport(check.schemaVersion(), check.rows(), problems);
        }
        return check;
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** What a restore put back and where the database it replaced went. */
    public record RestoreReport(Backup backup, IntegrityReport check, Optional<Path> replacedKeptIn) {
    }
}
