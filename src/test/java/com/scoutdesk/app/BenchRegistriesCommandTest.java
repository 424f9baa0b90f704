package com.scoutdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.bench.BenchRegistryServer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scoutdesk bench registries} end to end, in-process, against the registry benchmark fake at its published
 * rates with a few tracks: every tier done for every track, no request refused for going too fast, the requests the
 * clients counted are the requests the fake received, and the figures are printed. Not timed: how close the wall
 * time comes to the bound is what the command reports, never what a test asserts. About 35 s (MusicBrainz and
 * Chartmetric at one request a second).
 */
class BenchRegistriesCommandTest {

    private static final int TRACKS = 8;

    @TempDir
    Path dir;

    private BenchRegistryServer fake;

    @AfterEach
    void stopFake() {
        if (fake != null) {
            fake.close();
        }
    }

    private static long printedRequests(String out, String provider) {
        Matcher m = Pattern.compile(Pattern.quote(provider) + " +\\d +\\d+ +([\\d,]+) +\\d+ s").matcher(out);
        assertThat(m.find()).as(provider + " in\n" + out).isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    @Test
    void onePassEnrichesEveryTrackInEveryRegistryTierWithoutARejectionAndPrintsTheBound() {
        fake = new BenchRegistryServer(0, 2, 1, 10_000).start();

        String[] run = InProcessCommands.runNamingTheWorkspace(fake.environment(), "bench", "registries",
                "--tracks", String.valueOf(TRACKS), "--workspace", dir.resolve("bench-ws").toString());

        String out = run[1];
        assertThat(run[0]).as(run[2] + out).isEqualTo("0");
        assertThat(fake.rejected()).as(fake.summary()).isZero();
        assertThat(out).contains("ScoutDesk registry benchmark: 8 tracks")
                .contains("tier 3 (The MLC publisher status): 8 done, 0 failed, 0 deferred\n")
                .contains("tier 4 (MusicBrainz songwriters and socials): 8 done, 0 failed, 0 deferred\n")
                .contains("tier 5 (Chartmetric analytics): 8 done, 0 failed, 0 deferred\n")
                .contains("tier 6 (YouTube views): 8 done, 0 failed, 0 deferred\n")
                .containsPattern("Wall time \\(one pipeline pass\\): [\\d,.]+ s")
                .containsPattern("Bound set by the slowest provider \\((MusicBrainz|Chartmetric)\\): \\d+ s")
                .containsPattern("Sum of the providers' bounds \\(one after another, no overlap\\): \\d+ s")
                .containsPattern("Wall / bound: \\d+\\.\\d % \\(target");
        Map<String, Long> received = fake.totals();
        for (String provider : new String[] {"The MLC", "MusicBrainz", "Chartmetric", "YouTube"}) {
            assertThat(printedRequests(out, provider)).as(provider).isEqualTo(received.get(provider));
        }
        // A login, then a recording search and a work per track.
        assertThat(received.get("The MLC")).isEqualTo(1 + 2L * TRACKS);
        // A token, then ids, track, stream and view history per track.
        assertThat(received.get("Chartmetric")).isEqualTo(1 + 4L * TRACKS);
        assertThat(fake.counts("MusicBrainz")).containsEntry("isrc", (long) TRACKS)
                .containsEntry("recording", (long) TRACKS);
        assertThat(fake.counts("YouTube")).doesNotContainKey("search");
    }

    @Test
    void aProviderLeftOutIsSaidSoAndARemoteOneIsRefused() {
        fake = new BenchRegistryServer(0, 2, 1, 10_000).start();
        Map<String, String> env = new HashMap<>(fake.environment());
        env.put("SCOUTDESK_MUSICBRAINZ_URL", "https://musicbrainz.org");
        String[] remote = InProcessCommands.runNamingTheWorkspace(env, "bench", "registries", "--tracks", "2",
                "--workspace", dir.resolve("a").toString());
        assertThat(remote[0]).isEqualTo("1");
        assertThat(remote[2]).contains("MusicBrainz (https://musicbrainz.org) is not on this machine")
                .contains("--allow-remote");
        assertThat(fake.totals().values()).allMatch(n -> n == 0);

        env.put("SCOUTDESK_MUSICBRAINZ_URL", "");
        env.remove("SCOUTDESK_CHARTMETRIC_REFRESH_TOKEN");
        env.remove("SCOUTDESK_YOUTUBE_API_KEY");
        String[] mlcOnly = InProcessCommands.runNamingTheWorkspace(env, "bench", "registries", "--tracks", "2",
                "--workspace", dir.resolve("b").toString());
        assertThat(mlcOnly[0]).as(mlcOnly[2] + mlcOnly[1]).isEqualTo("0");
        assertThat(mlcOnly[1]).contains("MusicBrainz  tier 4  not configured: left out of the pass and of the bound")
                .contains("tier 3 (The MLC publisher status): 2 done").doesNotContain("tier 5 (")
                .contains("Bound set by the slowest provider (The MLC): 2 s");
        assertThat(fake.totals()).containsEntry("The MLC", 5L).containsEntry("MusicBrainz", 0L);
    }
}
