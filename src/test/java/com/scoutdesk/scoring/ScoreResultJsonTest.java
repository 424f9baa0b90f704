package com.scoutdesk.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.scoutdesk.model.PublisherStatus;

import java.util.List;

import org.junit.jupiter.api.Test;

class ScoreResultJsonTest {

    private static final UnsignedScorer SCORER = UnsignedScorer.withDefaultLabels();

    @Test
    void roundTripKeepsEveryLine() {
        ScoreResult result = SCORER.score(ScoreInputs.builder().label("Mara Vell Records").artistNames("Mara Vell")
                .publisherStatus(PublisherStatus.NO_PUBLISHER).spotifyStreams(12_000L).build());

        String json = result.toJson();

        assertThat(json).startsWith("{\"v\":" + WeightTable.VERSION
                + ",\"score\":10.0,\"b\":[{\"r\":\"baseline\",\"p\":5.0,");
        assertThat(ScoreResult.fromJson(json)).isEqualTo(result);
    }

    @Test
    void longNamesAreShortenedToFitTheColumnButIdsAndPointsStay() {
        String huge = "Mara Vell ".repeat(100).strip();
        ScoreResult full = new ScoreResult(5.0, List.of(
                new Evidence("baseline", 5.0, huge + " start"), new Evidence("pathway.vanity", 1.5, huge),
                new Evidence("cap", -1.5, huge)),
                List.of(new MissingInput("publisher", huge), new MissingInput("streams", huge)), 1);

        String json = full.toJson();
        ScoreResult back = ScoreResult.fromJson(json);

        assertThat(json.length()).isLessThanOrEqualTo(ScoreResult.MAX_JSON_CHARS);
        assertThat(back.score()).isEqualTo(5.0);
        assertThat(back.breakdown()).extracting(Evidence::ruleId, Evidence::points).containsExactly(
                tuple("baseline", 5.0),
                tuple("pathway.vanity", 1.5),
                tuple("cap", -1.5));
        assertThat(back.breakdown().get(1).explanation()).endsWith("...").hasSizeLessThan(huge.length());
    }

    @Test
    void aRealScoreWithLongLabelAndArtistFitsTheColumn() {
        String artist = "A".repeat(400);
        ScoreResult result = SCORER.score(ScoreInputs.builder().label(artist + " Records").artistNames(artist)
                .publisherStatus(PublisherStatus.NO_PUBLISHER).editorialAppearances(2).freshFindsAppearances(1)
                .spotifyStreams(3L).hasIsrc(true).hasCredits(false).songwriterCount(5).hasMusicBrainzProfile(false)
                .build());

        assertThat(result.toJson().length()).isLessThanOrEqualTo(ScoreResult.MAX_JSON_CHARS);
        assertThat(ScoreResult.fromJson(result.toJson())).isEqualTo(result);
    }

    @Test
    void aStoredBreakdownThatDoesNotAddUpIsRejected() {
        String json = "{\"v\":1,\"score\":7.0,\"b\":[{\"r\":\"baseline\",\"p\":5.0,\"e\":\"x\"}],\"m\":[]}";
        assertThatThrownBy(() -> ScoreResult.fromJson(json)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("adds up to 5.0");
    }

    @Test
    void malformedJsonIsRejected() {
        assertThatThrownBy(() -> ScoreResult.fromJson("{not json")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScoreResult.fromJson("[]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScoreResult.fromJson("{\"score\":5.0,\"b\":[{\"p\":5.0}]}"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scoresOutsideZeroToTenOrNotInTenthsAreRejected() {
        assertThatThrownBy(() -> new ScoreResult(10.5, List.of(new Evidence("baseline", 10.5, "x")), List.of(), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScoreResult(5.05, List.of(new Evidence("baseline", 5.05, "x")), List.of(), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negativeCountsAreNotAcceptedAsInputs() {
        assertThatThrownBy(() -> ScoreInputs.builder().spotifyStreams(-1L).build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
