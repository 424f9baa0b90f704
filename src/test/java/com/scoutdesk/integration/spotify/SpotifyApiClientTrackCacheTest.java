package com.scoutdesk.integration.spotify;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.scoutdesk.integration.common.RecordingSleeper;
import com.scoutdesk.model.fetch.FetchedTrackMetadata;
import com.scoutdesk.testing.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A track read once, by a single or a batch look-up, is not asked for again within the hour. */
class SpotifyApiClientTrackCacheTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private final SpotifyFake fake = new SpotifyFake(SERVER, SERVER.getPort());
    private final SpotifyApiClient client = new SpotifyApiClient(fake.config(),
            new MutableClock(Instant.parse("2026-10-01T12:00:00Z")), new RecordingSleeper());

    @Test
    void aBatchAsksOnlyForTheTracksNotReadYetAndFillsTheCacheForSingleLookUps() {
        fake.token();
        SERVER.stubFor(get("/v1/tracks/" + SpotifyFake.trackId(1)).willReturn(SpotifyFake.json(200,
                SpotifyFake.track(1).toString())));
        SERVER.stubFor(get(urlPathEqualTo("/v1/tracks")).withQueryParam("ids", equalTo(SpotifyFake.trackId(2) + ","
                + SpotifyFake.trackId(3))).willReturn(SpotifyFake.json(200, "{\"tracks\":[" + SpotifyFake.track(2)
                + "," + SpotifyFake.track(3) + "]}")));

        FetchedTrackMetadata first = client.trackMetadata(SpotifyFake.trackId(1));
        List<FetchedTrackMetadata> three = client.severalTracks(List.of(SpotifyFake.trackId(1),
                SpotifyFake.trackId(2), SpotifyFake.trackId(3)));
        List<FetchedTrackMetadata> again = client.severalTracks(List.of(SpotifyFake.trackId(3),
                SpotifyFake.trackId(2)));
        FetchedTrackMetadata second = client.trackMetadata(SpotifyFake.trackId(2));

        assertThat(first.isrc()).isEqualTo(SpotifyFake.isrc(1));
        assertThat(first.name()).isEqualTo("Song 1");
        assertThat(first.artistNames()).isNotEmpty();
        assertThat(three).extracting(FetchedTrackMetadata::id).as("in the order asked for")
                .containsExactly(SpotifyFake.trackId(1), SpotifyFake.trackId(2), SpotifyFake.trackId(3));
        assertThat(again).extracting(FetchedTrackMetadata::isrc).containsExactly(SpotifyFake.isrc(3),
                SpotifyFake.isrc(2));
        assertThat(second.isrc()).isEqualTo(SpotifyFake.isrc(2));
        assertThat(client.requestCounts()).isEqualTo(Map.of("token", 1L, "tracks", 1L, "several-tracks", 1L));
        assertThat(client.requestCount()).isEqualTo(3);
    }
}
