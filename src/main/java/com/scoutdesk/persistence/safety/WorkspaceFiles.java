package com.scoutdesk.persistence.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Stream;

/** The names of a workspace's database files, and the few file moves that keep or replace them. */
final class WorkspaceFiles {

    static final String NAME = "scoutdesk";
    static final String FILE = NAME + ".mv.db";
    private static final String TRACE = NAME + ".trace.db";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private WorkspaceFiles() {
    }

    /** A UTC time stamp for folder and file names, e.g. {@code 20261205-164300}. */
    static String stamp(Clock clock) {
        return STAMP.format(clock.instant());
    }

    static java.time.Instant parseStamp(String stamp) {
        return java.time.LocalDateTime.parse(stamp, DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                .toInstant(ZoneOffset.UTC);
    }

    /** Moves the database file (and H2's trace file, evidence of what went wrong) into {@code target}. */
    static void moveDatabase(Path workspace, Path target) throws IOException {
        Files.createDirectories(target);
        Files.move(workspace.resolve(FILE), target.resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
        if (Files.exists(workspace.resolve(TRACE))) {
            Files.move(workspace.resolve(TRACE), target.resolve(TRACE), StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Removes a scratch folder; one left behind is cleared before its next use. */
    static void deleteQuietly(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(WorkspaceFiles.class).warn("Could not remove {} ({})", dir,
                    e.getMessage());
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
