package com.scoutdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.enrichment.Backoff;
import com.scoutdesk.enrichment.QueuedRun;
import com.scoutdesk.enrichment.TierRunQueue;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.testing.ScoutDeskProcess;
import com.scoutdesk.testing.TestTracks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a scout sees when the workspace, the configuration or what they typed is wrong, through the real root. */
class CommandLineProblemsTest {

    private static final String HOSTILE = "Evil\u001b[2J\nSecond line\t\u202eName";

    @TempDir
    Path dir;

    private String[] run(Path workspace, String... args) {
        return InProcessCommands.run(workspace, Map.of(), args);
    }

    @Test
    void aPlaylistNumberThatDoesNotExistIsNotCalledABadSpotifyLink() {
        Path ws = dir.resolve("ws");
        for (String[] args : List.of(new String[] {"playlists", "fetch", "999"},
                new String[] {"tracks", "--playlist", "2"})) {
            String[] r = run(ws, args);
            assertThat(r[0]).as(r[2]).isEqualTo("2");
            assertThat(r[2]).contains("there is no playlist #" + args[2] + " in this workspace; "
                    + "`scoutdesk playlists list` shows them").doesNotContainIgnoringCase("spotify");
        }
    }

    @Test
    void controlCharactersInNamesAreEscapedOnTheTerminalAndExactInCsv() {
        Path ws = dir.resolve("ws");
        try (Database db = Database.open(DatabaseSettings.h2File(ws))) {
            long id = db.write(em -> {
                Track t = TestTracks.track("6rqhFgbbKwnb9MLmUQDhG6", HOSTILE, "Artist\u001b[31m", Instant.now());
                em.persist(t);
                return t.getId();
            });
            TierRunQueue queue = new TierRunQueue(db, Clock.systemUTC(), Backoff.standard());
            queue.enqueue(List.of(id), List.of(EnrichmentTier.ISRC));
            QueuedRun run = queue.claim(EnrichmentTier.ISRC, 1).get(0);
            queue.failed(run, "the page said \u001b[2J" + HOSTILE, 10);
            queue.release(List.of(run));
        }

        String[] table = run(ws, "tracks");
        assertThat(table[1].lines()).as(table[1]).hasSize(3);
        assertThat(table[1]).doesNotContain("\u001b").doesNotContain("\t").doesNotContain("\u202e")
                .contains("Evil\\x1b[2J\\nSecond");

        String[] queue = run(ws, "queue");
        assertThat(queue[1]).doesNotContain("\u001b").doesNotContain("\t").doesNotContain("\u202e")
                .contains("the page said \\x1b[2J");

        String[] csv = run(ws, "tracks", "--format", "csv");
        assertThat(csv[1]).as("CSV keeps the value exact; its quoting carries the line break").contains(HOSTILE);
    }

    @Test
    void aWorkspaceThatIsAFileOrAMalformedConfigurationIsOneMessageWithoutAStackTrace() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        ScoutDeskProcess.Result r = ScoutDeskProcess.run(file, "stats");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.stderr()).isEqualTo("scoutdesk: The workspace " + file + " is a file, not a folder. Give a "
                + "folder (it is created if missing) with --workspace DIR or SCOUTDESK_HOME." + System.lineSeparator());

        Path ws = Files.createDirectories(dir.resolve("bad-config"));
        Files.writeString(ws.resolve("scoutdesk.properties"), "LOG_LEVEL=INFO\n\\u12\n");
        r = ScoutDeskProcess.run(ws, "stats");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.stderr()).startsWith("scoutdesk: ScoutDesk cannot start because of its configuration")
                .doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("ERROR");
    }
}
