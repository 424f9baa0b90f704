package com.scoutdesk.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoutdesk.model.FieldProvenance;
import com.scoutdesk.model.Playlist;
import com.scoutdesk.model.PlaylistEntry;
import com.scoutdesk.model.PlaylistStatus;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.testing.TestTracks;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit on an H2 workspace: fetch only reads, apply checks everything first and is idempotent. */
class SpotifyMetadataAuditTest {

    static final Instant THEN = Instant.parse("2026-11-01T00:00:00Z");
    static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    @TempDir
    Path dir;
    Database db;
    SpotifyMetadataAudit audit;
    List<Long> rescored = new ArrayList<>();
    long known;
    long unknown;
    long manual;
    long onPlaylist;
    long playlist;

    @BeforeEach
    void open() {
        db = Database.open(DatabaseSettings.h2File(dir.resolve("db")));
        audit = new SpotifyMetadataAudit(db, Clock.fixed(NOW, ZoneOffset.UTC), rescored::add);
        db.writeVoid(em -> {
            known = track(em, "KNOWN00000000000000001", "USUM72400001", 57).getId();
            unknown = track(em, "UNKNOWN000000000000002", null, null).getId();
            Track m = track(em, "MANUAL0000000000000003", "GBAYE2400002", 12);
            manual = m.getId();
            em.persist(new FieldProvenance(new FieldProvenance.Key(manual, "popularity"), "manual", null, THEN, true));
            em.persist(new FieldProvenance(new FieldProvenance.Key(manual, "isrc"), "manual", null, THEN, true));
            Track p = track(em, "PLAYLIST00000000000004", null, 0);
            onPlaylist = p.getId();
            Playlist list = new Playlist();
            list.setSpotifyId("3cEYpjA9oz9GiPac4AsH4n");
            list.setName("late night drives");
            list.setStatus(PlaylistStatus.ACTIVE);
            list.setCreatedAt(THEN);
            em.persist(list);
            playlist = list.getId();
            PlaylistEntry e = new PlaylistEntry();
            e.setWeekStart(LocalDate.of(2026, 11, 20));
            e.setPlaylist(list);
            e.setTrack(p);
            e.setFirstSeenAt(THEN);
            e.setLastSeenAt(THEN);
            em.persist(e);
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Track track(jakarta.persistence.EntityManager em, String spotifyId, String isrc,
                               Integer popularity) {
        Track t = TestTracks.track(spotifyId, "Song " + spotifyId.substring(0, 4), "Mara Vell", THEN);
        t.setIsrc(isrc);
        t.setPopularity(popularity);
        em.persist(t);
        return t;
    }

    /** Every stored row of the tables an audit could touch, as text: equal snapshots mean nothing changed. */
    private String snapshot() {
        return db.read(em -> {
            StringBuilder text = new StringBuilder();
            for (String table : List.of("track", "field_provenance", "playlist", "playlist_entry", "tier_run",
                    "activity_event")) {
                List<?> rows = em.createNativeQuery("select * from " + table + " order by 1, 2").getResultList();
                text.append(table).append(": ").append(rows.stream().map(r -> r instanceof Object[] a
                        ? Arrays.deepToString(a) : String.valueOf(r)).collect(Collectors.joining("\n")))
                        .append('\n');
            }
            return text.toString();
        });
    }

    private String fetch(AuditSelection selection) throws Exception {
        Path file = dir.resolve("audit.csv");
        audit.fetch(selection, file);
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private ApplyReport apply(String csv) throws Exception {
        return audit.apply(new StringReader(csv));
    }

    private Track stored(long id) {
        return db.read(em -> em.find(Track.class, id));
    }

    private FieldProvenance provenance(long id, String field) {
        return db.read(em -> em.find(FieldProvenance.class, new FieldProvenance.Key(id, field)));
    }

    @Test
    void fetchWritesOneRowPerTrackWithEmptyCellsForUnknownAndChangesNothing() throws Exception {
        String before = snapshot();

        String csv = fetch(AuditSelection.all());

        assertThat(csv).isEqualTo("track_id,spotify_id,spotify_popularity,isrc\r\n"
                + known + ",KNOWN00000000000000001,57,USUM72400001\r\n"
                + unknown + ",UNKNOWN000000000000002,,\r\n"
                + manual + ",MANUAL0000000000000003,12,GBAYE2400002\r\n"
                + onPlaylist + ",PLAYLIST00000000000004,0,\r\n");
        assertThat(snapshot()).isEqualTo(before);
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void fetchFiltersByPlaylistAndByWhatIsMissing() throws Exception {
        assertThat(fetch(new AuditSelection(Optional.of(playlist), false, false)).lines().skip(1))
                .containsExactly(onPlaylist + ",PLAYLIST00000000000004,0,");
        assertThat(fetch(new AuditSelection(Optional.empty(), true, false)).lines().skip(1))
                .containsExactly(unknown + ",UNKNOWN000000000000002,,", onPlaylist + ",PLAYLIST00000000000004,0,");
        assertThat(fetch(new AuditSelection(Optional.empty(), false, true)).lines().skip(1))
                .containsExactly(unknown + ",UNKNOWN000000000000002,,");
    }

    @Test
    void fetchNeutralisesFormulaLookingTextCells() throws Exception {
        long odd = db.write(em -> track(em, "=HYPERLINK(\"x\")", null, null).getId());

        String csv = fetch(AuditSelection.all());

        assertThat(csv).contains(odd + ",\"'=HYPERLINK(\"\"x\"\")\",,\r\n");
    }

    @Test
    void roundTripFetchEditApplyWritesValuesWithProvenanceAndIsIdempotent() throws Exception {
        String csv = fetch(AuditSelection.all())
                .replace(unknown + ",UNKNOWN000000000000002,,", unknown + ",UNKNOWN000000000000002,33,us-abc-24-00009")
                .replace(known + ",KNOWN00000000000000001,57,", known + ",KNOWN00000000000000001,58,");

        ApplyReport first = apply(csv);

        assertThat(first.before()).isEqualTo(new MetadataCounts(4, 2, 3));
        assertThat(first.after()).isEqualTo(new MetadataCounts(4, 3, 4));
        assertThat(first.rows()).isEqualTo(4);
        assertThat(first.changed()).isEqualTo(2);
        assertThat(first.unchanged()).isEqualTo(2);
        assertThat(first.keptManual()).isZero();
        assertThat(first.isrcsWritten()).isEqualTo(1);
        assertThat(first.popularityWritten()).isEqualTo(2);
        Track u = stored(unknown);
        assertThat(u.getIsrc()).as("canonical form").isEqualTo("USABC2400009");
        assertThat(u.getPopularity()).isEqualTo(33);
        assertThat(u.getUpdatedAt()).isEqualTo(NOW);
        assertThat(stored(known).getPopularity()).isEqualTo(58);
        assertThat(stored(known).getIsrc()).isEqualTo("USUM72400001");
        assertThat(stored(known).getUpdatedAt()).isEqualTo(NOW);
        assertThat(stored(onPlaylist).getUpdatedAt()).as("unchanged row").isEqualTo(THEN);
        FieldProvenance p = provenance(unknown, "isrc");
        assertThat(p.getSource()).isEqualTo("audit-csv");
        assertThat(p.getFetchedAt()).isEqualTo(NOW);
        assertThat(p.isManualOverride()).isFalse();
        assertThat(provenance(known, "popularity").getSource()).isEqualTo("audit-csv");
        assertThat(provenance(known, "isrc")).as("the ISRC was not written").isNull();
        assertThat(rescored).as("the track whose ISRC changed is scored again").containsExactly(unknown);

        String afterFirst = snapshot();
        ApplyReport second = apply(csv);

        assertThat(second.changed()).isZero();
        assertThat(second.unchanged()).isEqualTo(4);
        assertThat(second.before()).isEqualTo(second.after()).isEqualTo(first.after());
        assertThat(snapshot()).as("a second apply writes nothing").isEqualTo(afterFirst);
    }

    @Test
    void emptyCellsKeepStoredValues() throws Exception {
        ApplyReport r = apply("track_id,spotify_id,spotify_popularity,isrc\n" + known + ",KNOWN00000000000000001,,\n");

        assertThat(r.changed()).isZero();
        assertThat(stored(known).getIsrc()).isEqualTo("USUM72400001");
        assertThat(stored(known).getPopularity()).isEqualTo(57);
    }

    @Test
    void valuesAScoutSetByHandAreKept() throws Exception {
        String before = snapshot();

        ApplyReport r = apply("isrc,track_id,spotify_popularity,spotify_id\r\n"
                + "FRZZZ2400006," + manual + ",99,MANUAL0000000000000003\r\n");

        assertThat(r.changed()).isZero();
        assertThat(r.keptManual()).isEqualTo(1);
        assertThat(r.manualValuesKept()).isEqualTo(2);
        assertThat(stored(manual).getIsrc()).isEqualTo("GBAYE2400002");
        assertThat(stored(manual).getPopularity()).isEqualTo(12);
        assertThat(provenance(manual, "isrc").isManualOverride()).isTrue();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aFileWithBadRowsIsRejectedWithEveryLineAndChangesNothing() throws Exception {
        String before = snapshot();
        String csv = "track_id,spotify_id,spotify_popularity,isrc\n"
                + unknown + ",UNKNOWN000000000000002,40,USABC2400009\n"          // line 2: fine on its own
                + known + ",KNOWN00000000000000001,101,\n"                       // line 3: popularity out of range
                + manual + ",MANUAL0000000000000003,,NOTANISRC\n"                // line 4: bad ISRC
                + "\n"                                                            // line 5: blank, skipped
                + "999999,KNOWN00000000000000001,1,\n"                           // line 6: no such track
                + onPlaylist + ",UNKNOWN000000000000002,1,\n"                    // line 7: another track's id
                + "abc,short,-1,\n"                                               // line 8: three problems
                + known + ",KNOWN00000000000000001,,\n"                          // line 9: duplicate of line 3
                + known + ",KNOWN00000000000000001\n";                           // line 10: too few cells

        assertThatThrownBy(() -> apply(csv)).isInstanceOfSatisfying(InvalidAuditFileException.class, e -> {
            assertThat(e.problems()).extracting(p -> p.substring(0, p.indexOf(':')))
                    .containsExactly("line 3", "line 4", "line 6", "line 7", "line 8", "line 8", "line 8",
                            "line 9", "line 10");
            assertThat(e.problems()).allSatisfy(p -> assertThat(p).contains("; "));
            assertThat(e.problems().get(0)).contains("spotify_popularity '101' is not a whole number from 0 to 100");
            assertThat(e.problems().get(1)).contains("isrc 'NOTANISRC' is not a valid ISRC");
            assertThat(e.problems().get(2)).contains("no track 999999 in this workspace");
            assertThat(e.problems().get(3)).contains("is not the Spotify id of track " + onPlaylist)
                    .contains("another workspace");
            assertThat(e.problems().get(7)).contains("already on line 3");
            assertThat(e.problems().get(8)).contains("2 cells but the header has 4");
            assertThat(e.getMessage()).contains("nothing was changed").contains("9 problems");
        });
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aWrongHeaderIsRejected() {
        assertThatThrownBy(() -> apply("track,spotify_id,popularity,isrc,isrc\n1,x,,\n"))
                .isInstanceOfSatisfying(InvalidAuditFileException.class, e -> assertThat(e.problems())
                        .singleElement().asString().startsWith("line 1: ").contains("'track'", "'popularity'",
                                "'isrc'", "missing: track_id, spotify_popularity"));
        assertThatThrownBy(() -> apply("")).isInstanceOfSatisfying(InvalidAuditFileException.class,
                        e -> assertThat(e.needsFetchedFile()).as("a front end may say how to fetch one").isTrue())
                .hasMessageContaining("line 1: the file is empty").hasMessageNotContaining("scoutdesk");
        assertThatThrownBy(() -> apply("track_id,spotify_id,spotify_popularity,isrc\r\n"))
                .hasMessageContaining("no rows");
    }

    @Test
    void anExcelByteOrderMarkAndSpacesAreAccepted() throws Exception {
        ApplyReport r = apply("\uFEFFTrack_ID, spotify_id ,spotify_popularity,ISRC\r\n"
                + unknown + ", UNKNOWN000000000000002 , 7 ,\r\n");

        assertThat(r.changed()).isEqualTo(1);
        assertThat(stored(unknown).getPopularity()).isEqualTo(7);
    }

    @Test
    void appliesInBatchesOfFiveHundredRows() throws Exception {
        int extra = SpotifyMetadataAudit.BATCH_SIZE + 20;
        db.writeVoid(em -> {
            for (int i = 0; i < extra; i++) {
                track(em, String.format("BATCH%017d", i), null, null);
            }
        });
        String csv = fetch(new AuditSelection(Optional.empty(), false, true))
                .replaceAll(",,\r\n", ",50,\r\n");

        ApplyReport r = apply(csv);

        assertThat(r.rows()).isEqualTo(extra + 1);
        assertThat(r.changed()).isEqualTo(extra + 1);
        assertThat(r.after().withPopularity()).isEqualTo(r.before().withPopularity() + extra + 1);
        assertThat(apply(csv).changed()).isZero();
    }
}
