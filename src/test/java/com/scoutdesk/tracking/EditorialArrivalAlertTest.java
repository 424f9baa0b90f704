package com.scoutdesk.tracking;

import static com.scoutdesk.tracking.ScriptedSource.playlist;
import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.model.AlertKind;
import com.scoutdesk.model.FetchMethod;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.persistence.SettingsRepository;
import com.scoutdesk.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "New on an editorial playlist" alerts, raised where a fetch writes the week's entries. */
class EditorialArrivalAlertTest {

    private static final String FRESH_FINDS = "https://open.spotify.com/playlist/37i9dQZF1DWWjGdmeTyeJ6";
    private static final String CURATOR = "spotify:playlist:3cEYpjA9oz9GiPac4AsH4n";

    @TempDir
    Path dir;
    Database db;
    MutableClock clock = new MutableClock(Instant.parse("2026-11-06T12:00:00Z"));
    ScriptedSource api = new ScriptedSource(FetchMethod.WEB_API);
    TrackingService tracking;

    @BeforeEach
    void open() {
        db = Database.open(DatabaseSettings.h2File(dir));
        var capabilities = new DatabaseCapabilityStore(new SettingsRepository(db, clock));
        tracking = new TrackingService(db, new SourceChain(List.of(api), capabilities, clock), clock,
                DayOfWeek.FRIDAY, ids -> { });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<String> alerts() {
        return db.read(em -> em.createQuery("select a.message from Alert a where a.kind = :k order by a.id",
                String.class).setParameter("k", AlertKind.EDITORIAL_PLAYLIST).getResultList());
    }

    private void nextWeek(long playlistId) {
        clock.advance(Duration.ofDays(7));
        tracking.fetch(playlistId);
    }

    @Test
    void aTrackNewOnAnEditorialPlaylistRaisesOneAlertAndItsSecondWeekNone() {
        api.then(() -> playlist(FetchMethod.WEB_API, "Fresh Finds", "A", "B"))
                .then(() -> playlist(FetchMethod.WEB_API, "Fresh Finds", "A", "B", "C"))
                .then(() -> playlist(FetchMethod.WEB_API, "Fresh Finds", "A", "B", "C"));
        long id = tracking.add(FRESH_FINDS, null, true, true).playlistId();
        assertThat(alerts()).as("the playlist's first week is its baseline").isEmpty();

        nextWeek(id);
        assertThat(alerts()).containsExactly("New on an editorial playlist: 'Song C' by Artist C is on "
                + "'Fresh Finds' for the first time");
        Long onPlaylist = db.read(em -> em.createQuery("select a.playlist.id from Alert a", Long.class)
                .getSingleResult());
        assertThat(onPlaylist).isEqualTo(id);
        Long logged = db.read(em -> em.createQuery("select count(e) from ActivityEvent e where e.kind = "
                + "'alert.editorial_playlist'", Long.class).getSingleResult());
        assertThat(logged).as("the activity log has the line too").isEqualTo(1L);

        nextWeek(id);
        assertThat(alerts()).as("a second week on it is no news").hasSize(1);
    }

    @Test
    void aTrackBackOnAnEditorialPlaylistAfterAWeekOffRaisesNothing() {
        api.then(() -> playlist(FetchMethod.WEB_API, "Fresh Finds", "A", "B"))
                .then(() -> playlist(FetchMethod.WEB_API, "Fresh Finds", "A"))
                .then(() -> playlist(FetchMethod.WEB_API, "Fresh Finds", "A", "B"));
        long id = tracking.add(FRESH_FINDS, null, true, true).playlistId();
        nextWeek(id);
        nextWeek(id);

        assertThat(alerts()).isEmpty();
    }

    @Test
    void aTrackImportedByHandOntoAnEditorialPlaylistForTheFirstTimeRaisesOneAlert() throws Exception {
        String a = "6rqhFgbbKwnb9MLmUQDhG6";
        String b = "11dFghVXANMlKmJXsNCbNl";
        importCsv("track\n" + a + "\n");
        clock.advance(Duration.ofDays(7));
        importCsv("track\n" + a + "\n" + b + "\n");
        importCsv("track\n" + a + "\n" + b + "\n"); // the same week again

        assertThat(alerts()).hasSize(1).allMatch(m -> m.startsWith("New on an editorial playlist: "));
    }

    private void importCsv(String csv) throws Exception {
        Path f = Files.writeString(dir.resolve("import.csv"), csv, StandardCharsets.UTF_8);
        tracking.importTracks(ImportSource.of(f), Optional.of("37i9dQZF1DWWjGdmeTyeJ6"), true, Optional.empty(), 100,
                ImportProgress.NONE);
    }

    @Test
    void aTrackNewOnAPlaylistThatIsNotEditorialRaisesNothing() {
        api.then(() -> playlist(FetchMethod.WEB_API, "Curated", "A"))
                .then(() -> playlist(FetchMethod.WEB_API, "Curated", "A", "B"));
        long id = tracking.add(CURATOR, null, true, true).playlistId();
        nextWeek(id);

        assertThat(alerts()).isEmpty();
    }
}
