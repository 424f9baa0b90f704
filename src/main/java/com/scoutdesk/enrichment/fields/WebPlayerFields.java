package com.scoutdesk.enrichment.fields;

import com.scoutdesk.model.EnrichmentTier;
import java.util.List;

/** The fields of tier 2, web player credits and play count (its credits are rows of their own, not fields). */
public final class WebPlayerFields {

    /** The play count; a playlist fetch that shows it sets it too. */
    public static final TrackField<Long> SPOTIFY_STREAMS = TrackField.foundBy(EnrichmentTier.WEB_PLAYER_CREDITS,
            "spotify_streams", Long.class).scoredAs((in, streams, ran) -> in.spotifyStreams(streams));

    public static final List<TrackField<?>> ALL = List.of(SPOTIFY_STREAMS);

    private WebPlayerFields() {
    }
}
