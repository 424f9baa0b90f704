package com.scoutdesk.integration.musicbrainz;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.scoutdesk.integration.common.HttpPolicy;
import com.scoutdesk.integration.common.Sleeper;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * THE rate test: a hundred look-ups at full speed against a fake that declines any request arriving within a second
 * of the one before, as MusicBrainz does. Real time, real sleeps (about 105 s): the point is what the server sees.
 */
class MusicBrainzRateTest {

    private static final OneRequestPerSecond GATE = new OneRequestPerSecond();

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").extensions(GATE)).build();

    @Test
    void aHundredLookUpsAtFullSpeedNeverMeetA503() {
        SERVER.stubFor(get(urlPathMatching("/ws/2/isrc/.*"))
                .willReturn(MusicBrainzFake.json(200, MusicBrainzFake.resource("isrc_" + MusicBrainzFake.ISRC))));
        MusicBrainzFake fake = new MusicBrainzFake(SERVER, SERVER.getPort());
        // The shipped policy, so a 503 would be waited out and hidden: the gate's count is what tells.
        MusicBrainzConfig config = fake.config().withHttp(MusicBrainzConfig.of("x@y.z").http());
        MusicBrainzClient client = new MusicBrainzClient(config, Clock.systemUTC(), Sleeper.system());

        int succeeded = 0;
        for (int i = 0; i < 100; i++) {
            if (client.recordingsByIsrc(String.format("GBQZX26%05d", i)).size() == 1) {
                succeeded++;
            }
        }

        assertThat(GATE.declined()).as("503s from the one-per-second gate").isZero();
        assertThat(succeeded).isEqualTo(100);
        assertThat(GATE.admitted()).isEqualTo(100);
        assertThat(client.requestCount()).isEqualTo(100);
        assertThat(GATE.closestGap()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(config.http()).isEqualTo(HttpPolicy.of(1, Duration.ofSeconds(1)));
    }
}
