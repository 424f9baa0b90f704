package com.scoutdesk.enrichment.stages;

import com.scoutdesk.enrichment.EnrichmentStage;
import com.scoutdesk.enrichment.StageOutcome;
import com.scoutdesk.enrichment.TrackFacts;
import com.scoutdesk.enrichment.fields.IsrcFields;
import com.scoutdesk.integration.common.OfflineException;
import com.scoutdesk.integration.common.ProviderException;
import com.scoutdesk.integration.common.RateLimitedException;
import com.scoutdesk.integration.musicbrainz.MusicBrainzClient;
import com.scoutdesk.model.EnrichmentTier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tier 4: what MusicBrainz knows of a track, asked by its ISRC: the recording, whether the artist is known (the score
 * reads it), the work's songwriters and ISWC, and the links of the artist and of up to
 * {@value MusicBrainzTrackLookup#MAX_WRITERS} songwriters (see {@link MusicBrainzTrackLookup}). At one request a second
 * a track costs 2 to 6 seconds, so the stage takes a track at a time and claims a few, so a rate limit or a lost
 * network defers little.
 *
 * <p>A track's run waits for tiers 0 and 2 to answer where they run ({@link #prerequisites()}); where Spotify is not
 * configured nothing will find an ISRC, so the track is read as it is.
 *
 * <p>Outcomes: no ISRC, not applicable (nothing to ask by; says nothing about the track); an answer, done, found or
 * not; a changed answer or a refused request, failed; offline or rate-limited, thrown for the pipeline to defer.
 */
public final class MusicBrainzStage implements EnrichmentStage {

    /** The provenance and credit source of everything this stage writes. */
    public static final String SOURCE = "musicbrainz";
    /** Songwriters and links change slowly; a track asked about within this time is not asked again. */
    static final Duration FRESH_FOR = Duration.ofDays(30);

    private static final Pattern ISRC = Pattern.compile("[A-Z]{2}[A-Z0-9]{3}\\d{7}");

    private final MusicBrainzTrackLookup lookup;
    private final SongwriterNames songwriters;
    private final Clock clock;

    /** @param songwriters the songwriters other tiers credited, searched by name when MusicBrainz lists none */
    public MusicBrainzStage(MusicBrainzClient client, SongwriterNames songwriters, Clock clock) {
        this.lookup = new MusicBrainzTrackLookup(Objects.requireNonNull(client, "client"));
        this.songwriters = Objects.requireNonNull(songwriters, "songwriters");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String id() {
        return "musicbrainz";
    }

    @Override
    public EnrichmentTier tier() {
        return EnrichmentTier.MUSICBRAINZ;
    }

    /** It looks the recording up by the ISRC of tier 0, and the songwriters of tier 2 by name when it lists none. */
    @Override
    public Set<EnrichmentTier> prerequisites() {
        return Set.of(EnrichmentTier.ISRC, EnrichmentTier.WEB_PLAYER_CREDITS);
    }

    /** One track per call: each costs its own requests anyway. */
    @Override
    public int batchSize() {
        return 1;
    }

    /** Five tracks a transaction: about 10 to 30 s of requests, deferred together at worst. */
    @Override
    public int claimSize() {
        return 5;
    }

    @Override
    public String lane() {
        return MusicBrainzClient.LANE;
    }

    @Override
    public int concurrency() {
        return 1;
    }

    @Override
    public boolean needs(TrackFacts track) {
        Instant asked = track.lastAsked(EnrichmentTier.MUSICBRAINZ);
        return asked == null || asked.isBefore(clock.instant().minus(FRESH_FOR));
    }

    /** Offline and rate limits are thrown for the pipeline to defer; other provider failures fail the track's run. */
    @Override
    public Map<Long, StageOutcome> enrich(List<TrackFacts> batch) {
        Map<Long, StageOutcome> out = new HashMap<>();
        for (TrackFacts facts : batch) {
            out.put(facts.trackId(), enrich(facts));
        }
        return out;
    }

    private StageOutcome enrich(TrackFacts facts) {
        String stored = facts.get(IsrcFields.ISRC);
        // Some sources write ISRCs with hyphens or in lower case; MusicBrainz knows them in the 12-character form.
        String isrc = stored == null ? null : stored.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (isrc == null || !ISRC.matcher(isrc).matches()) {
            return new StageOutcome.NotApplicable(isrc == null ? "no ISRC to look up on MusicBrainz"
                    : "the ISRC " + stored + " is not one MusicBrainz can look up");
        }
        try {
            return new StageOutcome.Done(lookup.lookUp(isrc, firstArtist(facts.artistNames()),
                    () -> songwriters.of(facts.trackId())));
        } catch (OfflineException | RateLimitedException e) {
            throw e;
        } catch (ProviderException e) {
            return new StageOutcome.Failed(e.getMessage());
        }
    }

    private static String firstArtist(String artistNames) {
        if (artistNames == null) {
            return null;
        }
        String first = artistNames.split(",")[0].strip();
        return first.isEmpty() ? null : first;
    }
}
