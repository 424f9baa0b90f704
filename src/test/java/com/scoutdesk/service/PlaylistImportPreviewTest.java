package com.scoutdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoutdesk.persistence.SettingsRepository;
import com.scoutdesk.tracking.DatabaseCapabilityStore;
import com.scoutdesk.tracking.SourceChain;
import com.scoutdesk.tracking.TrackingService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The window's import path over a real H2 workspace: the preview counts the good rows and names every bad line by
 * number without writing anything; confirming writes the good rows alone; the command line's all-or-nothing import
 * still refuses the same input.
 */
class PlaylistImportPreviewTest extends WorkspaceFixture {

    private static final String PLAYLIST = "https://open.spotify.com/playlist/3cEYpjA9oz9GiPac4AsH4n";
    private static final List<String> GOOD = List.of("6rqhFgbbKwnb9MLmUQDhG6", "0VjIjW4GlUZAMYd2vXMi3b",
            "11dFghVXANMlKmJXsNCbNl", "4uLU6hMCjMI75M1A2tKUQC");
    /** Four good links in the forms scouts paste (share link with ?si=, URI, locale path, bare id) and two bad. */
    private static final String PASTED = "https://open.spotify.com/track/" + GOOD.get(0) + "?si=abc\n"
            + "spotify:track:" + GOOD.get(1) + "\n"
            + "https://www.youtube.com/watch?v=dQw4w9WgXcQ\n"
            + "https://open.spotify.com/intl-de/track/" + GOOD.get(2) + "\n"
            + "https://open.spotify.com/album/1DFixLWuPkv3KT3TnV35m3\n"
            + GOOD.get(3) + "\n";

    private static final ImportListener QUIET = new ImportListener() {
        @Override
        public void read(long rows) {
        }

        @Override
        public void written(long rows, long total) {
        }
    };

    PlaylistService playlists;

    @BeforeEach
    void open() {
        openWorkspace();
        var chain = new SourceChain(List.of(), new DatabaseCapabilityStore(new SettingsRepository(db, clock)), clock);
        playlists = new PlaylistService(new TrackingService(db, chain, clock, DayOfWeek.FRIDAY), ProviderWaits.NONE);
    }

    private long rows(String table) {
        return db.read(em -> ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult())
                .longValue());
    }

    private List<String> trackIds() {
        return db.read(em -> em.createQuery("select t.spotifyId from Track t order by t.spotifyId", String.class)
                .getResultList());
    }

    @Test
    void thePreviewCountsTheGoodRowsListsEachBadLineByNumberAndWritesNothing() {
        ImportPreview preview = playlists.previewImport(ImportRequest.pasted(PASTED, Optional.of(PLAYLIST)));

        assertThat(preview.goodRows()).isEqualTo(4);
        assertThat(preview.badRowCount()).isEqualTo(2);
        assertThat(preview.badRows()).extracting(ImportPreview.BadRow::line).containsExactly(3L, 5L);
        assertThat(preview.badRows().get(0).problem()).contains("not a Spotify link", "paste a link");
        assertThat(preview.badRows().get(1).problem()).contains("album link", "track");
        assertThat(rows("track")).isZero();
        assertThat(rows("playlist")).isZero();
    }

    @Test
    void confirmingWritesOnlyTheGoodRowsAndTheCommandLinePathStillRefusesThem() {
        assertThatThrownBy(() -> playlists.importTracks(ImportRequest.pasted(PASTED, Optional.of(PLAYLIST)), QUIET))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("line 3").hasMessageContaining(
                        "line 5");
        assertThat(rows("track")).isZero();

        List<FetchReport> reports = playlists.importGoodRows(ImportRequest.pasted(PASTED, Optional.of(PLAYLIST)),
                QUIET);

        assertThat(reports).singleElement().satisfies(r -> assertThat(r.itemsRead()).isEqualTo(4));
        assertThat(trackIds()).containsExactlyInAnyOrderElementsOf(GOOD);
        assertThat(rows("playlist")).isEqualTo(1);
    }

    @Test
    void aCsvFileIsPreviewedByTheSameParserWithItsOwnLineNumbers() throws Exception {
        Path csv = Files.writeString(dir.resolve("tracks.csv"), "track,position\n" + GOOD.get(0) + ",1\n"
                + GOOD.get(1) + ",first\n" + GOOD.get(2) + ",3\n");
        var request = new ImportRequest(csv, "tracks.csv", Optional.of(PLAYLIST), false, Optional.empty(), 100);

        ImportPreview preview = playlists.previewImport(request);

        assertThat(preview.goodRows()).isEqualTo(2);
        assertThat(preview.badRows()).containsExactly(new ImportPreview.BadRow(3,
                "position 'first' is not a whole number from 1 up"));
        assertThat(rows("track")).isZero();
        playlists.importGoodRows(request, QUIET);
        assertThat(trackIds()).containsExactlyInAnyOrder(GOOD.get(0), GOOD.get(2));
    }

    @Test
    void aPlaylistThatIsNotALinkAndInputWithNoGoodRowAreRefusedInPlainWords() {
        assertThatThrownBy(() -> playlists.previewImport(ImportRequest.pasted(PASTED, Optional.of("Friday picks"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.input()).isEqualTo(InvalidInputException.IMPORT_PLAYLIST));
        assertThatThrownBy(() -> playlists.importGoodRows(ImportRequest.pasted("nonsense\n", Optional.of(PLAYLIST)),
                QUIET)).isInstanceOf(InvalidInputException.class).hasMessageContaining("no line holds a track");
        assertThat(rows("track")).isZero();
    }
}
