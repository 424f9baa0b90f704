package com.scoutdesk.enrichment.fields;

import com.scoutdesk.model.EnrichmentTier;
import java.util.List;

/**
 * The fields of tier 6, YouTube: the track's video and its public counts. The score reads none of them yet: views
 * measure the same audience as Spotify's play count, which the score already weighs, and a views band would count
 * it twice; view growth needs a previous value, which a weekly history (Chartmetric's tier) will give.
 */
public final class YouTubeFields {

    private static final EnrichmentTier TIER = EnrichmentTier.YOUTUBE;

    /** The id {@link #FOUND_BY} says came from another tier, or from a search. */
    public static final String FOUND_BY_KNOWN_ID = "known id";
    public static final String FOUND_BY_SEARCH = "search";

    /** The 11-character video id, e.g. {@code D-lhorsDlUQ}. */
    public static final TrackField<String> VIDEO_ID = TrackField.foundBy(TIER, "youtube_video_id", String.class);
    public static final TrackField<Long> VIEWS = TrackField.foundBy(TIER, "youtube_views", Long.class);
    public static final TrackField<Long> LIKES = TrackField.foundBy(TIER, "youtube_likes", Long.class);
    public static final TrackField<Long> COMMENTS = TrackField.foundBy(TIER, "youtube_comments", Long.class);
    /** How the video was found: {@value #FOUND_BY_KNOWN_ID} or {@value #FOUND_BY_SEARCH}, for the scout's trust. */
    public static final TrackField<String> FOUND_BY = TrackField.foundBy(TIER, "youtube_video_found_by",
            String.class);

    public static final List<TrackField<?>> ALL = List.of(VIDEO_ID, VIEWS, LIKES, COMMENTS, FOUND_BY);

    private YouTubeFields() {
    }
}
