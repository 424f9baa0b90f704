package com.scoutdesk.integration.spotify;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.scoutdesk.integration.common.RecordingSleeper;
import com.scoutdesk.integration.spotify.SpotifyFake.Shape;
import com.scoutdesk.model.FetchMethod;
import com.scoutdesk.model.fetch.FetchedArtist;
import com.scoutdesk.model.fetch.FetchedItem;
import com.scoutdesk.model.fetch.FetchedPlaylist;
import com.scoutdesk.model.fetch.FetchedTrack;
import com.scoutdesk.model.fetch.PlaylistMetadata;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whole playlists read through the real client, real HTTP and real JSON parsing, in both item shapes. */
class SpotifyApiClientPagingTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private static final String ID = "3cEYpjA9oz9GiPac4AsH4n";

    private final SpotifyFake fake = new SpotifyFake(SERVER, SERVER.getPort());

    private SpotifyApiClient client() {
        return new SpotifyApiClient(fake.config(), Clock.systemUTC(), new RecordingSleeper());
    }

    @ParameterizedTest(name = "{0} items under /{1}")
    @CsvSource({"0, ITEMS, 1", "1, ITEMS, 1", "100, ITEMS, 1", "101, ITEMS, 2", "250, ITEMS, 3",
        "0, TRACKS, 1", "1, TRACKS, 1", "100, TRACKS, 1", "101, TRACKS, 2", "250, TRACKS, 3"})
    void readsEveryItemInOrderWithOneRequestPerPage(int count, Shape shape, int pages) {
        fake.token();
        fake.fullPlaylist(ID, count, shape);
        SpotifyApiClient client = client();

        FetchedPlaylist playlist = client.playlistItems(ID);

        assertThat(playlist.items()).hasSize(count);
        assertThat(playlist.items()).extracting(FetchedItem::position)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, count).boxed().toList());
        assertThat(playlist.items()).extracting(item -> item.track().spotifyId())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, count).mapToObj(SpotifyFake::trackId).toList());
        assertThat(playlist.items()).extracting(item -> item.track().isrc())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, count).mapToObj(SpotifyFake::isrc).toList());
        assertThat(playlist.expectedTotal()).isEqualTo(count);
        assertThat(playlist.complete()).isTrue();
        assertThat(playlist.skippedLocal()).isZero();
        assertThat(playlist.skippedUnavailable()).isZero();
        assertThat(playlist.source()).isEqualTo(FetchMethod.WEB_API);
        // token + metadata + pages, plus the /items probe that 404s for an app that only has /tracks
        int probe = shape == Shape.TRACKS ? 1 : 0;
        assertThat(client.requestCount()).isEqualTo(2 + pages + probe);
        SERVER.verify(pages, getRequestedFor(urlPathMatching("/v1/playlists/" + ID + "/" + shape.endpoint)));
    }

    @ParameterizedTest
    @CsvSource({"ITEMS", "TRACKS"})
    void mapsEveryTrackField(Shape shape) {
        fake.token();
        fake.fullPlaylist(ID, 3, shape);

        FetchedItem second = client().playlistItems(ID).items().get(1);

        assertThat(second.position()).isEqualTo(2);
        assertThat(second.addedAt()).isEqualTo(SpotifyFake.FIRST_ADDED.plus(Duration.ofHours(2)));
        FetchedTrack track = second.track();
        assertThat(track).isEqualTo(new FetchedTrack("TrackId000000000000002", "Song 2",
                List.of(new FetchedArtist("1MaraVe11Art1st0000001", "Mara Vell"),
                        new FetchedArtist("3KofiAdeyemiArt1st0002", "Kofi Adeyemi")),
                "Paper Lanterns", "QZES82600002", 201_733, true, "2026-03-06", null));
    }

    @Test
    void readsMetadataInThe2026Shape() {
        fake.token();
        fake.playlist(ID, 42, Shape.ITEMS);

        PlaylistMetadata metadata = client().playlist(ID);

        assertThat(metadata).isEqualTo(new PlaylistMetadata(ID, "Scout picks W40", "ScoutDesk Demo", "scoutdeskdemo",
                312L, 42, "https://mosaic.scdn.co/640/ab67616d0000b273mosaic0001", null));
    }

    @Test
    void readsMetadataInThe2024Shape() {
        fake.token();
        fake.playlist(ID, 105, Shape.TRACKS);

        PlaylistMetadata metadata = client().playlist(ID);

        assertThat(metadata).isEqualTo(new PlaylistMetadata(ID, "Indie Fridays", "Lena Curates", "lenacurates",
                48_213L, 105, "https://image-cdn-ak.spotifycdn.com/image/ab67706c0000da84cover0001",
                "Fresh independent releases, updated every Friday &amp; tracked by scouts."));
    }
}
