package com.scoutdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.model.CreditRole;
import com.scoutdesk.model.Person;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's acceptance, end to end: one track known only by its Spotify id, in a workspace made before the registry
 * tiers, goes through every tier in one {@code scoutdesk enrich} against fakes of every provider on 127.0.0.1 (real
 * Chromium for the web player), and {@code scoutdesk track} and {@code scoutdesk score --explain} show the result,
 * every value with its source and time.
 */
class RegistryTiersEndToEndTest {

    /** "(from mlc, 2026-12-06T00:41:07.123Z)": a value's source and fetch time, as {@code scoutdesk track} shows. */
    static final String FROM = "  \\(from %s, \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:[\\d.]+Z\\)";

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
    void oneTrackGoesThroughEveryTierInOnePassAndEveryValueSaysWhereItCameFrom() throws Exception {
        fakes = new RegistryFakes();
        OneTrackWorkspace ws = new OneTrackWorkspace(dir.resolve("workspace"),
                fakes.env(dir.resolve("home/credentials.properties")), false);
        ws.seed();
        assertThat(ws.tiersWithRuns()).as("made before this version: tiers 0 to 2 only").containsExactly(0, 1, 2);

        // Spotify and The MLC in the credentials store, through standard input; the others in the environment.
        String[] spotify = ws.run(fakes.credentialInput("spotify"), "credentials", "set", "spotify");
        assertThat(spotify[0]).as(spotify[1] + spotify[2]).isEqualTo("0");
        String[] mlc = ws.run(fakes.credentialInput("mlc"), "credentials", "set", "mlc");
        assertThat(mlc[0]).as(mlc[1] + mlc[2]).isEqualTo("0");
        String queue = ws.ok("queue");
        assertThat(ws.tiersWithRuns()).as("opening queued the registry tiers (TierRunQueue.queueMissing)")
                .containsExactly(0, 1, 2, 3, 4, 5, 6);
        for (String tier : List.of("3 The MLC publisher status", "4 MusicBrainz songwriters and socials",
                "5 Chartmetric analytics", "6 YouTube views")) {
            assertThat(queue).containsPattern(Pattern.quote(tier) + " +1 ");
        }

        String enrich = ws.ok("enrich");
        assertThat(enrich).as("every tier in one pass: The MLC waits for the web player, YouTube for Chartmetric")
                .contains("Enrichment: 7 done, 0 skipped (complete already), 0 failed, 0 deferred.");
        assertThat(fakes.youtubeSearches()).as("the video id Chartmetric knows spares a search").isZero();

        String track = ws.ok("track", RegistryFakes.TRACK);
        assertTrack(track);
        assertPeople(ws.workspace);

        String score = ws.ok("score", "--explain", RegistryFakes.TRACK);
        assertThat(score).contains("  A major's publishing arm owns or administers the song: -4.5")
                .as("Mara Vell, Sam Quill and Jo Penn, whichever sources credit them")
                .contains("  3 songwriters credited: +0.0")
                .contains("  2,000 Spotify streams a day (1,000 or more streams a day on a song under 500,000 "
                        + "streams: taking off before the industry notices): +1.5")
                .contains("  44,000 Spotify streams (under 50,000 streams): +1.0")
                .contains("  MusicBrainz has a profile for the artist: +0.0")
                .contains("  Publishers hold 75.50 % of the song at The MLC: +0.5")
                .contains("  500 YouTube views a day (100 to 999 YouTube views a day on a video under 500,000 "
                        + "views): +0.5");
        Matcher scored = Pattern.compile("Unsigned score (\\d+\\.\\d) of 10").matcher(score);
        assertThat(scored.find()).as(score).isTrue();
        assertThat(track).as("the score the pass stored is the one explained")
                .contains("Unsigned score " + scored.group(1) + " of 10");
    }

    private static void assertTrack(String track) {
        for (int tier = 0; tier <= 6; tier++) {
            assertThat(track).as("tier " + tier).containsPattern("(?m)^  " + tier + " .{36} done$");
        }
        assertThat(track)
                .containsPattern(field("isrc", RegistryFakes.ISRC, "spotify-api"))
                .containsPattern(field("label", "Night Owl Records", "spotify-api"))
                .containsPattern(field("spotify_streams", "44000", "webplayer"))
                .containsPattern(field("publisher_status", "MAJOR", "mlc"))
                .containsPattern(field("publisher_name", "MARA VELL MUSIC; QUILLWORKS SONGS.*", "mlc"))
                .containsPattern(field("publisher_share", "75.5", "mlc"))
                .containsPattern(field("iswc", "T9123456780", "mlc"))
                .containsPattern(field("mlc_found", "true", "mlc"))
                .containsPattern(field("musicbrainz_found", "true", "musicbrainz"))
                .containsPattern(field("musicbrainz_songwriters", "3", "musicbrainz"))
                .containsPattern(field("chartmetric_moods", "Energetic, Happy", "chartmetric"))
                .containsPattern(field("chartmetric_spotify_streams", "44000", "chartmetric"))
                .containsPattern(field("chartmetric_streams_per_day", "2000.0", "chartmetric"))
                .containsPattern(field("chartmetric_youtube_views", "10000", "chartmetric"))
                .containsPattern(field("chartmetric_youtube_ids", RegistryFakes.VIDEO, "chartmetric"))
                .containsPattern(field("youtube_video_id", RegistryFakes.VIDEO, "youtube"))
                .containsPattern(field("youtube_views", "10000", "youtube"))
                .containsPattern(field("youtube_video_found_by", "known id", "youtube"));
        // Every value an enrichment found says from where and when; artist_names comes from the playlist fetch.
        String fields = track.substring(track.indexOf("Fields:"), track.indexOf("Credits:"));
        fields.lines().skip(1).filter(line -> !line.matches("  \\S+ +unknown.*"))
                .filter(line -> !line.startsWith("  artist_names "))
                .forEach(line -> assertThat(line).containsPattern(String.format(FROM, "[a-z-]+") + "$"));
        for (String source : List.of("webplayer", "mlc", "musicbrainz", "chartmetric")) {
            assertThat(track).as("the writers " + source + " credits")
                    .containsPattern("(?m)^  Sam Quill +(COMPOSER|WRITER) +from " + source + "$");
        }
    }

    private static String field(String name, String value, String source) {
        return "(?m)^  " + name + " +" + value + String.format(FROM, source) + "$";
    }

    /** The songwriter's socials are on the person, whom the web player and MusicBrainz credit as one. */
    private static void assertPeople(Path workspace) {
        try (Database db = Database.open(DatabaseSettings.h2File(workspace))) {
            Person sam = db.read(em -> em.createQuery("select p from Person p where p.musicbrainzId = :id",
                    Person.class).setParameter("id", RegistryFakes.MB_SAM).getSingleResult());
            assertThat(sam.getName()).isEqualTo("Sam Quill");
            assertThat(sam.getInstagramUrl()).isEqualTo("https://www.instagram.com/samquill/");
            assertThat(sam.getLinksSource()).isEqualTo("musicbrainz");
            assertThat(sam.getLinksFetchedAt()).isNotNull();
            List<String> sources = db.read(em -> em.createQuery("select distinct c.source from Credit c "
                    + "where c.person.id = :p and c.role in :roles", String.class).setParameter("p", sam.getId())
                    .setParameter("roles", List.of(CreditRole.COMPOSER, CreditRole.WRITER)).getResultList());
            assertThat(sources).as("one person, whichever source credits the songwriter")
                    .containsExactlyInAnyOrder("webplayer", "musicbrainz", "mlc", "chartmetric");
            assertThat(sam.getIpi()).as("The MLC's IPI joins the same person").isNotNull();
            Person mara = db.read(em -> em.createQuery("select p from Person p where p.musicbrainzId = :id",
                    Person.class).setParameter("id", RegistryFakes.MB_MARA).getSingleResult());
            assertThat(mara.getSpotifyArtistId()).isEqualTo(RegistryFakes.MARA_SPOTIFY);
            assertThat(mara.getInstagramUrl()).isEqualTo("https://www.instagram.com/maravell/");
            assertThat(mara.getXUrl()).isEqualTo("https://x.com/maravell");
            assertThat(mara.getTiktokUrl()).isEqualTo("https://www.tiktok.com/@maravell");
        }
    }
}
