package com.scoutdesk.tracking;

import static com.scoutdesk.tracking.ScriptedSource.playlist;
import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.integration.common.OfflineException;
import com.scoutdesk.integration.common.Provider;
import com.scoutdesk.integration.common.UnavailableException;
import com.scoutdesk.model.FetchMethod;
import com.scoutdesk.model.FetchOutcome;
import com.scoutdesk.model.Playlist;
import com.scoutdesk.model.PlaylistStatus;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.persistence.SettingsRepository;
import com.scoutdesk.testing.MutableClock;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Offline is offline: an unreachable source is never "not found", and a playlist added offline is kept. */
class OfflineTrackingTest {

    private static final String FRESH_FINDS = "https://open.spotify.com/playlist/37i9dQZF1DWWjGdmeTyeJ6";
    private static final String CURATOR = "3cEYpjA9oz9GiPac4AsH4n";
    private static final String OTHER = "3WrFJ7ztbogyGnTHbHJFl2";

    @TempDir
    Path dir;
    Database db;
    MutableClock clock = new MutableClock(Instant.parse("2026-11-06T12:00:00Z"));
    ScriptedSource api = new ScriptedSource(FetchMethod.WEB_API);
    ScriptedSource player = new ScriptedSource(FetchMethod.WEB_PLAYER);
    TrackingService tracking;

    @BeforeEach
    void open() {
        db = Database.open(DatabaseSettings.h2File(dir));
        var capabilities = new DatabaseCapabilityStore(new SettingsRepository(db, clock));
        tracking = new TrackingService(db, new SourceChain(List.of(api, player), capabilities, clock), clock,
                DayOfWeek.FRIDAY);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static UnavailableException editorialNotServed() {
        return new UnavailableException(Provider.SPOTIFY_API, UnavailableException.Reason.NOT_FOUND, 404,
                "Resource not found");
    }

    private Playlist stored(long id) {
        return db.read(em -> em.find(Playlist.class, id));
    }

    @Test
    void anEditorialLinkAddedOfflineIsKeptNotYetCheckedAndNeverCalledNotFound() {
        api.thenFail(editorialNotServed());
        player.thenFail(new OfflineException(Provider.SPOTIFY_WEB_PLAYER, null));

        var added = tracking.add(FRESH_FINDS, null, false, true);

        assertThat(added.offline()).hasValueSatisfying(notice -> assertThat(notice)
                .contains("could not be checked (offline)").contains("Spotify web player cannot be reached")
                .contains("Kept; it will be checked and fetched when the network is back").doesNotContain("not found"));
        Playlist p = stored(added.playlistId());
        assertThat(p.getStatus()).isEqualTo(PlaylistStatus.NOT_YET_CHECKED);
        assertThat(p.isEditorial()).isTrue();
        assertThat(p.isAutoFetch()).isTrue();
    }

    @Test
    void addingWithAFetchWhileEverySourceIsOfflineKeepsThePlaylistAndFetchesNothing() {
        api.thenFail(new OfflineException(Provider.SPOTIFY_API, null));
        player.thenFail(new OfflineException(Provider.SPOTIFY_WEB_PLAYER, null));

        var added = tracking.add(CURATOR, null, true, true);

        assertThat(added.fetch()).isEmpty();
        assertThat(added.offline()).hasValueSatisfying(n -> assertThat(n).contains("offline").contains("Kept"));
        assertThat(stored(added.playlistId()).getStatus()).isEqualTo(PlaylistStatus.NOT_YET_CHECKED);
    }

    @Test
    void aFetchWhoseLastSourceIsUnreachableFailsAsOfflineAndKeepsTheStatus() {
        api.then(() -> playlist(FetchMethod.WEB_API, "Curated", "A"));
        long id = tracking.add(CURATOR, null, true, true).playlistId();
        api.thenFail(new UnavailableException(Provider.SPOTIFY_API, UnavailableException.Reason.NOT_FOUND, 404,
                "Resource not found"));
        player.thenFail(new OfflineException(Provider.SPOTIFY_WEB_PLAYER, null));

        FetchResult r = tracking.fetch(id);

        assertThat(r.outcome()).isEqualTo(FetchOutcome.FAILED);
        assertThat(r.message()).contains("could not be checked (offline)").contains("will retry")
                .doesNotContain("not found");
        assertThat(stored(id).getStatus()).isEqualTo(PlaylistStatus.ACTIVE);
    }

    @Test
    void theNextFetchOfAllChecksPlaylistsAddedOfflineFirst() {
        api.then(() -> playlist(FetchMethod.WEB_API, "Curated", "A"));
        long online = tracking.add(CURATOR, null, true, true).playlistId();
        api.thenFail(new OfflineException(Provider.SPOTIFY_API, null));
        player.thenFail(new OfflineException(Provider.SPOTIFY_WEB_PLAYER, null));
        long offline = tracking.add(OTHER, null, true, true).playlistId();
        api.calls.clear();

        api.then(() -> playlist(FetchMethod.WEB_API, "Other", "B", "C"))
                .then(() -> playlist(FetchMethod.WEB_API, "Curated", "A"));
        List<FetchResult> results = tracking.fetchAll(true);

        assertThat(api.calls).containsExactly(OTHER, CURATOR);
        assertThat(results).extracting(FetchResult::playlistId).containsExactly(offline, online);
        assertThat(results.get(0).outcome()).isEqualTo(FetchOutcome.COMPLETE);
        Playlist checked = stored(offline);
        assertThat(checked.getStatus()).isEqualTo(PlaylistStatus.ACTIVE);
        assertThat(checked.getName()).isEqualTo("Other");
    }

    @Test
    void theBackgroundCheckFetchesOnlyPlaylistsNotYetChecked() {
        api.then(() -> playlist(FetchMethod.WEB_API, "Curated", "A"));
        tracking.add(CURATOR, null, true, true);
        api.thenFail(new OfflineException(Provider.SPOTIFY_API, null));
        player.thenFail(new OfflineException(Provider.SPOTIFY_WEB_PLAYER, null));
        long offline = tracking.add(OTHER, null, false, true).playlistId();
        api.calls.clear();

        api.then(() -> playlist(FetchMethod.WEB_API, "Other", "B"));
        assertThat(tracking.fetchNotYetChecked()).extracting(FetchResult::playlistId).containsExactly(offline);
        assertThat(api.calls).containsExactly(OTHER);
        assertThat(tracking.fetchNotYetChecked()).isEmpty();
    }
}
