package com.scoutdesk.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.scoutdesk.model.PublisherStatus;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One test per rule of the weight table: each input known alone, with the points it must add. */
class UnsignedScorerRulesTest {

    private static final UnsignedScorer SCORER = UnsignedScorer.withDefaultLabels();

    /** Scores inputs where only what {@code facts} sets is known; asserts the single rule line it produced. */
    private static ScoreResult only(UnaryOperator<ScoreInputs.Builder> facts, String rule, double points) {
        ScoreResult result = SCORER.score(facts.apply(ScoreInputs.builder()).build());
        assertThat(result.breakdown()).extracting(Evidence::ruleId, Evidence::points)
                .containsExactly(tuple("baseline", 5.0), tuple(rule, points));
        assertThat(result.score()).isEqualTo(5.0 + points);
        return result;
    }

    @Test
    void allUnknownScoresTheNeutralFiveWithEveryInputMissing() {
        ScoreResult result = SCORER.score(ScoreInputs.unknown());

        assertThat(result.score()).isEqualTo(5.0);
        assertThat(result.breakdown()).extracting(Evidence::ruleId).containsExactly("baseline");
        assertThat(result.missing()).extracting(MissingInput::factorId).containsExactly("publisher", "pathway",
                "editorial", "freshFinds", "streams", "metadata.isrc", "metadata.credits", "metadata.songwriters",
                "musicbrainz", "streamGrowth", "publisherShare", "viewGrowth");
        assertThat(result.missing()).first().extracting(MissingInput::explanation)
                .isEqualTo("Publisher status unknown until The MLC is checked: adds nothing");
    }

    @Test
    void publisherUnknownIsTheSameAsNull() {
        ScoreResult result = SCORER.score(ScoreInputs.builder().publisherStatus(PublisherStatus.UNKNOWN).build());
        assertThat(result.score()).isEqualTo(5.0);
        assertThat(result.missing()).extracting(MissingInput::factorId).contains("publisher");
    }

    @Test
    void noPublisherAtTheMlc() {
        ScoreResult result = only(b -> b.publisherStatus(PublisherStatus.NO_PUBLISHER), "publisher.none", 2.5);
        assertThat(result.breakdown().get(1).explanation()).isEqualTo("The MLC lists no publisher for the song: +2.5");
        assertThat(result.missing()).extracting(MissingInput::factorId).doesNotContain("publisher");
    }

    @Test
    void publisherAtTheMlc() {
        only(b -> b.publisherStatus(PublisherStatus.HAS_PUBLISHER), "publisher.has", -4.0);
    }

    @Test
    void theMlcTiersFinerStatusesScoreFromUnpublishedUpToMajorDown() {
        only(b -> b.publisherStatus(PublisherStatus.UNPUBLISHED), "publisher.unpublished", 2.5);
        only(b -> b.publisherStatus(PublisherStatus.SELF_PUBLISHED), "publisher.self", 2.0);
        only(b -> b.publisherStatus(PublisherStatus.SPLIT), "publisher.split", -1.0);
        only(b -> b.publisherStatus(PublisherStatus.INDIE), "publisher.indie", -1.5);
        ScoreResult major = only(b -> b.publisherStatus(PublisherStatus.MAJOR), "publisher.major", -4.5);
        assertThat(major.breakdown().get(1).explanation())
                .isEqualTo("A major's publishing arm owns or administers the song: -4.5");
    }

    @Test
    void vanityLabelNamedAfterTheArtist() {
        ScoreResult result = only(b -> b.label("Mara Vell Records").artistNames("Mara Vell"), "pathway.vanity", 1.5);
        assertThat(result.breakdown().get(1).explanation())
                .isEqualTo("Label 'Mara Vell Records' looks like the artist's own vanity label: +1.5");
    }

    @Test
    void distroKidDefaultLabelIsASelfRelease() {
        ScoreResult result = only(b -> b.label("Records DK").artistNames("Mara Vell"), "pathway.vanity", 1.5);
        assertThat(result.breakdown().get(1).explanation())
                .isEqualTo("Label 'Records DK' is a self-release name ('Records DK'): +1.5");
    }

    @Test
    void diyDistributor() {
        only(b -> b.label("2025 DistroKid"), "pathway.diy", 1.5);
    }

    @Test
    void indieLabel() {
        only(b -> b.label("XL Recordings"), "pathway.indie", 0.5);
    }

    @Test
    void majorDistributed() {
        only(b -> b.label("AWAL"), "pathway.majorDistributed", -1.0);
    }

    @Test
    void majorLabel() {
        ScoreResult result = only(b -> b.label("Columbia Records"), "pathway.major", -2.5);
        assertThat(result.breakdown().get(1).explanation())
                .isEqualTo("Label 'Columbia Records' is the major label 'Columbia': -2.5");
    }

    @Test
    void unrecognisedLabelAddsNothingAndSaysWhy() {
        ScoreResult result = SCORER.score(ScoreInputs.builder().label("Moonlit Tapes").build());
        assertThat(result.score()).isEqualTo(5.0);
        assertThat(result.missing()).contains(
                new MissingInput("pathway", "Label 'Moonlit Tapes' is on none of the label lists: adds nothing"));
    }

    @ParameterizedTest
    @CsvSource({"0, editorial.none, 0.0", "1, editorial.few, -0.5", "2, editorial.few, -0.5",
        "3, editorial.many, -1.0", "12, editorial.many, -1.0"})
    void editorialAppearances(int count, String rule, double points) {
        only(b -> b.editorialAppearances(count), rule, points);
    }

    @ParameterizedTest
    @CsvSource({"0, freshFinds.none, 0.0", "1, freshFinds.some, 1.5", "4, freshFinds.some, 1.5"})
    void freshFindsAppearances(int count, String rule, double points) {
        only(b -> b.freshFindsAppearances(count), rule, points);
    }

    @ParameterizedTest
    @CsvSource({"0, streams.under50k, 1.0", "49999, streams.under50k, 1.0", "50000, streams.under500k, 0.5",
        "499999, streams.under500k, 0.5", "500000, streams.under5m, 0.0", "4999999, streams.under5m, 0.0",
        "5000000, streams.over5m, -1.0", "2000000000, streams.over5m, -1.0"})
    void streamBands(long streams, String rule, double points) {
        only(b -> b.spotifyStreams(streams), rule, points);
    }

    @Test
    void streamExplanationShowsTheCount() {
        ScoreResult result = only(b -> b.spotifyStreams(42_000L), "streams.under50k", 1.0);
        assertThat(result.breakdown().get(1).explanation())
                .isEqualTo("42,000 Spotify streams (under 50,000 streams): +1.0");
    }

    @ParameterizedTest
    @CsvSource({"false, metadata.noIsrc, 0.5", "true, metadata.hasIsrc, 0.0"})
    void isrc(boolean hasIsrc, String rule, double points) {
        only(b -> b.hasIsrc(hasIsrc), rule, points);
    }

    @ParameterizedTest
    @CsvSource({"false, metadata.noCredits, 0.5", "true, metadata.hasCredits, 0.0"})
    void credits(boolean hasCredits, String rule, double points) {
        only(b -> b.hasCredits(hasCredits), rule, points);
    }

    @ParameterizedTest
    @CsvSource({"0, metadata.fewSongwriters, 0.5", "1, metadata.fewSongwriters, 0.5",
        "2, metadata.someSongwriters, 0.0", "3, metadata.someSongwriters, 0.0", "4, metadata.songwriterCamp, -0.5",
        "9, metadata.songwriterCamp, -0.5"})
    void songwriters(int count, String rule, double points) {
        only(b -> b.songwriterCount(count), rule, points);
    }

    @ParameterizedTest
    @CsvSource({"false, musicbrainz.none, 0.5", "true, musicbrainz.present, 0.0"})
    void musicBrainzProfile(boolean present, String rule, double points) {
        only(b -> b.hasMusicBrainzProfile(present), rule, points);
    }

    @Test
    void everythingUnsignedIsCappedAtTenWithACapLine() {
        ScoreResult result = SCORER.score(ScoreInputs.builder().label("Mara Vell").artistNames("Mara Vell")
                .publisherStatus(PublisherStatus.NO_PUBLISHER).editorialAppearances(0).freshFindsAppearances(1)
                .spotifyStreams(1_000L).hasIsrc(false).hasCredits(false).songwriterCount(1)
                .hasMusicBrainzProfile(false).streamsPerDay(50.0).viewsPerDay(50.0).build());

        // 5.0 + 2.5 + 1.5 + 0 + 1.5 + 1.0 + 0.5 + 0.5 + 0.5 + 0.5 + 0 + 0 = 13.5, so the cap takes 3.5 away; a song
        // with no publisher has no share to read.
        assertThat(result.score()).isEqualTo(10.0);
        assertThat(result.breakdown()).last().extracting(Evidence::ruleId, Evidence::points)
                .containsExactly("cap", -3.5);
        assertThat(result.breakdown()).last().extracting(Evidence::explanation)
                .isEqualTo("The rules add up to 13.5; the score stops at 10.0: -3.5");
        assertThat(result.missing()).isEmpty();
    }

    @Test
    void everythingSignedIsCappedAtZeroWithACapLine() {
        ScoreResult result = SCORER.score(ScoreInputs.builder().label("Interscope Records")
                .publisherStatus(PublisherStatus.HAS_PUBLISHER).editorialAppearances(5).freshFindsAppearances(0)
                .spotifyStreams(80_000_000L).hasIsrc(true).hasCredits(true).songwriterCount(6)
                .hasMusicBrainzProfile(true).build());

        // 5.0 - 4.0 - 2.5 - 1.0 + 0 - 1.0 + 0 + 0 - 0.5 + 0 = -4.0, so the cap gives 4.0 back.
        assertThat(result.score()).isEqualTo(0.0);
        assertThat(result.breakdown()).last().extracting(Evidence::ruleId, Evidence::points)
                .containsExactly("cap", 4.0);
    }

    @Test
    void aMixedTrackAddsUpWithoutACap() {
        ScoreResult result = SCORER.score(ScoreInputs.builder().label("DistroKid").spotifyStreams(120_000L)
                .editorialAppearances(1).hasMusicBrainzProfile(true).build());

        // 5.0 + 1.5 + 0.5 - 0.5 + 0 = 6.5
        assertThat(result.score()).isEqualTo(6.5);
        assertThat(result.breakdown()).extracting(Evidence::ruleId).doesNotContain("cap");
        assertThat(result.missing()).extracting(MissingInput::factorId)
                .containsExactly("publisher", "freshFinds", "metadata.isrc", "metadata.credits",
                        "metadata.songwriters", "streamGrowth", "publisherShare", "viewGrowth");
    }

    @ParameterizedTest
    @CsvSource({"40.0, share.partial, 0.5", "99.0, share.partial, 0.5", "100.0, share.full, 0.0",
        "99.99, share.full, 0.0"})
    void registeredShareOfAPublishedSong(double share, String rule, double points) {
        ScoreResult result = SCORER.score(ScoreInputs.builder().publisherStatus(PublisherStatus.INDIE)
                .publisherShare(share).build());

        assertThat(result.breakdown()).extracting(Evidence::ruleId, Evidence::points)
                .contains(tuple(rule, points));
    }

    @Test
    void aSongWithNoPublisherHasNoShareToReadNeitherEvidenceNorMissing() {
        ScoreResult result = SCORER.score(ScoreInputs.builder().publisherStatus(PublisherStatus.UNPUBLISHED)
                .publisherShare(0.0).build());

        assertThat(result.breakdown()).extracting(Evidence::ruleId).doesNotContain("share.partial", "share.full");
        assertThat(result.missing()).extracting(MissingInput::factorId).doesNotContain("publisherShare");
    }

    @ParameterizedTest
    @CsvSource({"50.0, 10000, views.flat, 0.0", "500.0, 10000, views.steadySmall, 0.5",
        "5000.0, 10000, views.fastSmall, 1.0", "5000.0, 9000000, views.fastLarge, 0.0"})
    void viewGrowthIsReadBySize(double perDay, long views, String rule, double points) {
        ScoreResult result = SCORER.score(ScoreInputs.builder().viewsPerDay(perDay).youtubeViews(views).build());

        assertThat(result.breakdown()).extracting(Evidence::ruleId, Evidence::points)
                .contains(tuple(rule, points));
    }

    @Test
    void viewGrowthWithoutATotalAddsNothingAndSaysWhy() {
        ScoreResult result = SCORER.score(ScoreInputs.builder().viewsPerDay(5000.0).build());

        assertThat(result.missing()).extracting(MissingInput::explanation)
                .contains("5,000 YouTube views a day, but the total is unknown: adds nothing");
    }

    @Test
    void everyRuleOfTheTableCanFireAndNoOtherIdIsUsed() {
        List<String> ids = WeightTable.rules().stream().map(ScoreRule::id).toList();
        assertThat(ids).doesNotHaveDuplicates().contains("baseline", "cap");
        assertThat(Arrays.stream(ReleasePathway.values()).map(WeightTable::pathwayRule).filter(id -> id != null))
                .allMatch(ids::contains).hasSize(5);
    }

    @ParameterizedTest
    @CsvSource({"15, +1.5", "-5, -0.5", "0, +0.0", "-20, -2.0", "100, +10.0", "-103, -10.3"})
    void pointsAreWrittenWithTheirSignAndOneDecimal(int tenths, String written) {
        assertThat(UnsignedScorer.signed(tenths)).isEqualTo(written)
                .isEqualTo(String.format(java.util.Locale.ROOT, "%+.1f", tenths / 10.0));
    }
}
