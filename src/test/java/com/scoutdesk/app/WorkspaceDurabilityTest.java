package com.scoutdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.integration.spotify.BenchSpotifyServer;
import com.scoutdesk.persistence.CloseStorm;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.persistence.safety.IntegrityCheck;
import com.scoutdesk.persistence.safety.IntegrityReport;
import com.scoutdesk.testing.ScoutDeskProcess;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise that a workspace is never left unreadable, tried the way a scout's laptop lives: many cycles of the
 * real {@code scoutdesk} (a child JVM) opening the workspace, writing to it (the sample load, enrichment of tiers 0
 * and 1 against a local fake Spotify, re-scoring everything, a backup), reading it (queue, tracks as CSV, stats) and
 * closing it, where writes end by a normal exit, by SIGTERM or by SIGKILL at a random moment. After every cycle the
 * workspace must open with no recovery needed and pass the integrity check (schema, every row, foreign keys). A
 * second test is the close storm: hundreds of closes in a row, which is what the failure of ADR 0017 needed.
 *
 * <p>{@code -Dscoutdesk.durabilityCycles=N} sets the cycles (default 18: each of the three writes with each of the
 * three exits, twice), {@code -Dscoutdesk.durabilityStormCycles=N} the storm's (default 600, two closes each).
 * {@code -Dscoutdesk.durabilityLegacy=true} runs both on the database URL from before ADR 0017 (H2 compacting in place
 * when it closes); the storm then reproduces the unreadable file (README "Durability" has the figures).
 */
class WorkspaceDurabilityTest {

    private static final int CYCLES = Integer.getInteger("scoutdesk.durabilityCycles", 18);
    private static final boolean LEGACY = Boolean.getBoolean("scoutdesk.durabilityLegacy");
    private static final int STORM_CYCLES = Integer.getInteger("scoutdesk.durabilityStormCycles", 600);
    /** The storm's cycles from one fresh start of the evidence rows. */
    private static final int STORM_SEGMENT = 200;
    /** The sample workspace's tracks, and the evidence workspace's: no cycle may lose any. */
    private static final int SAMPLE_TRACKS = 1_032;
    private static final int EVIDENCE_TRACKS = 248;

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
            assertOpensClean(ws, 0, SAMPLE_TRACKS);
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
                assertOpensClean(ws, cycle, SAMPLE_TRACKS);
                System.out.printf("cycle %d: %s ended by %s after %d ms, then %s: workspace checked%n", cycle,
                        String.join(" ", write), exit, delayMs, String.join(" ", read));
            }
        }
        System.out.printf("%d cycles (%s exits of the write), %s: no recovery was needed and every check passed%n",
                CYCLES, exits, LEGACY ? "legacy database URL" : "workspace database URL");
    }

    /**
     * The close storm: {@code STORM_CYCLES} cycles of open, one of ScoutDesk's writes, close and open again
     * ({@link CloseStorm}), in a child JVM that runs as the application does (no {@code -ea}: H2's own assertions
     * would stop the very close that does the damage). Every {@code STORM_SEGMENT} cycles it starts again from the rows
     * of the workspace that became unreadable ({@code shared/evidence}), as ScoutDesk recovered them, kept here as a
     * script ({@code durability/evidence-workspace.sql.gz}), opened first by the real {@code scoutdesk}. On the
     * database URL from before ADR 0017 ({@code -Dscoutdesk.durabilityLegacy=true}) the failures came within the
     * first 400 closes of a start or not for thousands, hence the fresh starts. After each segment the workspace
     * gets the same check as after every cycle above.
     */
    @Test
    void hundredsOfClosesAfterScoutDesksWritesLeaveAWorkspaceThatOpensAndPassesItsCheck() throws Exception {
        Path script = dir.resolve("evidence-workspace.sql.gz");
        try (var in = WorkspaceDurabilityTest.class.getResourceAsStream("/durability/evidence-workspace.sql.gz")) {
            Files.copy(Objects.requireNonNull(in, "durability/evidence-workspace.sql.gz"), script);
        }
        long seed = Long.getLong("scoutdesk.durabilitySeed", System.nanoTime());
        int closes = 0;
        try (BenchSpotifyServer spotify = new BenchSpotifyServer(0, 100_000, Duration.ofSeconds(30), false).start()) {
            for (int segment = 1, done = 0; done < STORM_CYCLES; segment++, done += STORM_SEGMENT) {
                Path ws = Files.createDirectories(dir.resolve("storm-" + segment));
                String url = LEGACY ? CloseStorm.legacyUrl(ws) : DatabaseSettings.h2File(ws).jdbcUrl();
                try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
                    s.execute("RUNSCRIPT FROM '" + script + "' COMPRESSION GZIP");
                }
                assertThat(run(ws, spotify, Exit.NORMAL, 0, "stats").exitValue()).isZero();
                int cycles = Math.min(STORM_SEGMENT, STORM_CYCLES - done);
                String result = storm(ws, cycles, seed + segment);
                closes += 2 * cycles;
                assertOpensClean(ws, done, EVIDENCE_TRACKS);
                System.out.printf("storm segment %d: %s%n", segment, result);
            }
        }
        System.out.printf("close storm: %d closes from fresh starts, %s: every open succeeded and every check passed%n",
                closes, LEGACY ? "legacy database URL" : "workspace database URL");
    }

    /** Runs one storm in a child JVM; returns its last line, and fails with it when an open failed. */
    private String storm(Path ws, int cycles, long seed) throws Exception {
        Path out = ws.resolveSibling(ws.getFileName() + ".log");
        Process storm = ScoutDeskProcess.java(List.of("-Xmx1g"), CloseStorm.class.getName(), ws.toString(),
                LEGACY ? "legacy" : "workspace", Integer.toString(cycles), Long.toString(seed))
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        boolean ended = storm.waitFor(60, TimeUnit.MINUTES);
        List<String> lines = Files.readAllLines(out);
        String last = lines.isEmpty() ? "(nothing printed)" : lines.get(lines.size() - 1);
        System.out.println(last);
        assertThat(ended).as("the close storm ended").isTrue();
        assertThat(storm.exitValue()).as("%s (see %s)", last, out).isZero();
        return last;
    }

    /** No recovery happened (it would hide damage), and the file passes the integrity check. */
    private void assertOpensClean(Path ws, int cycle, int tracks) throws Exception {
        assertThat(ws.resolve("damaged")).as("cycle %d: the workspace had to be recovered; see %s", cycle,
                ws.resolve("logs")).doesNotExist();
        DatabaseSettings s = DatabaseSettings.h2File(ws);
        IntegrityReport check = IntegrityCheck.run(s.jdbcUrl(), s.user(), s.password());
        assertThat(check.problems()).as("cycle %d", cycle).isEmpty();
        assertThat(check.rowsOf("track")).as("cycle %d: tracks", cycle).isGreaterThanOrEqualTo(tracks);
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
            env.put("SCOUTDESK_DB_URL", CloseStorm.legacyUrl(ws));
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
