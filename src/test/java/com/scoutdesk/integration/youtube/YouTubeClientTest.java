package com.scoutdesk.integration.youtube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.scoutdesk.integration.common.BadCredentialsException;
import com.scoutdesk.integration.common.ChangedShapeException;
import com.scoutdesk.integration.common.ConnectionResult;
import com.scoutdesk.integration.common.OfflineException;
import com.scoutdesk.integration.common.RateLimitedException;
import com.scoutdesk.integration.common.RecordingSleeper;
import com.scoutdesk.testing.MutableClock;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The real client, real HTTP and real JSON against {@link YouTubeFake}: counts, batches, search, and failures. */
class YouTubeClientTest {

    private static final YouTubeFake FAKE = new YouTubeFake();
    @RegisterExtension
    static final WireMockExtension SERVER = FAKE.server();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-05T18:00:00Z"));
    private final MemoryQuotaStore store = new MemoryQuotaStore();

    @BeforeEach
    void resetFake() {
        FAKE.reset();
    }

    private YouTubeClient client() {
        return new YouTubeClient(FAKE.config(), store, clock, new RecordingSleeper());
    }

    @Test
    void readsCountsSentAsStringsAndLeavesHiddenOnesNull() {
        FAKE.videosAnswer(200, "videos_two_known.json");

        Map<String, VideoStats> stats = client().videoStats(List.of("nEoNhEaRt5s", "qUiEtLaKe01", "g0neV1de0xx"));

        assertThat(stats).containsOnlyKeys("nEoNhEaRt5s", "qUiEtLaKe01");
        assertThat(stats.get("nEoNhEaRt5s")).isEqualTo(new VideoStats("nEoNhEaRt5s", 1_284_409L, 20_931L, 842L));
        assertThat(stats.get("qUiEtLaKe01")).isEqualTo(new VideoStats("qUiEtLaKe01", 5_072L, null, null));
    }

    @Test
    void asksForAtMostFiftyIdsACallAndCountsAUnitEach() {
        List<String> ids = IntStream.range(0, 120).mapToObj(i -> String.format("vid%08d", i)).toList();
        ids.forEach(id -> FAKE.video(id, 1_000L + id.hashCode() % 7, 3L, null));
        FAKE.video("not-asked-for", 1L, 1L, 1L);
        YouTubeClient client = client();

        Map<String, VideoStats> stats = client.videoStats(ids);

        assertThat(stats).hasSize(120);
        assertThat(stats.keySet()).containsExactlyElementsOf(ids);
        assertThat(FAKE.videosCalls()).isEqualTo(3);
        assertThat(client.requestCounts()).isEqualTo(Map.of("videos", 3L));
        assertThat(client.unitsLeft()).isEqualTo(YouTubeConfig.DEFAULT_DAILY_UNITS - 3);
        assertThat(client.searchesLeft()).isEqualTo(YouTubeConfig.SEARCH_CALLS_PER_DAY);
    }

    @Test
    void findsTheVideoWhoseTitleAndArtistMatchSkippingCoversAndChannels() {
        FAKE.searchAnswer(200, "search_mara_vell_neon_hearts.json");
        YouTubeClient client = client();

        assertThat(client.findVideo("Neon Hearts (feat. Ola Brand)", "Mara Vell")).get()
                .extracting(SearchHit::videoId).isEqualTo("nEoNhEaRt5s");
        assertThat(client.findVideo("Glass Rivers", "Mara Vell")).isEmpty();
        assertThat(client.findVideo("Neon Hearts", "Somebody Else")).isEmpty();
        assertThat(FAKE.searchCalls()).isEqualTo(3);
        assertThat(client.searchesLeft()).isEqualTo(YouTubeConfig.SEARCH_CALLS_PER_DAY - 3);
        assertThat(client.unitsLeft()).isEqualTo(YouTubeConfig.DEFAULT_DAILY_UNITS);
    }

    @Test
    void quotaExceededDefersUntilPacificMidnightAndSendsNothingMoreThatDay() {
        FAKE.videosAnswer(403, "error_403_quotaExceeded.json");
        YouTubeClient client = client();

        RateLimitedException e = catchThrowableOfType(() -> client.videoStats(List.of("nEoNhEaRt5s")),
                RateLimitedException.class);

        // 10:00 in Los Angeles (PST, UTC-8) on 5 December: the quota returns at 08:00 UTC on the 6th.
        assertThat(e.quotaExceeded()).isTrue();
        assertThat(e.retryAt()).isEqualTo(Instant.parse("2026-12-06T08:00:00Z"));
        assertThat(catchThrowableOfType(() -> client.videoStats(List.of("x")), RateLimitedException.class)
                .retryAt()).isEqualTo(Instant.parse("2026-12-06T08:00:00Z"));
        assertThat(FAKE.videosCalls()).isEqualTo(1);
        // Search has a bucket of its own, which Google did not say is spent.
        FAKE.searchAnswer(200, "search_mara_vell_neon_hearts.json");
        assertThat(client.findVideo("Neon Hearts", "Mara Vell")).isPresent();
    }

    @Test
    void aSpentSearchBucketDefersWithoutARequestAndARestartRemembersIt() {
        FAKE.searchAnswer(200, "search_mara_vell_neon_hearts.json");
        YouTubeClient first = client();
        for (int i = 0; i < YouTubeConfig.SEARCH_CALLS_PER_DAY; i++) {
            first.search("Mara Vell Neon Hearts");
        }

        YouTubeClient afterRestart = client();
        RateLimitedException e = catchThrowableOfType(() -> afterRestart.findVideo("Neon Hearts", "Mara Vell"),
                RateLimitedException.class);

        assertThat(e.retryAt()).isEqualTo(Instant.parse("2026-12-06T08:00:00Z"));
        assertThat(FAKE.searchCalls()).isEqualTo(YouTubeConfig.SEARCH_CALLS_PER_DAY);
        clock.set(Instant.parse("2026-12-06T08:00:00Z"));
        assertThat(afterRestart.findVideo("Neon Hearts", "Mara Vell")).isPresent();
    }

    @Test
    void aWrongKeyIsBadCredentialsAndSoIsAForbiddenKey() {
        FAKE.videosAnswer(200, "videos_two_known.json");
        YouTubeClient wrongKey = new YouTubeClient(new YouTubeConfig(FAKE.config().baseUrl(), "AIzaSyWrongKey",
                100, FAKE.config().http()), store, clock, new RecordingSleeper());

        BadCredentialsException invalid = catchThrowableOfType(() -> wrongKey.videoStats(List.of("a")),
                BadCredentialsException.class);
        assertThat(invalid).hasMessageContaining("API key not valid").hasMessageContaining("YOUTUBE_API_KEY");
        assertThat(wrongKey.testConnection().verdict()).isEqualTo(ConnectionResult.Verdict.BAD_CREDENTIALS);

        FAKE.videosAnswer(403, "error_403_forbidden.json");
        assertThat(catchThrowableOfType(() -> client().videoStats(List.of("a")), BadCredentialsException.class))
                .hasMessageContaining("forbidden");
    }

    @Test
    void aBurstLimitIsWaitedOutAndThenRateLimitedNotBadCredentials() {
        FAKE.videosAnswer(429, "error_429_rateLimitExceeded.json");

        RateLimitedException e = catchThrowableOfType(() -> client().videoStats(List.of("a")),
                RateLimitedException.class);

        assertThat(e.quotaExceeded()).isFalse();
        assertThat(FAKE.videosCalls()).isEqualTo(2);
    }

    @Test
    void malformedJsonIsAChangedShape() {
        FAKE.videosAnswer(200, "{\"kind\":\"youtube#videoListResponse\",\"items\":[{\"id\":\"a\",\"statistics\":"
                + "{\"viewCount\":\"many\"}}]}");
        assertThat(catchThrowableOfType(() -> client().videoStats(List.of("a")), ChangedShapeException.class))
                .hasMessageContaining("viewCount");

        FAKE.searchAnswer(200, "<html>Sorry...</html>");
        assertThat(catchThrowableOfType(() -> client().search("x"), ChangedShapeException.class)).isNotNull();
    }

    @Test
    void aRefusedConnectionIsOffline() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        YouTubeClient client = new YouTubeClient(FAKE.config().withBaseUrl(URI.create("http://127.0.0.1:"
                + closedPort)), store, clock, new RecordingSleeper());

        assertThat(catchThrowableOfType(() -> client.videoStats(List.of("a")), OfflineException.class)).isNotNull();
        assertThat(client.testConnection().verdict()).isEqualTo(ConnectionResult.Verdict.OFFLINE);
    }

    @Test
    void testConnectionSpendsOneUnitOnOneKnownVideo() {
        FAKE.video(YouTubeClient.TEST_VIDEO, 7920L, 190L, 32L);
        YouTubeClient client = client();

        ConnectionResult result = client.testConnection();

        assertThat(result.verdict()).isEqualTo(ConnectionResult.Verdict.OK);
        assertThat(FAKE.videosCalls()).isEqualTo(1);
        assertThat(client.unitsLeft()).isEqualTo(YouTubeConfig.DEFAULT_DAILY_UNITS - 1);
    }
}
