package com.scoutdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without credentials for The MLC, Chartmetric and YouTube, their tiers read "not configured" in {@code scoutdesk
 * track} and {@code scoutdesk queue}, and the score is what the other tiers make it: unknown is never unsigned, so no
 * publisher or growth evidence appears and the publisher status stays unknown.
 */
class UnconfiguredRegistriesTest {

    @TempDir
    Path dir;
    RegistryFakes fakes;

    @AfterEach
    void stop() {
        if (fakes != null) {
            fakes.close();
        }
    }

    @Test
    void tiersWithoutCredentialsReadNotConfiguredAndAddNothingToTheScore() throws Exception {
        fakes = new RegistryFakes();
        Map<String, String> env = new HashMap<>(fakes.env(dir.resolve("home/credentials.properties")));
        env.remove("SCOUTDESK_CHARTMETRIC_REFRESH_TOKEN");
        env.remove("SCOUTDESK_YOUTUBE_API_KEY");
        // Spotify through the environment this time; nothing at all for The MLC.
        env.put("SCOUTDESK_SPOTIFY_CLIENT_ID", fakes.credentialInput("spotify").get(0));
        env.put("SCOUTDESK_SPOTIFY_CLIENT_SECRET", fakes.spotifySecret);
        OneTrackWorkspace ws = new OneTrackWorkspace(dir.resolve("workspace"), env, false);
        long trackId = ws.seed();

        String enrich = ws.ok("enrich");
        assertThat(enrich).as("tiers 0, 1, 2 and MusicBrainz, which needs no credentials")
                .contains("Enrichment: 4 done, 0 skipped (complete already), 0 failed, 0 deferred.");

        String track = ws.ok("track", RegistryFakes.TRACK);
        for (int tier : List.of(0, 1, 2, 4)) {
            assertThat(track).containsPattern("(?m)^  " + tier + " .{36} done$");
        }
        for (int tier : List.of(3, 5, 6)) {
            assertThat(track).containsPattern("(?m)^  " + tier + " .{36} not configured$");
        }
        assertThat(track).containsPattern("(?m)^  publisher_status +UNKNOWN$")
                .containsPattern("(?m)^  chartmetric_streams_per_day +unknown$")
                .containsPattern("(?m)^  youtube_views +unknown$");

        String queue = ws.ok("queue");
        assertThat(queue).contains("tier 3 The MLC publisher status: not configured; its runs wait for The MLC "
                        + "credentials (`scoutdesk credentials set mlc`).")
                .contains("tier 5 Chartmetric analytics: not configured; its runs wait for a Chartmetric refresh "
                        + "token (`scoutdesk credentials set chartmetric`).")
                .contains("tier 6 YouTube views: not configured; its runs wait for a YouTube API key (`scoutdesk "
                        + "credentials set youtube`).")
                .doesNotContain("tier 0 ISRC recovery: not configured").doesNotContain("tier 4 MusicBrainz");

        String score = ws.ok("score", "--explain", RegistryFakes.TRACK);
        String evidence = score.substring(0, score.indexOf("Not known yet"));
        String missing = score.substring(score.indexOf("Not known yet"));
        assertThat(evidence).as("no publisher and no growth evidence: not configured is not unsigned")
                .doesNotContain("MLC").doesNotContain("publish").doesNotContain("streams a day");
        assertThat(missing).contains("  Publisher status unknown until The MLC is checked")
                .contains("  Stream growth unknown until Chartmetric has two points of history");
        // The score is the other tiers' evidence and nothing else: its lines add up to it.
        Matcher total = Pattern.compile("Unsigned score (\\d+\\.\\d) of 10").matcher(score);
        assertThat(total.find()).as(score).isTrue();
        double sum = Pattern.compile(": ([+-]\\d+\\.\\d)$", Pattern.MULTILINE).matcher(evidence).results()
                .mapToDouble(m -> Double.parseDouble(m.group(1))).sum();
        assertThat(sum).isCloseTo(Double.parseDouble(total.group(1)), org.assertj.core.data.Offset.offset(0.01));
        assertThat(evidence).contains("  Neutral start: +5.0").contains("  44,000 Spotify streams (under 50,000 "
                + "streams): +1.0").contains("  3 songwriters credited: +0.0")
                .contains("  MusicBrainz has a profile for the artist: +0.0");
        assertThat(track).contains("Unsigned score " + total.group(1) + " of 10");

        try (Database db = Database.open(DatabaseSettings.h2File(ws.workspace))) {
            Track stored = db.read(em -> em.find(Track.class, trackId));
            assertThat(stored.getPublisherStatus()).as("unknown, never unsigned").isEqualTo(PublisherStatus.UNKNOWN);
        }
    }
}
