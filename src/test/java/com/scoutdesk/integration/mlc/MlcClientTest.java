package com.scoutdesk.integration.mlc;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.scoutdesk.integration.common.RecordingSleeper;
import com.scoutdesk.model.id.Isrc;
import com.scoutdesk.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client against a fake MLC on 127.0.0.1: what it asks, with which token, and what it makes of the answers. */
class MlcClientTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    static final Isrc ISRC = Isrc.parse("QZES82600001");

    final MlcFake fake = new MlcFake(SERVER, SERVER.getPort());
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T12:00:00Z"));
    final RecordingSleeper sleeper = new RecordingSleeper();

    MlcClient client() {
        return new MlcClient(fake.config(), clock, sleeper);
    }

    @Test
    void isrcLeadsToTheWorkWithItsWritersPublishersAndIswc() {
        fake.login();
        fake.recordings(ISRC.value(), "recordings-neon-hearts.json");
        fake.work("NB7K2Q", "work-neon-hearts.json");
        MlcClient client = client();

        List<MlcRecording> recordings = client.recordingsByIsrc(ISRC);
        MlcWork work = client.work(recordings.get(0).songCode()).orElseThrow();

        assertThat(recordings).containsExactly(new MlcRecording("QZES82600001", "NEON HEARTS", "MARA VELL",
                "NB7K2Q"));
        assertThat(work.songCode()).isEqualTo("NB7K2Q");
        assertThat(work.title()).isEqualTo("NEON HEARTS");
        assertThat(work.iswc().value()).isEqualTo("T9123456780");
        assertThat(work.writers()).extracting(MlcWriter::name, w -> w.ipi() == null ? null : w.ipi().value(),
                MlcWriter::role).containsExactly(
                tuple("MARA VELL", "00412345693", "CA"),
                tuple("SAM QUILL", "00598765470", "C"),   // leading zeros put back, check digits confirm it
                tuple("JO PENN", null, "A"));             // wrong check digits: dropped, not stored wrong
        assertThat(work.publishers()).extracting(MlcPublisher::name, MlcPublisher::share).containsExactly(
                tuple("MARA VELL MUSIC", 50.0), tuple("QUILLWORKS SONGS", 0.0));
        assertThat(work.publishers().get(1).administrators()).extracting(MlcPublisher::name, MlcPublisher::share)
                .containsExactly(tuple("SONGS OF UNIVERSAL INC", 25.5));
    }

    @Test
    void dataCallsCarryTheIdTokenNotTheAccessToken() {
        fake.login();
        fake.recordings(ISRC.value(), "recordings-neon-hearts.json");
        fake.work("NB7K2Q", "work-neon-hearts.json");
        MlcClient client = client();

        client.recordingsByIsrc(ISRC);
        client.work("NB7K2Q");

        SERVER.verify(1, postRequestedFor(urlPathEqualTo("/oauth/token")).withRequestBody(
                equalToJson("{\"username\":\"" + MlcFake.USERNAME + "\",\"password\":\"" + MlcFake.PASSWORD + "\"}")));
        SERVER.verify(1, postRequestedFor(urlPathEqualTo("/search/recordings"))
                .withHeader("Authorization", equalTo("Bearer " + MlcFake.ID_TOKEN)));
        SERVER.verify(1, getRequestedFor(urlPathEqualTo("/work/id/NB7K2Q"))
                .withHeader("Authorization", equalTo("Bearer " + MlcFake.ID_TOKEN)));
        assertThat(SERVER.getAllServeEvents()).noneMatch(e -> e.getRequest().containsHeader("Authorization")
                && e.getRequest().getHeader("Authorization").contains(MlcFake.ACCESS_TOKEN));
    }

    @Test
    void anIsrcWithoutRecordingsIsNotFoundAndTheTitleAndWritersSearchFindsTheWork() {
        fake.login();
        fake.noRecordings(ISRC.value());
        fake.songcodeSearch("songcode-paper-summer.json");
        MlcClient client = client();

        assertThat(client.recordingsByIsrc(ISRC)).isEmpty();
        List<MlcWorkMatch> matches = client.searchWorks("Paper Summer", List.of(MlcWriterQuery.ofName(
                "Olafur Okafor"), new MlcWriterQuery(null, null, "00111222350")));

        assertThat(matches).extracting(MlcWorkMatch::songCode, MlcWorkMatch::title).containsExactly(
                tuple("PL4M9X", "PAPER SUMMER"), tuple("PL4M00", "PAPER SUMMER NIGHTS"));
        assertThat(matches.get(0).iswc().value()).isEqualTo("T9234567896");
        assertThat(matches.get(1).iswc()).isNull();
        SERVER.verify(postRequestedFor(urlPathEqualTo("/search/songcode")).withRequestBody(equalToJson(
                "{\"title\":\"Paper Summer\",\"writers\":[{\"writerFirstName\":\"Olafur\","
                        + "\"writerLastName\":\"Okafor\"},{\"writerIPI\":\"00111222350\"}]}")));
    }

    @Test
    void aWorkTheMlcDoesNotHaveIsEmpty() {
        fake.login();
        SERVER.stubFor(fake.authorised(com.github.tomakehurst.wiremock.client.WireMock.get(
                urlPathEqualTo("/work/id/NOPE1"))).willReturn(MlcFake.json(404, "{\"message\":\"Not Found\"}")));

        assertThat(client().work("NOPE1")).isEmpty();
    }

    @Test
    void theTokenIsReusedUntilItExpiresThenALoginFetchesANewOne() {
        fake.login();
        fake.recordings(ISRC.value(), "recordings-neon-hearts.json");
        MlcClient client = client();

        client.recordingsByIsrc(ISRC);
        client.recordingsByIsrc(ISRC);
        SERVER.verify(1, postRequestedFor(urlPathEqualTo("/oauth/token")));

        clock.advance(Duration.ofSeconds(3600));
        client.recordingsByIsrc(ISRC);
        SERVER.verify(2, postRequestedFor(urlPathEqualTo("/oauth/token")));
    }

    @Test
    void aRefusedTokenLogsInAgainOnceAndTheCallSucceeds() {
        fake.login();
        fake.recordings(ISRC.value(), "recordings-neon-hearts.json");
        // The first data call is refused (the token was revoked early); afterwards the normal stubs answer.
        SERVER.stubFor(post("/search/recordings").atPriority(1).inScenario("revoked").whenScenarioStateIs(STARTED)
                .willReturn(MlcFake.json(401, "{\"message\":\"The incoming token has expired\"}"))
                .willSetStateTo("fresh"));

        assertThat(client().recordingsByIsrc(ISRC)).extracting(MlcRecording::songCode).containsExactly("NB7K2Q");
        SERVER.verify(2, postRequestedFor(urlPathEqualTo("/oauth/token")));
        SERVER.verify(2, postRequestedFor(urlPathEqualTo("/search/recordings")));
    }
}
