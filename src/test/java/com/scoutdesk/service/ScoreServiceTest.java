package com.scoutdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.enrichment.Backoff;
import com.scoutdesk.enrichment.EnrichmentPipeline;
import com.scoutdesk.enrichment.FoundCredit;
import com.scoutdesk.enrichment.TierRunQueue;
import com.scoutdesk.enrichment.TrackUpdate;
import com.scoutdesk.enrichment.fields.IsrcFields;
import com.scoutdesk.enrichment.fields.MusicBrainzFields;
import com.scoutdesk.enrichment.fields.ScoreFields;
import com.scoutdesk.enrichment.fields.SpotifyMetadataFields;
import com.scoutdesk.enrichment.fields.TrackField;
import com.scoutdesk.enrichment.fields.WebPlayerFields;
import com.scoutdesk.model.CreditRole;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.Playlist;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.SettingsRepository;
import com.scoutdesk.scoring.Evidence;
import com.scoutdesk.scoring.MissingInput;
import com.scoutdesk.scoring.ReleasePathway;
import com.scoutdesk.scoring.ScoreResult;
import com.scoutdesk.scoring.UnsignedScorer;
import com.scoutdesk.scoring.WeightTable;
import com.scoutdesk.testing.AnsweringStage;
import com.scoutdesk.testing.TestDatabases.Engine;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Stored tracks scored from what the workspace knows: unknown stays unknown, and enrichment re-scores. On H2 and on
 * PostgreSQL, as the inputs and the enrichment pipeline's reads and writes are plain SQL.
 */
class ScoreServiceTest extends WorkspaceFixture {

    ScoreService scores;
    long trackId;

    void open(Engine engine) {
        openWorkspace(engine);
        scores = new ScoreService(db, UnsignedScorer.withDefaultLabels(), clock);
        trackId = db.write(em -> {
            Track t = addTrack(em, "S000000000000000000001", "Neon Hearts");
            t.setLabel("DistroKid");
            t.setSpotifyStreams(12_000L);
            for (String name : List.of("Fresh Finds: Indie", "New Music Friday")) {
                Playlist p = addPlaylist(em,
                        ("37i9dQZF1" + name.replaceAll("[^A-Za-z]", "") + "0000000000").substring(0, 22), name);
                p.setEditorial(true);
                addEntry(em, p, t);
            }
            return t.getId();
        });
    }

    private static List<String> rules(ScoreResult r) {
        return r.breakdown().stream().map(Evidence::ruleId).toList();
    }

    private static List<String> missing(ScoreResult r) {
        return r.missing().stream().map(MissingInput::factorId).toList();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void scoresFromStoredFactsAndLeavesWhatNoTierHasCheckedUnknown(Engine engine) {
        open(engine);
        ScoreResult r = scores.recompute(trackId).orElseThrow();

        assertThat(rules(r)).contains("pathway.diy", "freshFinds.some", "editorial.few", "streams.under50k");
        assertThat(missing(r)).as("no tier has looked for these yet").contains("publisher", "metadata.isrc",
                "metadata.credits", "metadata.songwriters", "musicbrainz");
        assertThat(r.score()).isEqualTo(5.0 + 1.5 + 1.5 - 0.5 + 1.0);
        Track stored = db.read(em -> em.find(Track.class, trackId));
        assertThat(stored.getUnsignedScore()).isEqualTo(r.score());
        assertThat(ScoreResult.fromJson(stored.getScoreBreakdown())).isEqualTo(r);
        assertThat(stored.getScoreComputedAt()).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aTierThatRanAndFoundNothingTurnsUnknownIntoNoAndRescoresTheTrack(Engine engine) {
        open(engine);

        ScoreResult r = enrich(EnrichmentTier.ISRC, new TrackUpdate("spotify-api", Map.of()));

        assertThat(rules(r)).contains("metadata.noIsrc");
        assertThat(missing(r)).doesNotContain("metadata.isrc");
    }

    /**
     * Credits are written as entities in the batch's transaction, and the score that commits with them counts them:
     * two distinct songwriters (one credited twice), the producer not among them.
     */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void creditsFoundInABatchAreCountedByTheScoreThatCommitsWithThem(Engine engine) {
        open(engine);
        TrackUpdate credits = new TrackUpdate("webplayer", Map.of(WebPlayerFields.SPOTIFY_STREAMS, 2_500_000L), List.of(
                new FoundCredit("Mara Vell", null, CreditRole.WRITER),
                new FoundCredit("Mara Vell", null, CreditRole.COMPOSER),
                new FoundCredit("Jon Ash", null, CreditRole.LYRICIST),
                new FoundCredit("Big Producer", null, CreditRole.PRODUCER)));

        ScoreResult r = enrich(EnrichmentTier.WEB_PLAYER_CREDITS, credits);

        assertThat(rules(r)).contains("metadata.hasCredits", WeightTable.songwritersRule(2),
                WeightTable.streamsRule(2_500_000L));
        assertThat(r.breakdown()).anySatisfy(e -> assertThat(e.explanation()).startsWith("2 songwriters credited"));
        assertThat(missing(r)).doesNotContain("metadata.credits", "metadata.songwriters");
    }

    /** MusicBrainz's verdict on the artist is the score's MusicBrainz input; before tier 4 it stays unknown. */
    @Test
    void theMusicBrainzTierSaysWhetherTheArtistHasAProfile() {
        open(Engine.H2);
        assertThat(missing(enrich(EnrichmentTier.WEB_PLAYER_CREDITS, new TrackUpdate("webplayer", Map.of()))))
                .contains("musicbrainz");

        ScoreResult r = enrich(EnrichmentTier.MUSICBRAINZ, TrackUpdate.from("musicbrainz")
                .value(MusicBrainzFields.FOUND, false).build());

        assertThat(rules(r)).contains("musicbrainz.none").doesNotContain("musicbrainz.present");
        assertThat(missing(r)).doesNotContain("musicbrainz");
    }

    /** A caller's change still in the session counts: the inputs are read after it is flushed. */
    @Test
    void scoresInAWriteSeeWhatTheSameWriteChangedBefore() {
        open(Engine.H2);

        ScoreResult r = db.write(em -> {
            em.find(Track.class, trackId).setLabel("Columbia Records");
            return breakdown(scores.scoreColumns(em, Map.of(trackId, Map.of())));
        });

        assertThat(rules(r)).contains(WeightTable.pathwayRule(ReleasePathway.MAJOR))
                .doesNotContain(WeightTable.pathwayRule(ReleasePathway.DIY_DISTRIBUTOR));
    }

    /**
     * The pipeline scores a batch before writing its values, to write both in one update: the values about to be
     * written count in place of the stored ones, and columns the score does not read change nothing.
     */
    @Test
    void valuesAboutToBeWrittenCountInPlaceOfTheStoredOnes() {
        open(Engine.H2);

        Map<TrackField<?>, Object> pending = Map.of(SpotifyMetadataFields.LABEL, "Columbia Records",
                WebPlayerFields.SPOTIFY_STREAMS, 7_000_000L, IsrcFields.ISRC, "USSM12400001",
                SpotifyMetadataFields.TEMPO, 120.0);
        Map<Long, Map<TrackField<?>, Object>> columns = db.write(em -> scores.scoreColumns(em,
                Map.of(trackId, pending)));

        assertThat(columns.get(trackId)).containsOnlyKeys(ScoreFields.ALL);
        ScoreResult r = breakdown(columns);
        assertThat(rules(r)).contains(WeightTable.pathwayRule(ReleasePathway.MAJOR),
                WeightTable.streamsRule(7_000_000L), "metadata.hasIsrc");
        assertThat(columns.get(trackId).get(ScoreFields.UNSIGNED_SCORE)).isEqualTo(r.score());
        String stored = db.read(em -> em.find(Track.class, trackId).getLabel());
        assertThat(stored).as("nothing is written").isEqualTo("DistroKid");
        Map<Long, Map<TrackField<?>, Object>> deleted = db.write(em -> scores.scoreColumns(em, Map.of(-1L, pending)));
        assertThat(deleted).as("a track deleted meanwhile").isEmpty();
    }

    private ScoreResult breakdown(Map<Long, Map<TrackField<?>, Object>> columns) {
        return ScoreResult.fromJson((String) columns.get(trackId).get(ScoreFields.SCORE_BREAKDOWN));
    }

    /** Queues {@code tier} for the track, runs a pipeline whose stage finds {@code update}, and reads the score. */
    private ScoreResult enrich(EnrichmentTier tier, TrackUpdate update) {
        TierRunQueue queue = new TierRunQueue(db, Clock.systemUTC(), Backoff.standard());
        queue.enqueue(List.of(trackId), List.of(tier));
        new EnrichmentPipeline(db, queue, List.of(new AnsweringStage(tier, () -> update)), Clock.systemUTC(),
                scores::scoreColumns).runDue();
        return ScoreResult.fromJson(db.read(em -> em.find(Track.class, trackId).getScoreBreakdown()));
    }


    private Double score() {
        return db.read(em -> em.find(Track.class, trackId).getUnsignedScore());
    }

    @Test
    void aNewWeightTableRescoresEveryTrackOnceAndThenNothing() {
        open(Engine.H2);
        SettingsRepository settings = new SettingsRepository(db, Clock.systemUTC());
        assertThat(scores.recomputeIfTableChanged(settings)).as("a workspace that never noted a version").isZero();
        assertThat(settings.get(ScoreService.TABLE_VERSION_KEY)).contains(Integer.toString(WeightTable.VERSION));
        assertThat(score()).isNull();

        settings.put(ScoreService.TABLE_VERSION_KEY, "0"); // scored by an older table
        assertThat(scores.recomputeIfTableChanged(settings)).isEqualTo(1);
        assertThat(score()).isNotNull();
        assertThat(settings.get(ScoreService.TABLE_VERSION_KEY)).contains(Integer.toString(WeightTable.VERSION));
        assertThat(scores.recomputeIfTableChanged(settings)).isZero();
    }
}
