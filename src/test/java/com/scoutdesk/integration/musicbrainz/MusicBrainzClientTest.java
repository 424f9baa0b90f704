package com.scoutdesk.integration.musicbrainz;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.notMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.scoutdesk.integration.common.ChangedShapeException;
import com.scoutdesk.integration.common.ConnectionResult;
import com.scoutdesk.integration.common.OfflineException;
import com.scoutdesk.integration.common.RateLimitedException;
import com.scoutdesk.integration.common.RecordingSleeper;
import com.scoutdesk.model.CreditRole;
import com.scoutdesk.model.SocialLink;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The real client, real HTTP and real JSON parsing against a fake MusicBrainz on 127.0.0.1. */
class MusicBrainzClientTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private final MusicBrainzFake fake = new MusicBrainzFake(SERVER, SERVER.getPort());
    private final RecordingSleeper sleeper = new RecordingSleeper();

    private MusicBrainzClient client() {
        return new MusicBrainzClient(fake.config(), Clock.systemUTC(), sleeper);
    }

    @Test
    void isrcRecordingWritersAndLinksAreRead() {
        fake.catalogue();
        MusicBrainzClient client = client();

        var recordings = client.recordingsByIsrc(MusicBrainzFake.ISRC);
        assertThat(recordings).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(MusicBrainzFake.RECORDING);
            assertThat(r.artists()).containsExactly(new MbArtistCredit(MusicBrainzFake.MARA, "Mara Vell"));
        });

        RecordingCredits credits = client.recording(MusicBrainzFake.RECORDING);
        assertThat(credits.writers()).as("work writers, then the recording's own; no arranger, no producer")
                .containsExactly(
                        new MbWriter(new MbArtistCredit(MusicBrainzFake.MARA, "Mara Vell"), CreditRole.WRITER),
                        new MbWriter(new MbArtistCredit(MusicBrainzFake.SAM, "Sam Quill"), CreditRole.COMPOSER),
                        new MbWriter(new MbArtistCredit(MusicBrainzFake.SAM, "Sam Quill"), CreditRole.LYRICIST),
                        new MbWriter(new MbArtistCredit(MusicBrainzFake.JO, "Jo Penn"), CreditRole.COMPOSER));
        assertThat(credits.songwriters()).extracting(MbArtistCredit::id)
                .containsExactly(MusicBrainzFake.MARA, MusicBrainzFake.SAM, MusicBrainzFake.JO);
        assertThat(credits.iswcs()).containsExactly("T-345.246.800-1");

        ArtistLinks links = client.artistLinks(MusicBrainzFake.MARA);
        assertThat(links.links()).as("by host; ended ones, streaming, wikidata and discogs left out").containsOnly(
                entry(SocialLink.INSTAGRAM, "https://www.instagram.com/maravell/"),
                entry(SocialLink.X, "https://x.com/maravell"),
                entry(SocialLink.TIKTOK, "https://www.tiktok.com/@maravell"),
                entry(SocialLink.FACEBOOK, "https://www.facebook.com/MaraVellMusic"),
                entry(SocialLink.YOUTUBE, "https://www.youtube.com/@maravell"),
                entry(SocialLink.BANDCAMP, "https://maravell.bandcamp.com/"),
                entry(SocialLink.SOUNDCLOUD, "https://soundcloud.com/maravell"),
                entry(SocialLink.WEBSITE, "https://www.maravell.com/"));

        SERVER.verify(getRequestedFor(urlPathEqualTo("/ws/2/recording/" + MusicBrainzFake.RECORDING))
                .withQueryParam("inc", equalTo("artist-credits isrcs work-rels work-level-rels artist-rels"))
                .withQueryParam("fmt", equalTo("json")));
        SERVER.verify(3, getRequestedFor(urlPathMatching("/ws/2/.*"))
                .withHeader("User-Agent", matching("ScoutDesk/\\S+ \\( scout@example\\.com \\)"))
                .withHeader("User-Agent", notMatching("(?i)java.*"))
                .withHeader("Accept", equalTo("application/json")));
    }

    @Test
    void theRequestsAreSpacedASecondApart() {
        fake.catalogue();
        MusicBrainzClient client = client();
        client.recordingsByIsrc(MusicBrainzFake.ISRC);
        client.recording(MusicBrainzFake.RECORDING);

        assertThat(sleeper.waits()).singleElement().satisfies(wait ->
                assertThat(wait).isGreaterThan(Duration.ofMillis(900)).isLessThanOrEqualTo(Duration.ofMillis(1050)));
    }

    @Test
    void anUnknownIsrcIsNoRecording() {
        fake.unknownIsrcs();

        assertThat(client().recordingsByIsrc("USXYZ2600999")).isEmpty();
    }

    @Test
    void a503IsWaitedOutAsRetryAfterAsksAndNotRetriedAtOnce() {
        fake.catalogue();
        SERVER.stubFor(get(urlPathEqualTo("/ws/2/isrc/" + MusicBrainzFake.ISRC)).inScenario("busy")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("calm")
                .willReturn(MusicBrainzFake.slowDown(7)));
        SERVER.stubFor(get(urlPathEqualTo("/ws/2/isrc/" + MusicBrainzFake.ISRC)).inScenario("busy")
                .whenScenarioStateIs("calm")
                .willReturn(MusicBrainzFake.json(200, MusicBrainzFake.resource("isrc_" + MusicBrainzFake.ISRC))));
        MusicBrainzClient client = client();

        assertThat(client.recordingsByIsrc(MusicBrainzFake.ISRC)).hasSize(1);

        assertThat(client.requestCount()).as("one 503, then the answer: no retry storm").isEqualTo(2);
        assertThat(sleeper.waits()).contains(Duration.ofSeconds(7));
    }

    @Test
    void a503ThatWillNotStopIsRateLimitedNotAServerError() {
        SERVER.stubFor(get(urlPathMatching("/ws/2/isrc/.*")).willReturn(MusicBrainzFake.slowDown(null)));
        MusicBrainzClient client = client();

        assertThatThrownBy(() -> client.recordingsByIsrc(MusicBrainzFake.ISRC))
                .isInstanceOf(RateLimitedException.class).hasMessageContaining("MusicBrainz rate-limited");
        assertThat(client.requestCount()).as("the first answer and three waits, nothing more").isEqualTo(4);
        assertThat(client.testConnection().verdict()).isEqualTo(ConnectionResult.Verdict.RATE_LIMITED);
    }

    @Test
    void malformedJsonIsAChangedShape() {
        SERVER.stubFor(get(urlPathEqualTo("/ws/2/isrc/" + MusicBrainzFake.ISRC))
                .willReturn(MusicBrainzFake.json(200, "{\"isrc\":\"GBQZX2600001\",\"recordings\":[{\"id\":")));
        SERVER.stubFor(get(urlPathEqualTo("/ws/2/artist/" + MusicBrainzFake.MARA))
                .willReturn(MusicBrainzFake.json(200, "{\"id\":\"x\",\"relations\":{\"not\":\"a list\"}}")));
        MusicBrainzClient client = client();

        assertThatThrownBy(() -> client.recordingsByIsrc(MusicBrainzFake.ISRC))
                .isInstanceOf(ChangedShapeException.class).hasMessageContaining("unreadable ISRC look-up");
        assertThatThrownBy(() -> client.artistLinks(MusicBrainzFake.MARA))
                .isInstanceOf(ChangedShapeException.class).hasMessageContaining("not a list");
    }

    @Test
    void aRefusedConnectionIsOffline() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        MusicBrainzClient client = new MusicBrainzClient(fake.config()
                .withBaseUrl(URI.create("http://127.0.0.1:" + closed)), Clock.systemUTC(), sleeper);

        assertThatThrownBy(() -> client.recordingsByIsrc(MusicBrainzFake.ISRC)).isInstanceOf(OfflineException.class);
        assertThat(client.testConnection().verdict()).isEqualTo(ConnectionResult.Verdict.OFFLINE);
    }

    @Test
    void anArtistIsFoundOnlyByASureHitPreferringAPerson() {
        fake.catalogue();
        MusicBrainzClient client = client();

        assertThat(client.findArtist("Kim Fader")).hasValueSatisfying(hit -> {
            assertThat(hit.id()).isEqualTo(MusicBrainzFake.KIM);
            assertThat(hit.type()).isEqualTo("Person");
        });
        assertThat(client.findArtist("Nobody")).as("88 is below the bar, 'Nobody Special' is another name").isEmpty();
        SERVER.verify(getRequestedFor(urlPathEqualTo("/ws/2/artist")).withQueryParam("limit", equalTo("5")));
    }

    @Test
    void testConnectionSaysOkWhenMusicBrainzAnswers() {
        fake.unknownIsrcs();

        assertThat(client().testConnection().verdict()).isEqualTo(ConnectionResult.Verdict.OK);
    }
}
