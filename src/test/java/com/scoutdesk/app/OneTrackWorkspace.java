package com.scoutdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.cli.ScoutDeskCommand;
import com.scoutdesk.enrichment.Backoff;
import com.scoutdesk.enrichment.TierRunQueue;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.testing.ScoutDeskProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;

/**
 * A workspace made before the registry tiers existed, holding one track as a playlist fetch leaves it (Spotify id,
 * name, artist) with runs of tiers 0 to 2 only, and the {@code scoutdesk} commands run on it: in this JVM, or in a
 * child JVM through the real entry point (which also writes the workspace's log). Everything printed is kept.
 */
final class OneTrackWorkspace {

    static final String NAME = "Neon Hearts";
    static final String ARTIST = "Mara Vell";

    final Path workspace;
    final Map<String, String> env;
    final StringBuilder printed = new StringBuilder();
    private final boolean child;

    OneTrackWorkspace(Path workspace, Map<String, String> env, boolean child) {
        this.workspace = workspace;
        this.env = env;
        this.child = child;
    }

    /** Writes the workspace; returns the track's row id. */
    long seed() {
        try (Database db = Database.open(DatabaseSettings.h2File(workspace))) {
            Instant now = Instant.now();
            long id = db.write(em -> {
                Track t = new Track();
                t.setSpotifyId(RegistryFakes.TRACK);
                t.setName(NAME);
                t.setArtistNames(ARTIST);
                t.setPublisherStatus(PublisherStatus.UNKNOWN);
                t.setLeadStage(LeadStage.NEW);
                t.setFirstSeenAt(now);
                t.setUpdatedAt(now);
                em.persist(t);
                em.flush();
                return t.getId();
            });
            new TierRunQueue(db, Clock.systemUTC(), Backoff.standard()).enqueue(List.of(id),
                    List.of(EnrichmentTier.ISRC, EnrichmentTier.SPOTIFY_METADATA, EnrichmentTier.WEB_PLAYER_CREDITS));
            return id;
        }
    }

    /** The tiers the track has runs of, in order. */
    List<Integer> tiersWithRuns() {
        try (Database db = Database.open(DatabaseSettings.h2File(workspace))) {
            return db.read(em -> em.createQuery("select r.tier from TierRun r order by r.tier", Integer.class)
                    .getResultList());
        }
    }

    String[] run(String... args) {
        return run(List.of(), args);
    }

    /** Runs one command, {@code input} as what the scout types; returns exit code, stdout and stderr. */
    String[] run(List<String> input, String... args) {
        String[] result = child ? child(input, args) : inProcess(input, args);
        printed.append(result[1]).append(result[2]);
        return result;
    }

    /** Runs one command that must succeed. */
    String ok(String... args) {
        String[] result = run(args);
        assertThat(result[0]).as(String.join(" ", args) + ":\n" + result[1] + result[2]).isEqualTo("0");
        return result[1];
    }

    private String[] inProcess(List<String> input, String... args) {
        CommandLine cmd = InProcessCommands.commandLine(workspace, env);
        Deque<String> lines = new ArrayDeque<>(input);
        ((ScoutDeskCommand) cmd.getCommandSpec().userObject()).secretInput(prompt -> {
            String line = lines.poll();
            return line == null ? null : line.toCharArray();
        });
        return InProcessCommands.run(cmd, args);
    }

    private String[] child(List<String> input, String... args) {
        try {
            ProcessBuilder pb = ScoutDeskProcess.builder(workspace, args);
            pb.environment().putAll(env);
            Path dir = Files.createTempDirectory("scoutdesk-child");
            Path in = Files.write(dir.resolve("in.txt"), input, StandardCharsets.UTF_8);
            Path out = dir.resolve("out.txt");
            Path err = dir.resolve("err.txt");
            Process p = pb.redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("scoutdesk " + String.join(" ", args) + " did not finish in 180 s");
            }
            String[] result = {String.valueOf(p.exitValue()), Files.readString(out), Files.readString(err)};
            for (Path f : List.of(in, out, err, dir)) {
                Files.delete(f);
            }
            return result;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
