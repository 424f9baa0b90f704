package com.scoutdesk.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.FetchOutcome;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.persistence.SettingsRepository;
import com.scoutdesk.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming import: what it writes matches what a fetch would, and it reports how far it has got. */
class PlaylistImporterTest {

    private static final String PLAYLIST = "3cEYpjA9oz9GiPac4AsH4n";
    private static final String A = "6rqhFgbbKwnb9MLmUQDhG6";
    private static final String B = "11dFghVXANMlKmJXsNCbNl";
    private static final String C = "4uLU6hMCjMI75M1A2tKUQC";
    private static final String D = "0VjIjW4GlUZAMYd2vXMi3b";

    @TempDir
    Path dir;
    Database db;
    TrackingService tracking;

    @BeforeEach
    void open() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-06T12:00:00Z"));
        db = Database.open(DatabaseSettings.h2File(dir));
        var chain = new SourceChain(List.of(), new DatabaseCapabilityStore(new SettingsRepository(db, clock)), clock);
        tracking = new TrackingService(db, chain, clock, DayOfWeek.FRIDAY);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<FetchResult> importCsv(String csv, boolean complete, ImportProgress progress) throws Exception {
        Path f = Files.writeString(dir.resolve("import.csv"), csv, StandardCharsets.UTF_8);
        return tracking.importTracks(ImportSource.of(f), Optional.of(PLAYLIST), complete, Optional.empty(), 100,
                progress);
    }

    private Map<String, Integer> weekPositions() {
        List<Object[]> rows = db.read(em -> em.createQuery("select e.track.spotifyId, e.position from PlaylistEntry e",
                Object[].class).getResultList());
        Map<String, Integer> out = new TreeMap<>();
        rows.forEach(r -> out.put((String) r[0], (Integer) r[1]));
        return out;
    }

    @Test
    void aCompleteReImportCountsAddsAndDropsAndKeepsTheFirstPositionOfATrackListedTwice() throws Exception {
        FetchResult first = importCsv("track\n" + A + "\n" + B + "\n" + C + "\n", true, ImportProgress.NONE).get(0);
        assertThat(first.outcome()).isEqualTo(FetchOutcome.COMPLETE);
        assertThat(first.newTracks()).isEqualTo(3);

        FetchResult second = importCsv("track,isrc\n" + B + ",USUM71703861\n" + A + ",\n" + D + ",\n" + A + ",\n",
                true, ImportProgress.NONE).get(0);
        assertThat(second.message()).contains("Fetched 3 tracks (1 new, 1 dropped)");
        assertThat(second.newTracks()).isEqualTo(1);
        assertThat(weekPositions()).isEqualTo(Map.of(B, 1, A, 2, D, 3));
        String isrc = db.read(em -> em.createQuery("select t.isrc from Track t where t.spotifyId = :id",
                String.class).setParameter("id", B).getSingleResult());
        assertThat(isrc).as("a gap of a stored track is filled").isEqualTo("USUM71703861");
        long runs = db.read(em -> em.createQuery("select count(r) from TierRun r", Long.class).getSingleResult());
        assertThat(runs).as("a pending run per tier for each of the 4 new tracks")
                .isEqualTo(4L * EnrichmentTier.values().length);
    }

    @Test
    void progressIsReportedForBothPassesAndABadLineWritesNothing() throws Exception {
        List<String> calls = new ArrayList<>();
        ImportProgress progress = new ImportProgress() {
            @Override
            public void read(long rows) {
                calls.add("read " + rows);
            }

            @Override
            public void written(long rows, long total) {
                calls.add("written " + rows + " of " + total);
            }
        };
        importCsv("track\n" + A + "\n" + B + "\n", false, progress);
        assertThat(calls).containsExactly("read 2", "written 0 of 2", "written 2 of 2");

        assertThatThrownBy(() -> importCsv("track\n" + C + "\nnot-a-link\n", false, ImportProgress.NONE))
                .isInstanceOf(ManualImport.InvalidImportException.class).hasMessageContaining("line 3");
        assertThat(weekPositions()).containsOnlyKeys(A, B);
    }
}
