package com.scoutdesk.enrichment.stages;

import com.scoutdesk.enrichment.EnrichmentStage;
import com.scoutdesk.enrichment.StageOutcome;
import com.scoutdesk.enrichment.TrackFacts;
import com.scoutdesk.enrichment.fields.IsrcFields;
import com.scoutdesk.integration.chartmetric.ChartmetricClient;
import com.scoutdesk.integration.chartmetric.ChartmetricIds;
import com.scoutdesk.integration.common.NotOnPlanException;
import com.scoutdesk.model.EnrichmentTier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tier 5: what Chartmetric says about a track, looked up by its ISRC: moods, activities, songwriters (also as credits
 * of source {@value #SOURCE}), the Spotify stream and YouTube view histories with their growth per day, and a stage
 * computed from them ({@link ChartmetricTrackStage}).
 *
 * <p>Outcomes: no ISRC is not applicable (nothing to ask by). An ISRC Chartmetric does not know is done, with
 * {@code chartmetric_found} false and nothing else: asked, recorded, and asked again once {@link #FRESH_FOR} has
 * passed, since Chartmetric starts following a song once it gets played (NotApplicable would never ask again). An
 * endpoint the account's plan does not serve keeps what the others gave (done), unless it is the ISRC look-up every
 * other call depends on: then the run is not on plan, checked again when the refusal expires (a day). Offline and
 * rate limits are thrown for the pipeline to defer; a refused refresh token and a changed answer fail the run.
 */
public final class ChartmetricStage implements EnrichmentStage {

    /** The provenance and credit source of everything this stage writes. */
    public static final String SOURCE = "chartmetric";
    /** Histories move daily but a weekly look matches the tracking; older answers are asked again when queued. */
    static final Duration FRESH_FOR = Duration.ofDays(7);
    /** Every track costs four requests at one a second; five tracks a transaction keep a deferral small. */
    static final int CLAIM_SIZE = 5;

    private static final Logger LOG = LoggerFactory.getLogger(ChartmetricStage.class);

    private final ChartmetricClient client;
    private final Clock clock;

    public ChartmetricStage(ChartmetricClient client, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String id() {
        return "chartmetric";
    }

    @Override
    public EnrichmentTier tier() {
        return EnrichmentTier.CHARTMETRIC;
    }

    /** It looks the track up by the ISRC of tier 0. */
    @Override
    public Set<EnrichmentTier> prerequisites() {
        return Set.of(EnrichmentTier.ISRC);
    }

    @Override
    public int batchSize() {
        return 1;
    }

    @Override
    public int claimSize() {
        return CLAIM_SIZE;
    }

    @Override
    public String lane() {
        return ChartmetricClient.LANE;
    }

    /** A track asked about within {@link #FRESH_FOR} is fresh. */
    @Override
    public boolean needs(TrackFacts track) {
        Instant asked = track.lastAsked(EnrichmentTier.CHARTMETRIC);
        return asked == null || asked.isBefore(clock.instant().minus(FRESH_FOR));
    }

    @Override
    public Map<Long, StageOutcome> enrich(List<TrackFacts> batch) {
        Map<Long, StageOutcome> out = new HashMap<>();
        batch.forEach(track -> out.put(track.trackId(), enrich(track)));
        return out;
    }

    private StageOutcome enrich(TrackFacts track) {
        String isrc = track.get(IsrcFields.ISRC);
        if (isrc == null || isrc.isBlank()) {
            return new StageOutcome.NotApplicable("no ISRC to look the track up by on Chartmetric");
        }
        Optional<ChartmetricIds> ids;
        try {
            ids = client.trackIds(isrc);
        } catch (NotOnPlanException e) {
            return new StageOutcome.NotOnPlan(client.planRecheckAt(e.endpoint()), e.getMessage());
        }
        if (ids.isEmpty()) {
            return new StageOutcome.Done(ChartmetricUpdate.notFound());
        }
        long id = ids.get().chartmetricId();
        return new StageOutcome.Done(ChartmetricUpdate.of(ids.get(), unlessOffPlan(() -> client.track(id)),
                unlessOffPlan(() -> client.spotifyStreams(id)), unlessOffPlan(() -> client.youtubeViews(id))));
    }

    /** The answer, or null when Chartmetric has none or the plan does not serve the endpoint. */
    private static <T> T unlessOffPlan(Supplier<Optional<T>> call) {
        try {
            return call.get().orElse(null);
        } catch (NotOnPlanException e) {
            LOG.debug("{}", e.getMessage());
            return null;
        }
    }
}
