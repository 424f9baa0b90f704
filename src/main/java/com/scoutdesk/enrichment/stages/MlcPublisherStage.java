package com.scoutdesk.enrichment.stages;

import com.scoutdesk.enrichment.EnrichmentStage;
import com.scoutdesk.enrichment.FoundCredit;
import com.scoutdesk.enrichment.StageOutcome;
import com.scoutdesk.enrichment.TrackFacts;
import com.scoutdesk.enrichment.TrackUpdate;
import com.scoutdesk.enrichment.fields.IsrcFields;
import com.scoutdesk.enrichment.fields.MlcFields;
import com.scoutdesk.integration.common.OfflineException;
import com.scoutdesk.integration.common.ProviderException;
import com.scoutdesk.integration.common.RateLimitedException;
import com.scoutdesk.integration.mlc.MlcClient;
import com.scoutdesk.integration.mlc.MlcRecording;
import com.scoutdesk.integration.mlc.MlcWork;
import com.scoutdesk.integration.mlc.MlcWriter;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.id.Isrc;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Tier 3: the song's publishing from The MLC. ISRC → the recordings The MLC matched → the work's song code → the work
 * with its writers and publishers → a status ({@link PublisherClassifier}), the registered share, the publishers'
 * names, the ISWC and the song code; the writers become credits (source "mlc", with their IPI).
 *
 * <p>When The MLC matched no recording to the ISRC, the work is searched by the track's title and the songwriters
 * other tiers credited ({@link SongwriterNames}); without any, there is nothing to search by, since The MLC refuses
 * a title alone.
 *
 * <p>Not found at all: the run is done with {@code mlc_found = false}, and the publisher status, names, share, ISWC
 * and song code are recorded as "not available from mlc"; the status stays as it was (UNKNOWN). It is not written
 * UNPUBLISHED: The MLC matches recordings from the services' usage reports, so a missing match is as likely a
 * recording not matched yet, or a work registered under another title, as a song nobody publishes. UNPUBLISHED is
 * written only for a work The MLC knows with no publisher on it.
 *
 * <p>No ISRC: not applicable. Offline and rate limits are thrown for the pipeline to defer; refused credentials and
 * every other provider failure fail the track's run with the message.
 */
public final class MlcPublisherStage implements EnrichmentStage {

    /** The provenance and credit source of everything this stage writes. */
    public static final String SOURCE = "mlc";

    private static final int WRITERS_TO_SEARCH_BY = 3;

    /** @param freshFor how long what The MLC said counts as fresh; a track queued again within it is skipped */
    public record Settings(Duration freshFor) {

        public Settings {
            Objects.requireNonNull(freshFor, "freshFor");
        }

        /** Publishing registrations change slowly; a month. */
        public static Settings defaults() {
            return new Settings(Duration.ofDays(30));
        }
    }

    private final MlcClient client;
    private final SongwriterNames songwriters;
    private final Settings settings;
    private final Clock clock;

    public MlcPublisherStage(MlcClient client, SongwriterNames songwriters, Settings settings, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.songwriters = Objects.requireNonNull(songwriters, "songwriters");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String id() {
        return "mlc-publisher";
    }

    @Override
    public EnrichmentTier tier() {
        return EnrichmentTier.MLC_PUBLISHER;
    }

    /** It looks the song up by the ISRC of tier 0, and by the writers of tier 2 when the ISRC finds nothing. */
    @Override
    public Set<EnrichmentTier> prerequisites() {
        return Set.of(EnrichmentTier.ISRC, EnrichmentTier.WEB_PLAYER_CREDITS);
    }

    @Override
    public int batchSize() {
        return 1;
    }

    /** Every track costs its own requests; ten share a transaction, and a 429 defers only those not yet asked. */
    @Override
    public int claimSize() {
        return 10;
    }

    @Override
    public String lane() {
        return MlcClient.LANE;
    }

    @Override
    public boolean needs(TrackFacts track) {
        Instant asked = track.lastAsked(EnrichmentTier.MLC_PUBLISHER);
        return asked == null || asked.isBefore(clock.instant().minus(settings.freshFor()));
    }

    @Override
    public Map<Long, StageOutcome> enrich(List<TrackFacts> batch) {
        Map<Long, StageOutcome> out = new HashMap<>();
        for (TrackFacts facts : batch) {
            out.put(facts.trackId(), lookUp(facts));
        }
        return out;
    }

    private StageOutcome lookUp(TrackFacts facts) {
        String isrc = facts.get(IsrcFields.ISRC);
        if (isrc == null || !Isrc.isValid(isrc)) {
            return new StageOutcome.NotApplicable("no ISRC to look up at The MLC");
        }
        Optional<MlcWork> work;
        try {
            work = byIsrc(Isrc.parse(isrc));
            if (work.isEmpty()) {
                work = new MlcWorkSearch(client).byTitleAndWriters(facts.name(),
                        songwriters.of(facts.trackId()).stream().limit(WRITERS_TO_SEARCH_BY).toList());
            }
        } catch (OfflineException | RateLimitedException e) {
            throw e;
        } catch (ProviderException e) {
            return new StageOutcome.Failed(e.getMessage());
        }
        return new StageOutcome.Done(work.map(w -> found(w, facts)).orElseGet(MlcPublisherStage::notFound));
    }

    private Optional<MlcWork> byIsrc(Isrc isrc) {
        Optional<String> code = client.recordingsByIsrc(isrc).stream().map(MlcRecording::songCode)
                .filter(Objects::nonNull).findFirst();
        return code.isEmpty() ? Optional.empty() : client.work(code.get());
    }

    private static TrackUpdate found(MlcWork work, TrackFacts facts) {
        List<String> artists = facts.artistNames() == null ? List.of() : Arrays.stream(facts.artistNames()
                .split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        PublisherClassifier.Verdict verdict = PublisherClassifier.classify(work, artists);
        return TrackUpdate.from(SOURCE)
                .value(MlcFields.MLC_FOUND, true)
                .value(MlcFields.MLC_SONG_CODE, work.songCode())
                .value(MlcFields.PUBLISHER_STATUS, verdict.status())
                .found(MlcFields.PUBLISHER_SHARE, verdict.registeredShare())
                .value(MlcFields.PUBLISHER_NAME, verdict.names())
                .found(MlcFields.ISWC, work.iswc() == null ? null : work.iswc().value())
                .credits(work.writers().stream().map(MlcPublisherStage::credit).toList())
                .build();
    }

    private static TrackUpdate notFound() {
        return TrackUpdate.from(SOURCE).value(MlcFields.MLC_FOUND, false).notAvailable(MlcFields.OF_THE_WORK)
                .build();
    }

    private static FoundCredit credit(MlcWriter writer) {
        return new FoundCredit(MlcWorkSearch.displayName(writer.name()), null, MlcWorkSearch.role(writer.role()),
                writer.ipi() == null ? null : writer.ipi().value());
    }
}
