package com.scoutdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoutdesk.model.FetchMethod;
import com.scoutdesk.model.fetch.FetchedPlaylist;
import com.scoutdesk.model.fetch.PlaylistMetadata;
import com.scoutdesk.model.id.SpotifyRef;
import com.scoutdesk.persistence.SettingsRepository;
import com.scoutdesk.tracking.DatabaseCapabilityStore;
import com.scoutdesk.tracking.PlaylistSource;
import com.scoutdesk.tracking.SourceChain;
import com.scoutdesk.tracking.TrackingService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The playlist use cases refuse with typed exceptions whose messages name no command-line flag or command. */
class PlaylistServiceTest extends WorkspaceFixture {

    private static final String LINK = "https://open.spotify.com/playlist/3cEYpjA9oz9GiPac4AsH4n";

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
        PlaylistSource source = new PlaylistSource() {
            @Override
            public FetchMethod method() {
                return FetchMethod.WEB_API;
            }

            @Override
            public boolean isConfigured() {
                return true;
            }

            @Override
            public PlaylistMetadata metadata(SpotifyRef playlist) {
                return new PlaylistMetadata(playlist.id(), "Late Night Indie", "Curator", "curator", 10L, null, null,
                        null);
            }

            @Override
            public FetchedPlaylist fetch(SpotifyRef playlist) {
                throw new AssertionError("not fetched in these tests");
            }
        };
        var chain = new SourceChain(List.of(source), new DatabaseCapabilityStore(new SettingsRepository(db, clock)),
                clock);
        playlists = new PlaylistService(new TrackingService(db, chain, clock, DayOfWeek.FRIDAY), ProviderWaits.NONE);
    }

    @Test
    void aPlaylistAddedTwiceIsRefusedNamingItAndItsId() {
        PlaylistAdded added = playlists.add(LINK, null, false, true);
        assertThat(added.name()).isEqualTo("Late Night Indie");

        assertThatThrownBy(() -> playlists.add(LINK, null, false, true))
                .isInstanceOfSatisfying(PlaylistAlreadyTrackedException.class, e -> {
                    assertThat(e.name()).isEqualTo("Late Night Indie");
                    assertThat(e.spotifyId()).isEqualTo("3cEYpjA9oz9GiPac4AsH4n");
                })
                .hasMessage("'Late Night Indie' (3cEYpjA9oz9GiPac4AsH4n) is already tracked.");
    }

    @Test
    void anImportRefusalSaysWhichInputWouldLetItInWithoutNamingAFlag() throws Exception {
        Path links = Files.writeString(dir.resolve("links.txt"),
                "https://open.spotify.com/track/6rqhFgbbKwnb9MLmUQDhG6\n"
                        + "https://open.spotify.com/track/0VjIjW4GlUZAMYd2vXMi3b\n");

        assertThatThrownBy(() -> playlists.importTracks(new ImportRequest(links, "links.txt", Optional.empty(), false,
                Optional.empty(), 10), QUIET))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.input()).isEqualTo(InvalidInputException.IMPORT_PLAYLIST))
                .hasMessageContaining("playlist they belong to").hasMessageNotContaining("--");
        assertThatThrownBy(() -> playlists.importTracks(new ImportRequest(links, "links.txt", Optional.of(LINK),
                false, Optional.empty(), 1), QUIET))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.input()).isEqualTo(InvalidInputException.IMPORT_ROW_LIMIT))
                .hasMessageContaining("more than 1 rows").hasMessageNotContaining("--");
    }

    @Test
    void aWrongChartmetricLinkIsInvalidInputWithoutTheFlagsName() {
        assertThatThrownBy(() -> playlists.add(LINK, "https://example.com/x", false, true))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.input()).isEqualTo(InvalidInputException.CHARTMETRIC_LINK))
                .hasMessageStartingWith("'https://example.com/x' is not a Chartmetric link")
                .message().doesNotContain("--");
        assertThat(playlists.fetchAll(false, PlaylistFetchListener.NONE)).isEmpty();
    }

    @Test
    void anUnknownPlaylistIsNotFound() {
        assertThatThrownBy(() -> playlists.delete(99)).isInstanceOf(NotFoundException.class)
                .hasMessage("No tracked playlist has the number 99.");
        assertThatThrownBy(() -> playlists.fetch(99)).isInstanceOf(NotFoundException.class)
                .message().doesNotContain("scoutdesk");
    }
}
