package com.scoutdesk.integration.chartmetric;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.scoutdesk.integration.common.RecordingSleeper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/** Neither the refresh token nor an access token reaches a message or a DEBUG log line, even when echoed back. */
class ChartmetricSecretHygieneTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private final ChartmetricFake fake = new ChartmetricFake(SERVER, SERVER.getPort());
    private final List<String> seen = new ArrayList<>();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger scoutdesk = (Logger) LoggerFactory.getLogger("com.scoutdesk");
    private Level previousLevel;

    @BeforeEach
    void captureLogs() {
        previousLevel = scoutdesk.getLevel();
        scoutdesk.setLevel(Level.DEBUG);
        log.start();
        scoutdesk.addAppender(log);
    }

    @AfterEach
    void restoreLogs() {
        scoutdesk.detachAppender(log);
        scoutdesk.setLevel(previousLevel);
    }

    private ChartmetricClient client() {
        return new ChartmetricClient(fake.config(), new MemoryCapabilityStore(), Clock.systemUTC(),
                new RecordingSleeper());
    }

    private void provoke(Runnable call) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).as("the scenario should fail").isNotNull();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            seen.add(t.toString());
        }
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
        seen.add(client().testConnection().detail());

        log.list.forEach(event -> seen.add(event.getFormattedMessage()));
        assertThat(log.list).isNotEmpty();
        assertThat(seen).isNotEmpty().noneMatch(s -> s.contains(ChartmetricFake.REFRESH_TOKEN))
                .noneMatch(s -> s.contains(ChartmetricFake.ACCESS_TOKEN));
    }
}
