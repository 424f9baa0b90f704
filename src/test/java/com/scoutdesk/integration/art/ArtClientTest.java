package com.scoutdesk.integration.art;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.scoutdesk.integration.common.ChangedShapeException;
import com.scoutdesk.integration.common.HttpPolicy;
import com.scoutdesk.integration.common.OfflineException;
import com.scoutdesk.integration.common.RateLimitedException;
import com.scoutdesk.integration.common.RecordingSleeper;
import com.scoutdesk.integration.common.UnavailableException;
import com.scoutdesk.testing.MutableClock;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The real client and real HTTP against a fake image host on 127.0.0.1: images, refusals and failures. */
class ArtClientTest {

    @RegisterExtension
    static final WireMockExtension HOST = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private static final byte[] JPEG = TestImages.jpeg();
    private static final byte[] PNG = TestImages.png();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-05T18:00:00Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper();

    private ArtClient client(long maxBytes) {
        ArtConfig config = ArtConfig.spotify().withHosts(Set.of("127.0.0.1")).withMaxBytes(maxBytes)
                .withHttp(ArtConfig.DEFAULT_HTTP.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5)));
        return new ArtClient(config, clock, sleeper);
    }

    private ArtClient client() {
        return client(ArtConfig.DEFAULT_MAX_BYTES);
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + HOST.getPort() + path;
    }

    @Test
    void fetchesAJpegAndAPngByteForByte() {
        HOST.stubFor(get("/image/ab67616d00001e02").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "image/jpeg").withBody(JPEG)));
        HOST.stubFor(get("/mosaic/640/cover").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "image/png; charset=binary").withBody(PNG)));
        ArtClient client = client();

        ArtImage jpeg = client.fetch(url("/image/ab67616d00001e02"));
        ArtImage png = client.fetch(url("/mosaic/640/cover"));

        assertThat(jpeg.bytes()).isEqualTo(JPEG);
        assertThat(jpeg.contentType()).isEqualTo("image/jpeg");
        assertThat(png.bytes()).isEqualTo(PNG);
        assertThat(png.contentType()).isEqualTo("image/png");
        HOST.verify(getRequestedFor(urlEqualTo("/image/ab67616d00001e02")));
        assertThat(client.requestCount()).isEqualTo(2);
    }

    @Test
    void aMissingImageIsNotFoundAndNotRetried() {
        HOST.stubFor(get("/image/gone").willReturn(aResponse().withStatus(404).withBody("Not found")));
        ArtClient client = client();

        UnavailableException e = catchThrowableOfType(() -> client.fetch(url("/image/gone")),
                UnavailableException.class);

        assertThat(e.reason()).isEqualTo(UnavailableException.Reason.NOT_FOUND);
        assertThat(e.httpStatus()).isEqualTo(404);
        assertThat(client.requestCount()).isEqualTo(1);
    }

    @Test
    void waitsOutAShortRetryAfterThenFetches() {
        HOST.stubFor(get("/image/busy").inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
                .willSetStateTo("calm"));
        HOST.stubFor(get("/image/busy").inScenario("busy").whenScenarioStateIs("calm")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "image/jpeg").withBody(JPEG)));

        ArtImage image = client().fetch(url("/image/busy"));

        assertThat(image.bytes()).isEqualTo(JPEG);
        assertThat(sleeper.waits()).contains(Duration.ofSeconds(1));
    }

    @Test
    void aLongRetryAfterIsReportedAsRateLimitedUntilThen() {
        HOST.stubFor(get("/image/slow-down").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));

        RateLimitedException e = catchThrowableOfType(() -> client().fetch(url("/image/slow-down")),
                RateLimitedException.class);

        assertThat(e.retryAt()).isEqualTo(clock.instant().plusSeconds(120));
        assertThat(e.quotaExceeded()).isFalse();
        assertThat(sleeper.waits()).doesNotContain(Duration.ofSeconds(120));
    }

    @Test
    void aRefusedConnectionIsOffline() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        Throwable e = catchThrowableOfType(() -> client().fetch("http://127.0.0.1:" + closedPort + "/image/x"),
                OfflineException.class);

        assertThat(e).hasMessageContaining("cannot be reached");
    }

    @Test
    void somethingThatIsNotAnImageIsRefusedAsChanged() {
        HOST.stubFor(get("/image/page").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html>consent</html>")));
        HOST.stubFor(get("/image/webp").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "image/webp").withBody(new byte[] {'R', 'I', 'F', 'F', 0, 0})));
        HOST.stubFor(get("/image/lying").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "image/jpeg").withBody("<html>not a jpeg</html>")));
        ArtClient client = client();

        for (String path : List.of("/image/page", "/image/webp", "/image/lying")) {
            assertThat(catchThrowableOfType(() -> client.fetch(url(path)), ChangedShapeException.class))
                    .as(path).isNotNull();
        }
    }

    @Test
    void anImageOverTheCapIsRefusedWhetherItsLengthIsDeclaredOrNot() {
        byte[] big = Arrays.copyOf(JPEG, 64 * 1024);
        HOST.stubFor(get("/image/big").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "image/jpeg").withBody(big)));
        HOST.stubFor(get("/image/big-chunked").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "image/jpeg").withChunkedDribbleDelay(8, 10).withBody(big)));
        HOST.stubFor(get("/image/small").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "image/jpeg").withBody(JPEG)));
        ArtClient client = client(16 * 1024);

        for (String path : List.of("/image/big", "/image/big-chunked")) {
            assertThat(catchThrowableOfType(() -> client.fetch(url(path)), ChangedShapeException.class))
                    .as(path).hasMessageContaining("larger than 16 KB");
        }
        assertThat(client.fetch(url("/image/small")).bytes()).isEqualTo(JPEG);
    }

    @Test
    void asksNoHostThatIsNotAllowedAndNoOtherScheme() {
        ArtClient client = client();

        for (String url : List.of("https://evil.example.com/image/x", "file:///etc/passwd",
                "ftp://127.0.0.1/image/x", "http://user@127.0.0.1/x", "not a url")) {
            UnavailableException e = catchThrowableOfType(() -> client.fetch(url), UnavailableException.class);
            assertThat(e).as(url).isNotNull();
            assertThat(e.reason()).isEqualTo(UnavailableException.Reason.NOT_ALLOWED);
        }
        assertThat(client.requestCount()).isZero();
        assertThat(HOST.getAllServeEvents()).isEmpty();
    }

    @Test
    void spotifysOwnHostsAreTheDefault() {
        assertThat(ArtConfig.spotify().allowedHosts()).contains("i.scdn.co", "mosaic.scdn.co");
        assertThat(ArtConfig.spotify().allowedHosts()).doesNotContain("127.0.0.1");
        HttpPolicy policy = ArtConfig.DEFAULT_HTTP;
        assertThat(policy.retryAfterCap()).isLessThanOrEqualTo(Duration.ofSeconds(5));
    }
}
