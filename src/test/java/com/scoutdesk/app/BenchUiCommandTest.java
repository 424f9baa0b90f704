package com.scoutdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.app.uibench.FxUiBenchmark;
import com.scoutdesk.cli.CommandLineRunner;
import com.scoutdesk.integration.spotify.BenchSpotifyServer;
import com.scoutdesk.testing.TestEnvironment;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code scoutdesk bench ui} end to end on a tiny workspace, headless (Monocle), enriching against the Spotify
 * benchmark fake: every figure is printed, positive and judged. Not timed: the speed is what the command reports.
 */
class BenchUiCommandTest {

    private static final String NUMBER = "([\\d,]+(?:\\.\\d+)?)";

    @TempDir
    Path dir;

    private BenchSpotifyServer fake;

    @BeforeAll
    static void englishNumbers() {
        Locale.setDefault(Locale.US);
    }

    @AfterEach
    void stopFake() {
        if (fake != null) {
            fake.close();
        }
    }

    private String[] run(Map<String, String> given, String... args) {
        Map<String, String> env = TestEnvironment.withoutRealSources(given);
        CommandLine cmd = CommandLineRunner.create(ws -> AppContext.open(new AppPaths(ws.orElseThrow()), env, false),
                ws -> WorkspaceBackups.open(new AppPaths(ws.orElseThrow()), env),
                ws -> UserCredentials.open(new AppPaths(ws.orElseThrow()), env), ws -> {
                    throw new AssertionError("no window in this test");
                }, new FxUiBenchmark());
        return InProcessCommands.run(cmd, args);
    }

    private Map<String, String> spotify() {
        fake = new BenchSpotifyServer(0, 1000, Duration.ofSeconds(30), false).start();
        Map<String, String> env = new HashMap<>();
        env.put("SCOUTDESK_SPOTIFY_API_URL", fake.baseUrl());
        env.put("SCOUTDESK_SPOTIFY_ACCOUNTS_URL", fake.baseUrl());
        env.put("SCOUTDESK_SPOTIFY_CLIENT_ID", "bench-client-id");
        env.put("SCOUTDESK_SPOTIFY_CLIENT_SECRET", "bench-client-secret");
        env.put("SCOUTDESK_SPOTIFY_REQUESTS_PER_30S", "1000");
        return env;
    }

    private static double figure(String out, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(out);
        assertThat(m.find()).as("no match for %s in%n%s", pattern, out).isTrue();
        return Double.parseDouble(m.group(1).replace(",", ""));
    }

    @Test
    void measuresTheWindowOnATinyWorkspaceAndPrintsEveryFigureWithItsVerdict() {
        String[] r = run(spotify(), "bench", "ui", "--entries", "1000", "--runs", "8", "--enrich-tracks", "40",
                "--enrich-seconds", "60", "--workspace", dir.resolve("ws").toString());

        String out = r[1];
        assertThat(r[0]).as(r[2] + out).isEqualTo("0");
        assertThat(figure(out, "the window at 1280 x 800 on " + NUMBER + " tracks")).isPositive();
        assertThat(figure(out, "First full dashboard \\(rows, count, metric cards\\) +" + NUMBER + " ms")).isPositive();
        assertThat(figure(out, "the dashboard was laid out after " + NUMBER + " ms")).isPositive();
        assertThat(figure(out, "all filter changes +8 +" + NUMBER)).isPositive();
        assertThat(out).contains("search (timed from the end of the typing pause)").contains("week")
                .contains("score range").contains("completeness flag");
        assertThat(figure(out, "Longest FX thread stall while enriching +" + NUMBER + " ms")).isPositive();
        assertThat(figure(out, NUMBER + " frames over")).isGreaterThan(1);
        assertThat(out).contains("40 of 40 tracks enriched (tiers 0, 1): 80 runs done")
                .contains("the pass ended by itself");
        assertThat(figure(out, "Resident memory \\(highest VmRSS sampled\\) +" + NUMBER + " MB")).isPositive();
        assertThat(out.lines().filter(l -> l.endsWith("PASS") || l.endsWith("OVER")).count()).isEqualTo(4);
    }

    @Test
    void refusesAProviderThatIsNotOnThisMachine() {
        Map<String, String> env = spotify();
        env.put("SCOUTDESK_SPOTIFY_API_URL", "https://api.spotify.example");

        String[] r = run(env, "bench", "ui", "--entries", "1000", "--workspace", dir.resolve("ws").toString());

        assertThat(r[0]).isEqualTo("1");
        assertThat(r[2]).contains("not on this machine").contains("--allow-remote");
        assertThat(r[1]).doesNotContain("Loaded");
    }
}
