package com.scoutdesk.tracking;

import static com.scoutdesk.tracking.ScriptedSource.partial;
import static com.scoutdesk.tracking.ScriptedSource.playlist;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoutdesk.integration.common.OfflineException;
import com.scoutdesk.integration.common.Provider;
import com.scoutdesk.integration.common.RateLimitedException;
import com.scoutdesk.integration.common.UnavailableException;
import com.scoutdesk.model.FetchMethod;
import com.scoutdesk.model.FetchOutcome;
import com.scoutdesk.model.Playlist;
import com.scoutdesk.model.PlaylistStatus;
import com.scoutdesk.model.TierRunStatus;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.persistence.SettingsRepository;
import com.scoutdesk.testing.MutableClock;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tracking through the source chain into weekly entries, with adds and drops that never come from a bad fetch. */
class TrackingServiceTest {

    private static final String FRESH_FINDS = "https://open.spotify.com/playlist/37i9dQZF1DWWjGdmeTyeJ6?si=abc";
    private static final String CURATOR = "spotify:playlist:3cEYpjA9oz9GiPac4AsH4n";

    @TempDir
    Path dir;
    Database db;
    MutableClock clock = new MutableClock(Instant.parse("2026-11-06T12:00:00Z")); // a Friday
    ScriptedSource api = new ScriptedSource(FetchMethod.WEB_API);
    ScriptedSource player = new ScriptedSource(FetchMethod.WEB_PLAYER);
    TrackingService tracking;
    List<Set<Long>> appeared = new ArrayList<>();

    @BeforeEach
    void open() {
        db = Database.open(DatabaseSettings.h2File(dir));
        var capabilities = new DatabaseCapabilityStore(new SettingsRepository(db, clock));
        SourceChain chain = new SourceChain(List.of(api, player), capabilities, clock);
        tracking = new TrackingService(db, chain, clock, DayOfWeek.FRIDAY, appeared::add);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Set<String> weekTracks(long playlistId) {
        List<String> names = db.read(em -> em.createQuery("select e.track.name from PlaylistEntry e "
                + "where e.playlist.id = :p and e.weekStart = :w", String.class).setParameter("p", playlistId)
                .setParameter("w", tracking.currentWeek().start()).getResultList());
        return new TreeSet<>(names);
    }

    private Set<Long> idsOf(String... keys) {
        List<String> spotifyIds = Arrays.stream(keys).map(ScriptedSource::id).toList();
        return Set.copyOf(db.read(em -> em.createQuery("select t.id from Track t where t.spotifyId in :ids",
                Long.class).setParameter("ids", spotifyIds).getResultList()));
    }

    @Test
    void tracksNewToAPlaylistAreReportedForRescoringOnceTheFetchCommits() {
        api.then(() -> playlist(FetchMethod.WEB_API, "Curated", "A", "B"))
                .then(() -> playlist(FetchMethod.WEB_API, "Curated", "A", "B"))
                .then(() -> playlist(FetchMethod.WEB_API, "Curated", "B", "C"));
        long id = tracking.add(CURATOR, null, true, true).playlistId();
        assertThat(appeared).containsExactly(idsOf("A", "B"));

        clock.advance(Duration.ofDays(7));
        tracking.fetch(id);
        assertThat(appeared).as("the same tracks again change no appearance").hasSize(1);

        clock.advance(Duration.ofDays(7));
        tracking.fetch(id);
        assertThat(appeared).hasSize(2);
        assertThat(appeared.get(1)).isEqualTo(idsOf("C"));
    }

    @Test
    void aFailedFetchBetweenTwoGoodOnesProducesNoDrops() {
        api.then(() -> playlist(FetchMethod.WEB_API, "Curated", "A", "B", "C"));
        long id = tracking.add(CURATOR, null, true, true).playlistId();

        clock.advance(Duration.ofDays(7));
        api.thenFail(new OfflineException(Provider.SPOTIFY_API, null));
        player.thenFail(new OfflineException(Provider.SPOTIFY_WEB_PLAYER, null));
        FetchResult failed = tracking.fetch(id);
        assertThat(failed.outcome()).isEqualTo(FetchOutcome.FAILED);
        assertThat(failed.dropped()).isNull();
        assertThat(failed.message()).contains("will retry");
        assertThat(weekTracks(id)).isEmpty();

        clock.advance(Duration.ofDays(7));
        api.then(() -> playlist(FetchMethod.WEB_API, "Curated", "A", "B", "D"));
        FetchResult good = tracking.fetch(id);
        assertThat(good.outcome()).isEqualTo(FetchOutcome.COMPLETE);
        assertThat(good.added()).isEqualTo(1);
        assertThat(good.dropped()).isEqualTo(1);
        assertThat(weekTracks(id)).containsExactly("Song A", "Song B", "Song D");
        long droppedCounted = db.read(em -> em.createQuery("select coalesce(sum(f.droppedCount), 0) from "
                + "PlaylistFetch f where f.playlist.id = :p", Long.class).setParameter("p", id).getSingleResult());
        assertThat(droppedCounted).as("only C was ever counted as dropped").isEqualTo(1);
    }

    @Test
    void aPartialFetchAddsButNeverDropsAndSaysWhatHappened() {
        api.then(() -> playlist(FetchMethod.WEB_API, "Curated", "A", "B", "C"));
        long id = tracking.add(CURATOR, null, true, true).playlistId();
        api.then(() -> partial(FetchMethod.WEB_API, 3, "A", "E"));
        FetchResult r = tracking.fetch(id);
        assertThat(r.outcome()).isEqualTo(FetchOutcome.PARTIAL);
        assertThat(r.dropped()).isNull();
        assertThat(r.added()).isEqualTo(1);
        assertThat(weekTracks(id)).containsExactly("Song A", "Song B", "Song C", "Song E");
        String lastError = db.read(em -> em.find(Playlist.class, id).getLastError());
        assertThat(lastError).contains("fetched 2 of 3");

        api.then(() -> playlist(FetchMethod.WEB_API, "Curated", "A", "B"));
        FetchResult complete = tracking.fetch(id);
        assertThat(complete.dropped()).as("against the previous COMPLETE fetch: C dropped").isEqualTo(1);
        assertThat(weekTracks(id)).containsExactly("Song A", "Song B");
    }

    @Test
    void aKnownTrackIsLinkedNeverCopiedAndNewTracksQueueEveryTier() {
        api.then(() -> playlist(FetchMethod.WEB_API, "One", "A", "B"))
                .then(() -> playlist(FetchMethod.WEB_API, "Two", "B", "C"));
        tracking.add(CURATOR, null, true, true);
        var second = tracking.add("3WrFJ7ztbogyGnTHbHJFl2", null, true, true);
        assertThat(second.fetch().orElseThrow().newTracks()).isEqualTo(1);
        long tracks = db.read(em -> em.createQuery("select count(t) from Track t", Long.class).getSingleResult());
        long pending = db.read(em -> em.createQuery("select count(r) from TierRun r where r.status = :s", Long.class)
                .setParameter("s", TierRunStatus.PENDING).getSingleResult());
        assertThat(tracks).isEqualTo(3);
        assertThat(pending).isEqualTo(3L * com.scoutdesk.model.EnrichmentTier.values().length);
    }

    @Test
    void aDuplicateIsRejectedWithAClearMessage() {
        api.then(() -> playlist(FetchMethod.WEB_API, "Curated", "A"));
        tracking.add(CURATOR, null, true, true);
        assertThatThrownBy(() -> tracking.add("https://open.spotify.com/intl-de/playlist/3cEYpjA9oz9GiPac4AsH4n",
                null, true, true)).isInstanceOf(IllegalStateException.class).hasMessageContaining("already tracked");
        assertThatThrownBy(() -> tracking.add("https://open.spotify.com/track/6rqhFgbbKwnb9MLmUQDhG6", null, true,
                true)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("playlist link was expected");
    }

    @Test
    void forbiddenItemsSwitchTheApiOffForADayAndTheWebPlayerServes() {
        api.thenFail(new UnavailableException(Provider.SPOTIFY_API, UnavailableException.Reason.NOT_ALLOWED, 403,
                "this app may not read other people's playlists"));
        player.then(() -> playlist(FetchMethod.WEB_PLAYER, "Curated", "A")).then(() ->
                playlist(FetchMethod.WEB_PLAYER, "Curated", "A", "B"));
        long id = tracking.add(CURATOR, null, true, true).playlistId();
        assertThat(tracking.fetch(id).source()).isEqualTo(FetchMethod.WEB_PLAYER);
        assertThat(api.calls).as("the API is not asked again the same day").hasSize(1);

        clock.advance(Duration.ofHours(25));
        api.then(() -> playlist(FetchMethod.WEB_API, "Curated", "A", "B"));
        assertThat(tracking.fetch(id).source()).as("re-checked after a day").isEqualTo(FetchMethod.WEB_API);
    }

    @Test
    void editorialPlaylistsMissingFromTheApiComeFromTheWebPlayer() {
        api.thenFail(new UnavailableException(Provider.SPOTIFY_API, UnavailableException.Reason.NOT_FOUND, 404,
                "Resource not found"));
        player.then(() -> playlist(FetchMethod.WEB_PLAYER, "Fresh Finds", "A", "B"));
        var added = tracking.add(FRESH_FINDS, "https://app.chartmetric.com/playlist/spotify/123", true, false);
        assertThat(added.editorial()).isTrue();
        assertThat(added.fetch().orElseThrow().source()).isEqualTo(FetchMethod.WEB_PLAYER);
        Playlist p = db.read(em -> em.find(Playlist.class, added.playlistId()));
        assertThat(p.getName()).isEqualTo("Fresh Finds");
        assertThat(p.isAutoEnrich()).isFalse();
        assertThat(p.getChartmetricUrl()).endsWith("/123");
    }

    @Test
    void aPlaylistNobodyCanFindIsReportedAndItsStatusSaysSo() {
        api.then(() -> playlist(FetchMethod.WEB_API, "Curated", "A"));
        long id = tracking.add(CURATOR, null, true, true).playlistId();
        api.thenFail(new RateLimitedException(Provider.SPOTIFY_API, clock.instant().plusSeconds(600), false));
        player.thenFail(new UnavailableException(Provider.SPOTIFY_WEB_PLAYER, UnavailableException.Reason.NOT_FOUND,
                0, "not found"));
        FetchResult r = tracking.fetch(id);
        assertThat(r.outcome()).isEqualTo(FetchOutcome.FAILED);
        assertThat(r.message()).contains("not found");
        PlaylistStatus status = db.read(em -> em.find(Playlist.class, id).getStatus());
        assertThat(status).isEqualTo(PlaylistStatus.NOT_FOUND);
        assertThat(weekTracks(id)).containsExactly("Song A");
    }

    @Test
    void manualImportChecksEveryRowFirstAndCountsDropsOnlyWhenComplete() throws Exception {
        String bad = "track,position\n6rqhFgbbKwnb9MLmUQDhG6,1\nnot-a-link,2\n11dFghVXANMlKmJXsNCbNl,zero\n";
        assertThatThrownBy(() -> tracking.importTracks(bad, Optional.of(CURATOR), false, Optional.empty()))
                .isInstanceOf(ManualImport.InvalidImportException.class).hasMessageContaining("line 3")
                .hasMessageContaining("line 4").hasMessageContaining("Nothing was imported");
        assertThat(db.<Long>read(em -> em.createQuery("select count(t) from Track t", Long.class).getSingleResult()))
                .isZero();

        String links = "https://open.spotify.com/track/6rqhFgbbKwnb9MLmUQDhG6?si=x\n\n"
                + "spotify:track:11dFghVXANMlKmJXsNCbNl\n";
        List<FetchResult> first = tracking.importTracks(links, Optional.of(CURATOR), true, Optional.empty());
        assertThat(first).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(FetchOutcome.COMPLETE);
            assertThat(r.source()).isEqualTo(FetchMethod.MANUAL);
            assertThat(r.itemsRead()).isEqualTo(2);
        });
        String csv = "track,name,artists,isrc\n6rqhFgbbKwnb9MLmUQDhG6,Song,Mara Vell; Kofi,us-um7-17-03861\n";
        FetchResult partialImport = tracking.importTracks(csv, Optional.of(CURATOR), false, Optional.empty()).get(0);
        assertThat(partialImport.outcome()).isEqualTo(FetchOutcome.PARTIAL);
        assertThat(partialImport.dropped()).isNull();
        String isrc = db.read(em -> em.createQuery("select t.isrc from Track t where t.spotifyId = :id",
                String.class).setParameter("id", "6rqhFgbbKwnb9MLmUQDhG6").getSingleResult());
        assertThat(isrc).isEqualTo("USUM71703861");
    }

    @Test
    void deletingAPlaylistKeepsSharedAndAnnotatedTracks() {
        api.then(() -> playlist(FetchMethod.WEB_API, "One", "A", "B", "N"))
                .then(() -> playlist(FetchMethod.WEB_API, "Two", "B"));
        long one = tracking.add(CURATOR, null, true, true).playlistId();
        tracking.add("3WrFJ7ztbogyGnTHbHJFl2", null, true, true);
        db.writeVoid(em -> em.createQuery("select t from com.scoutdesk.model.Track t where t.name = 'Song N'",
                com.scoutdesk.model.Track.class).getSingleResult().setNotes("call the manager"));

        assertThat(tracking.delete(one)).isEqualTo(1);
        List<String> left = db.read(em -> em.createQuery("select t.name from Track t order by t.name",
                String.class).getResultList());
        assertThat(left).containsExactly("Song B", "Song N");
    }
}
