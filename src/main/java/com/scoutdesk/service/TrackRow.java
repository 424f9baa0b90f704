package com.scoutdesk.service;

import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.PublisherStatus;
import java.time.Instant;

/** One lead as the dashboard table and the CSV export show it; built inside a read transaction. */
public record TrackRow(long id, String spotifyId, String name, String artistNames, String albumName, String isrc,
                       String label, String releaseDate, Long spotifyStreams, Double unsignedScore,
                       PublisherStatus publisherStatus, String publisherName, LeadStage leadStage,
                       Instant firstSeenAt) {

    public String spotifyUrl() {
        return "https://open.spotify.com/track/" + spotifyId;
    }
}
