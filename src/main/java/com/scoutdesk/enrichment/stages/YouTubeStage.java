package com.scoutdesk.enrichment.stages;

import com.scoutdesk.enrichment.EnrichmentStage;
import com.scoutdesk.enrichment.StageOutcome;
import com.scoutdesk.enrichment.TrackFacts;
import com.scoutdesk.enrichment.TrackUpdate;
import com.scoutdesk.enrichment.fields.TrackField;
import com.scoutdesk.enrichment.fields.YouTubeFields;
import com.scoutdesk.integration.youtube.VideoStats;
import com.scoutdesk.integration.youtube.YouTubeClient;
import com.scoutdesk.model.EnrichmentTier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Tier 6: the track's YouTube video and its views, likes and comments. A video id another tier found (or this tier
 * found before) costs a share of one videos.list call for 50 tracks; a track without one costs a search of the day's
 * small search bucket (100), matched by title and artist ({@code SearchMatch}).
 *
 * <p>Outcomes: counts read are done (a hidden count is "not available", never 0); no matching video is not
 * applicable; a spent quota, the search bucket included, defers the tracks not yet answered until the next midnight
 * in Los Angeles, never fails them. Offline defers too; a refused key fails the batch for the scout to fix.
 */
public final class YouTubeStage implements EnrichmentStage {

    /** The provenance source of everything this stage writes. */
    public static final String SOURCE = "youtube";
    static final String NO_VIDEO = "no YouTube video found";

    /**
     * @param freshFor      how long the counts of a known video count as fresh: a track queued again within that time
     *                      is skipped
     * @param knownIdFields other tiers' fields that may name the track's video (a comma-separated list: the first is
     *                      taken), asked in order before this tier's own id and before any search
     */
    public record Settings(Duration freshFor, List<TrackField<String>> knownIdFields) {

        public Settings {
            Objects.requireNonNull(freshFor, "freshFor");
            knownIdFields = List.copyOf(knownIdFields);
        }

        /** Views move weekly, as the tracking does; no other tier names videos yet. */
        public static Settings defaults() {
            return new Settings(Duration.ofDays(7), List.of());
        }

        /** These settings, also reading video ids from {@code field}. */
        public Settings knowingIdsFrom(TrackField<String> field) {
            List<TrackField<String>> fields = new ArrayList<>(knownIdFields);
            fields.add(field);
            return new Settings(freshFor, fields);
        }
    }

    /** A video id to read counts for, and how it was found (null: found before, as recorded then). */
    record Known(String videoId, String foundBy) {
    }

    private final YouTubeClient client;
    private final Settings settings;
    private final Clock clock;

    public YouTubeStage(YouTubeClient client, Settings settings, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String id() {
        return "youtube";
    }

    @Override
    public EnrichmentTier tier() {
        return EnrichmentTier.YOUTUBE;
    }

    /** A video id Chartmetric already knows spares a search, which YouTube allows 100 of a day. */
    @Override
    public Set<EnrichmentTier> prerequisites() {
        return Set.of(EnrichmentTier.CHARTMETRIC);
    }

    /** One videos.list call's worth of ids. */
    @Override
    public int batchSize() {
        return YouTubeClient.MAX_IDS_PER_CALL;
    }

    @Override
    public String lane() {
        return YouTubeClient.LANE;
    }

    /** A title and an artist to search by, and no counts read within {@link Settings#freshFor()}. */
    @Override
    public boolean needs(TrackFacts track) {
        if (blank(track.name()) || blank(track.artistNames())) {
            return false;
        }
        Instant asked = track.lastAsked(EnrichmentTier.YOUTUBE);
        boolean fresh = track.get(YouTubeFields.VIDEO_ID) != null && asked != null
                && asked.isAfter(clock.instant().minus(settings.freshFor()));
        return !fresh;
    }

    /**
     * Known ids first, all in one call, so a spent pool (thrown, for the pipeline to defer the batch) costs no search;
     * then a search for each track without one while the search bucket lasts.
     */
    @Override
    public Map<Long, StageOutcome> enrich(List<TrackFacts> batch) {
        Map<Long, StageOutcome> out = new LinkedHashMap<>();
        Map<TrackFacts, Known> known = new LinkedHashMap<>();
        List<TrackFacts> unknown = new ArrayList<>();
        for (TrackFacts track : batch) {
            Known id = knownId(track);
            if (id != null) {
                known.put(track, id);
            } else {
                unknown.add(track);
            }
        }
        if (!known.isEmpty()) {
            Map<String, VideoStats> stats = client.videoStats(known.values().stream().map(Known::videoId).toList());
            known.forEach((track, id) -> out.put(track.trackId(), outcome(id, stats.get(id.videoId()),
                    "YouTube has no public video " + id.videoId())));
        }
        out.putAll(new YouTubeSearches(client, clock).find(unknown, !out.isEmpty()));
        return out;
    }

    /** Done with the counts read, or not applicable when YouTube has no such public video. */
    static StageOutcome outcome(Known id, VideoStats stats, String whyNot) {
        if (stats == null) {
            return new StageOutcome.NotApplicable(whyNot);
        }
        return new StageOutcome.Done(TrackUpdate.from(SOURCE)
                .value(YouTubeFields.VIDEO_ID, id.videoId())
                .value(YouTubeFields.FOUND_BY, id.foundBy())
                .found(YouTubeFields.VIEWS, stats.views())
                .found(YouTubeFields.LIKES, stats.likes())
                .found(YouTubeFields.COMMENTS, stats.comments())
                .build());
    }

    private Known knownId(TrackFacts track) {
        for (TrackField<String> field : settings.knownIdFields()) {
            String first = firstId(track.get(field));
            if (first != null) {
                return new Known(first, YouTubeFields.FOUND_BY_KNOWN_ID);
            }
        }
        String own = firstId(track.get(YouTubeFields.VIDEO_ID));
        return own == null ? null : new Known(own, null);
    }

    private static String firstId(String ids) {
        if (ids == null) {
            return null;
        }
        return Arrays.stream(ids.split(",")).map(String::strip).filter(s -> !s.isEmpty()).findFirst()
                .orElse(null);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
