package com.scoutdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.integration.spotify.BenchSpotifyServer;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.persistence.safety.IntegrityCheck;
import com.scoutdesk.persistence.safety.IntegrityReport;
import com.scoutdesk.testing.ScoutDeskProcess;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise that a workspace is never left unreadable, tried the way a scout's laptop lives: many cycles of the
 * real {@code scoutdesk} (a child JVM) opening the workspace, writing to it (the sample load, enrichment of tiers 0
 * and 1 against a local fake Spotify, re-scoring everything, a backup), reading it (queue, tracks as CSV, stats) and
 * closing it, where writes end by a normal exit, by SIGTERM or by SIGKILL at a random moment. After every cycle the
 * workspace must open with no recovery needed and pass the integrity check (schema, every row, foreign keys).
 *
 * <p>{@code -Dscoutdesk.durabilityCycles=N} sets the cycles (default 18: each of the three writes with each of the three exits, twice). {@code -Dscoutdesk.durabilityLegacy=true}
 * runs the children on the database URL from before ADR 0017 (H2 compacting in place when it closes), which is how
 * the unreadable file was reproduced.
 */
class WorkspaceDurabilityTest {

    private static final int CYCLES = Integer.getInteger("scoutdesk.durabilityCycles", 18);
    private static final boolean LEGACY = Boolean.getBoolean("scoutdesk.durabilityLegacy");

    enum Exit { NORMAL, SIGTERM, SIGKILL }

    @TempDir
    Path dir;

    @Test
    void everyCycleOfWritesReadsAndExitsLeavesAWorkspaceThatOpensAndPassesItsCheck() throws Exception {
        Path ws = dir.resolve("ws");
        Random random = new Random(Long.getLong("scoutdesk.durabilitySeed", System.nanoTime()));
        Map<Exit, Integer> exits = new EnumMap<>(Exit.class);
        try (BenchSpotifyServer spotify = new BenchSpotifyServer(0, 100_000, Duration.ofSeconds(30), false).start()) {
            assertThat(run(ws, spotify, Exit.NORMAL, 0, "sample").exitValue()).isZero();
            assertOpensClean(ws, 0);
            List<List<String>> writes = List.of(List.of("enrich", "--force", "--all", "--tiers", "0,1"),
                    List.of("score", "--all"), List.of("backup", "create"));
            List<List<String>> reads = List.of(List.of("queue"), List.of("tracks", "--format", "csv"),
                    List.of("stats"));
            for (int cycle = 1; cycle <= CYCLES; cycle++) {
                Exit exit = Exit.values()[cycle % 3];
                List<String> write = writes.get((cycle / 3) % writes.size()); // every write with every exit
                long delayMs = 500 + random.nextInt(4000);
                Process p = run(ws, spotify, exit, delayMs, write.toArray(String[]::new));
                exits.merge(exit, 1, Integer::sum);
                if (exit == Exit.NORMAL) {
                    assertThat(p.exitValue()).as("cycle %d: %s", cycle, write).isZero();
                }
                List<String> read = reads.get(random.nextInt(reads.size()));
                assertThat(run(ws, spotify, Exit.NORMAL, 0, read.toArray(String[]::new)).exitValue())
                        .as("cycle %d: %s after %s (%s)", cycle, read, write, exit).isZero();
                assertOpensClean(ws, cycle);
                System.out.printf("cycle %d: %s ended by %s after %d ms, then %s: workspace checked%n", cycle,
                        String.join(" ", write), exit, delayMs, String.join(" ", read));
            }
        }
        System.out.printf("%d cycles (%s exits of the write), %s: no recovery was needed and every check passed%n",
                CYCLES, exits, LEGACY ? "legacy database URL" : "workspace database URL");
    }

    /** No recovery happened (it would hide damage), and the file passes the integrity check. */
    private void assertOpensClean(Path ws, int cycle) throws Exception {
        assertThat(ws.resolve("damaged")).as("cycle %d: the workspace had to be recovered; see %s", cycle,
                ws.resolve("logs")).doesNotExist();
        DatabaseSettings s = DatabaseSettings.h2File(ws);
        IntegrityReport check = IntegrityCheck.run(s.jdbcUrl(), s.user(), s.password());
        assertThat(check.problems()).as("cycle %d", cycle).isEmpty();
        assertThat(check.rowsOf("track")).as("cycle %d: tracks", cycle).isGreaterThan(900);
    }

    /** Runs one command; a write may be ended by SIGTERM or SIGKILL after {@code delayMs}. */
    private Process run(Path ws, BenchSpotifyServer spotify, Exit exit, long delayMs, String... args)
            throws Exception {
        ProcessBuilder pb = ScoutDeskProcess.builder(ws, args).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(dir.toFile(), "commands.log")));
        Map<String, String> env = pb.environment();
        env.put("SCOUTDESK_SPOTIFY_API_URL", spotify.baseUrl());
        env.put("SCOUTDESK_SPOTIFY_ACCOUNTS_URL", spotify.baseUrl());
        env.put("SCOUTDESK_SPOTIFY_CLIENT_ID", "bench-client-id");
        env.put("SCOUTDESK_SPOTIFY_CLIENT_SECRET", "bench-client-secret");
        env.put("SCOUTDESK_SPOTIFY_REQUESTS_PER_30S", "100000");
        env.put("SCOUTDESK_SPOTIFY_WEB_URL", "http://127.0.0.1:9");
        if (LEGACY) {
            env.put("SCOUTDESK_DB_URL", "jdbc:h2:retry:" + ws.toAbsolutePath().resolve("scoutdesk")
                    + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
            env.put("SCOUTDESK_DB_USER", "sa");
        }
        Files.writeString(dir.resolve("commands.log"), "$ scoutdesk " + String.join(" ", args) + " (" + exit
                + ")\n", java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        Process p = pb.start();
        if (exit != Exit.NORMAL && !p.waitFor(delayMs, TimeUnit.MILLISECONDS)) {
            if (exit == Exit.SIGTERM) {
                p.destroy();
            } else {
                p.destroyForcibly();
            }
        }
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("scoutdesk %s ended", String.join(" ", args)).isTrue();
        return p;
    }
}
