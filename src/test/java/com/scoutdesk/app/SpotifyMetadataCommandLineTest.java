package com.scoutdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.testing.ScoutDeskProcess;
import com.scoutdesk.testing.ScoutDeskProcess.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code spotify-metadata fetch} and {@code apply} through the real entry point: exit codes and messages. */
class SpotifyMetadataCommandLineTest {

    @TempDir
    Path dir;

    private Result run(Path ws, String... args) throws Exception {
        return ScoutDeskProcess.run(ws, args);
    }

    @Test
    void fetchEditApplyRejectsABadFileThenAppliesOnceAndAgainChangesNothing() throws Exception {
        Path ws = dir.resolve("workspace");
        Result sample = run(ws, "sample");
        assertThat(sample.exitCode()).as(sample.stderr()).isZero();

        Path fetched = dir.resolve("audit.csv");
        Result fetch = run(ws, "spotify-metadata", "fetch", "--out", fetched.toString());
        assertThat(fetch.exitCode()).as(fetch.stderr()).isZero();
        List<String> lines = Files.readAllLines(fetched, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("track_id,spotify_id,spotify_popularity,isrc");
        assertThat(fetch.stdout()).contains("Wrote " + (lines.size() - 1) + " rows");
        assertThat(lines.size()).isGreaterThan(3);

        // A bad file: line 2 has a popularity out of range, line 3 another track's Spotify id.
        List<String> bad = new ArrayList<>(lines);
        String[] first = bad.get(1).split(",", -1);
        String[] second = bad.get(2).split(",", -1);
        bad.set(1, first[0] + "," + first[1] + ",250," + first[3]);
        bad.set(2, second[0] + "," + first[1] + "," + second[2] + "," + second[3]);
        Path badFile = dir.resolve("bad.csv");
        Files.write(badFile, bad, StandardCharsets.UTF_8);
        Result rejected = run(ws, "spotify-metadata", "apply", badFile.toString());
        assertThat(rejected.exitCode()).isEqualTo(1);
        assertThat(rejected.stderr()).contains("nothing was changed").contains("2 problems")
                .contains("line 2: spotify_popularity '250' is not a whole number from 0 to 100;")
                .contains("line 3: spotify_id " + first[1] + " is not the Spotify id of track " + second[0]);
        Path again = dir.resolve("again.csv");
        assertThat(run(ws, "spotify-metadata", "fetch", "--out", again.toString()).exitCode()).isZero();
        assertThat(Files.readAllLines(again)).as("the rejected file changed nothing").isEqualTo(lines);

        // A good edit: a new popularity on the first track.
        int popularity = first[2].isEmpty() || Integer.parseInt(first[2]) != 42 ? 42 : 43;
        List<String> good = new ArrayList<>(lines);
        good.set(1, first[0] + "," + first[1] + "," + popularity + "," + first[3]);
        Path goodFile = dir.resolve("good.csv");
        Files.write(goodFile, good, StandardCharsets.UTF_8);
        Result applied = run(ws, "spotify-metadata", "apply", goodFile.toString());
        assertThat(applied.exitCode()).as(applied.stderr()).isZero();
        assertThat(applied.stdout()).containsPattern("Before: \\d+ tracks, \\d+ with an ISRC, \\d+ with a popularity")
                .contains("Applied " + (lines.size() - 1) + " rows: 1 changed (0 ISRCs and 1 popularity values "
                        + "written)")
                .containsPattern("After: \\d+ tracks, \\d+ with an ISRC");

        Result reapplied = run(ws, "spotify-metadata", "apply", goodFile.toString());
        assertThat(reapplied.exitCode()).as(reapplied.stderr()).isZero();
        assertThat(reapplied.stdout()).contains("0 changed").contains("Nothing changed");
        Path after = dir.resolve("after.csv");
        assertThat(run(ws, "spotify-metadata", "fetch", "--out", after.toString()).exitCode()).isZero();
        assertThat(Files.readAllLines(after)).isEqualTo(good);

        Result missing = run(ws, "spotify-metadata", "apply", dir.resolve("nope.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.stderr()).contains("no readable file");

        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        Result refused = run(ws, "spotify-metadata", "apply", empty.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.stderr()).contains("the file is empty", "`scoutdesk spotify-metadata fetch --out FILE`");
    }
}
