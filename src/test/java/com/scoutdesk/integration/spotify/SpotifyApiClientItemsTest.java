package com.scoutdesk.integration.spotify;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.scoutdesk.integration.common.ChangedShapeException;
import com.scoutdesk.integration.common.RecordingSleeper;
import com.scoutdesk.integration.spotify.SpotifyFake.Shape;
import com.scoutdesk.model.fetch.FetchedItem;
import com.scoutdesk.model.fetch.FetchedPlaylist;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a playlist can hold besides tracks, which endpoint is read, and JSON that is not Spotify's any more. */
class SpotifyApiClientItemsTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private static final String ID = "0vvXsWCC9xrXsKd4FyS8kM";
    private static final String OTHER_ID = "1vvXsWCC9xrXsKd4FyS8kM";

    private final SpotifyFake fake = new SpotifyFake(SERVER, SERVER.getPort());

    private SpotifyApiClient client() {
        return new SpotifyApiClient(fake.config(), Clock.systemUTC(), new RecordingSleeper());
    }

    /** 150 slots: 1-2 tracks, 3 removed (null), 4 local, 5 episode, 6-150 tracks; the odd ones sit on both pages. */
    private static List<ObjectNode> mixedItems(Shape shape) {
        List<ObjectNode> items = new ArrayList<>();
        for (int n = 1; n <= 150; n++) {
            ObjectNode content = switch (n) {
                case 3, 120 -> null;
                case 4, 101 -> SpotifyFake.localTrack();
                case 5 -> SpotifyFake.episode();
                default -> SpotifyFake.track(n);
            };
            items.add(SpotifyFake.item(shape, content, n));
        }
        return items;
    }

    @ParameterizedTest
    @CsvSource({"ITEMS", "TRACKS"})
    void skipsAndCountsRemovedTracksLocalFilesAndEpisodesKeepingPlaylistPositions(Shape shape) {
        fake.token();
        fake.playlist(ID, 150, shape);
        fake.items(ID, mixedItems(shape), shape);

        FetchedPlaylist playlist = client().playlistItems(ID);

        assertThat(playlist.items()).hasSize(145);
        assertThat(playlist.skippedUnavailable()).isEqualTo(3);
        assertThat(playlist.skippedLocal()).isEqualTo(2);
        assertThat(playlist.readCount()).isEqualTo(150);
        assertThat(playlist.complete()).isTrue();
        assertThat(playlist.items()).extracting(FetchedItem::position).startsWith(1, 2, 6, 7).doesNotContain(3, 4, 5,
                101, 120).endsWith(150);
        assertThat(playlist.items()).allSatisfy(item ->
                assertThat(item.track().spotifyId()).isEqualTo(SpotifyFake.trackId(item.position())));
    }

    @Test
    void readsTheDeprecatedTrackAliasWhenItemIsAbsentFromItems() {
        fake.token();
        fake.playlist(ID, 2, Shape.ITEMS);
        // /items answering in the pre-2026 item shape: the client must still find the tracks.
        SERVER.stubFor(get(urlPathEqualTo("/v1/playlists/" + ID + "/items")).willReturn(SpotifyFake.json(200,
                SpotifyFake.page(ID, Shape.ITEMS, List.of(SpotifyFake.item(Shape.TRACKS, SpotifyFake.track(1), 1),
                        SpotifyFake.item(Shape.TRACKS, null, 2)), 0, 2).toString())));

        FetchedPlaylist playlist = client().playlistItems(ID);

        assertThat(playlist.items()).extracting(item -> item.track().spotifyId())
                .containsExactly(SpotifyFake.trackId(1));
        assertThat(playlist.skippedUnavailable()).isEqualTo(1);
        assertThat(playlist.complete()).isTrue();
    }

    @Test
    void remembersThatThisAppOnlyHasTracksAfterOne404() {
        fake.token();
        fake.fullPlaylist(ID, 3, Shape.TRACKS);
        fake.fullPlaylist(OTHER_ID, 2, Shape.TRACKS);
        SpotifyApiClient client = client();

        client.playlistItems(ID);
        FetchedPlaylist second = client.playlistItems(OTHER_ID);

        assertThat(second.items()).hasSize(2);
        SERVER.verify(1, getRequestedFor(urlPathEqualTo("/v1/playlists/" + ID + "/items")));
        SERVER.verify(0, getRequestedFor(urlPathEqualTo("/v1/playlists/" + OTHER_ID + "/items")));
    }

    @Test
    void marksAFetchIncompleteWhenPagesRunOutBeforeTheTotal() {
        fake.token();
        fake.playlist(ID, 150, Shape.ITEMS);
        List<ObjectNode> first = new ArrayList<>();
        for (int n = 1; n <= 100; n++) {
            first.add(SpotifyFake.item(Shape.ITEMS, SpotifyFake.track(n), n));
        }
        stubPage(0, SpotifyFake.page(ID, Shape.ITEMS, first, 0, 150).toString());
        stubPage(100, SpotifyFake.page(ID, Shape.ITEMS, List.of(), 100, 150).toString());

        FetchedPlaylist playlist = client().playlistItems(ID);

        assertThat(playlist.items()).hasSize(100);
        assertThat(playlist.expectedTotal()).isEqualTo(150);
        assertThat(playlist.complete()).isFalse();
    }

    @Test
    void malformedJsonIsAChangedShape() {
        fake.token();
        fake.playlist(ID, 1, Shape.ITEMS);
        stubPage(0, "{\"items\": [ {\"added_at\": \"2026-01-05T09:00:00Z\", ");

        assertThatThrownBy(() -> client().playlistItems(ID)).isInstanceOf(ChangedShapeException.class)
                .hasMessageContaining("Spotify Web API changed");
    }

    @Test
    void malformedJsonFromTheLibraryPathIsAChangedShape() {
        fake.token();
        fake.playlist(ID, 1, Shape.TRACKS);
        fake.items(ID, List.of(), Shape.TRACKS);
        SERVER.stubFor(get(urlPathEqualTo("/v1/playlists/" + ID + "/tracks"))
                .willReturn(SpotifyFake.json(200, "<html>Service Unavailable</html>")));

        assertThatThrownBy(() -> client().playlistItems(ID)).isInstanceOf(ChangedShapeException.class);
    }

    @Test
    void aPageWithoutTotalIsAChangedShape() {
        fake.token();
        fake.playlist(ID, 1, Shape.ITEMS);
        stubPage(0, "{\"items\": [], \"limit\": 100, \"offset\": 0}");

        assertThatThrownBy(() -> client().playlistItems(ID)).isInstanceOf(ChangedShapeException.class);
    }

    @Test
    void anItemWithNeitherItemNorTrackIsAChangedShapeNotARemovedTrack() {
        fake.token();
        fake.playlist(ID, 1, Shape.ITEMS);
        ObjectNode renamed = SpotifyFake.item(Shape.ITEMS, SpotifyFake.track(1), 1);
        renamed.set("content", renamed.remove("item"));
        stubPage(0, SpotifyFake.page(ID, Shape.ITEMS, List.of(renamed), 0, 1).toString());

        assertThatThrownBy(() -> client().playlistItems(ID)).isInstanceOf(ChangedShapeException.class)
                .hasMessageContaining("neither 'item' nor 'track'");
    }

    @Test
    void metadataWithoutNameIsAChangedShape() {
        fake.token();
        SERVER.stubFor(get("/v1/playlists/" + ID).willReturn(SpotifyFake.json(200, "{\"id\":\"" + ID + "\"}")));

        assertThatThrownBy(() -> client().playlist(ID)).isInstanceOf(ChangedShapeException.class);
    }

    private static void stubPage(int offset, String body) {
        SERVER.stubFor(get(urlPathEqualTo("/v1/playlists/" + ID + "/items"))
                .withQueryParam("offset", equalTo(String.valueOf(offset))).willReturn(SpotifyFake.json(200, body)));
    }
}
