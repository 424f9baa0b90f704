package com.scoutdesk.integration.chartmetric;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.scoutdesk.integration.common.RecordingSleeper;
import com.scoutdesk.testing.SecretWitness;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Neither the refresh token nor an access token reaches a message or a DEBUG log line, even when echoed back. */
class ChartmetricSecretHygieneTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private final ChartmetricFake fake = new ChartmetricFake(SERVER, SERVER.getPort());
    @RegisterExtension
    final SecretWitness witness = new SecretWitness();

    private ChartmetricClient client() {
        return new ChartmetricClient(fake.config(), new MemoryCapabilityStore(), Clock.systemUTC(),
                new RecordingSleeper());
    }

    private void provoke(Runnable call) {
        witness.provoke(call);
        SERVER.resetAll();
    }

    @Test
    void noFailureAndNoLogLineShowsATokenOrTheRefreshToken() {
        String echo = "{\"error\":\"bad " + ChartmetricFake.REFRESH_TOKEN + "\"}";
        SERVER.stubFor(post("/api/token").willReturn(ChartmetricFake.json(401, echo)));
        provoke(() -> client().trackIds(ChartmetricFake.ISRC));
        SERVER.stubFor(post("/api/token").willReturn(ChartmetricFake.json(200, "{\"token\":\""
                + ChartmetricFake.ACCESS_TOKEN + "\",\"expires_in\":\"soon\"}")));
        provoke(() -> client().trackIds(ChartmetricFake.ISRC));
        SERVER.stubFor(post("/api/token").willReturn(ChartmetricFake.json(200, "{\"token\":\""
                + ChartmetricFake.ACCESS_TOKEN)));
        provoke(() -> client().trackIds(ChartmetricFake.ISRC));
        fake.token(ChartmetricFake.ACCESS_TOKEN);
        fake.stub(ChartmetricFake.trackPath(1), 403, "{\"error\":\"" + ChartmetricFake.ACCESS_TOKEN + "\"}");
        provoke(() -> client().track(1));
        fake.token(ChartmetricFake.ACCESS_TOKEN);
        fake.stub(ChartmetricFake.trackPath(2), 500, "{\"error\":\"" + ChartmetricFake.ACCESS_TOKEN + "\"}");
        provoke(() -> client().track(2));
        fake.token(ChartmetricFake.ACCESS_TOKEN);
        fake.stub(ChartmetricFake.trackPath(3), 200, "{\"obj\": \"" + ChartmetricFake.ACCESS_TOKEN);
        provoke(() -> client().track(3));
        witness.saw(client().testConnection().detail());

        assertThat(witness.logLines()).isNotEmpty();
        assertThat(witness.all()).isNotEmpty().noneMatch(s -> s.contains(ChartmetricFake.REFRESH_TOKEN))
                .noneMatch(s -> s.contains(ChartmetricFake.ACCESS_TOKEN));
    }
}
