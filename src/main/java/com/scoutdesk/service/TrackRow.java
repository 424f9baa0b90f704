package com.scoutdesk.service;

import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.PublisherStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One lead as the triage views (table, cards, kanban) and the CSV export show it; built inside a read transaction.
 *
 * @param imageUrl       the album art's address as Spotify gave it; null when not known yet
 * @param wowStreamsPct  week-over-week stream growth in percent from the latest weekly snapshot; null when there is
 *                       none (no snapshot yet, or no previous week to compare with)
 * @param lastEnrichedAt when an enrichment tier last answered for the track; null when none has
 * @param tiers          each tier's state for the track by tier number, as {@link TierState} names them; empty when
 *                       the query did not read them
 * @param tags           the scout's tags on the track, by name ignoring case; empty when the query did not read them
 */
public record TrackRow(long id, String spotifyId, String name, String artistNames, String albumName, String isrc,
                       String label, String releaseDate, Long spotifyStreams, Double unsignedScore,
                       PublisherStatus publisherStatus, String publisherName, LeadStage leadStage,
                       Instant firstSeenAt, String imageUrl, Double wowStreamsPct, Instant lastEnrichedAt,
                       Map<Integer, TierState.State> tiers, List<TagLabel> tags) {

    public TrackRow {
        tiers = tiers == null ? Map.of() : Map.copyOf(tiers);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A row without its tags, as the query reads it before it reads them. */
    public TrackRow(long id, String spotifyId, String name, String artistNames, String albumName, String isrc,
                    String label, String releaseDate, Long spotifyStreams, Double unsignedScore,
                    PublisherStatus publisherStatus, String publisherName, LeadStage leadStage,
                    Instant firstSeenAt, String imageUrl, Double wowStreamsPct, Instant lastEnrichedAt,
                    Map<Integer, TierState.State> tiers) {
        this(id, spotifyId, name, artistNames, albumName, isrc, label, releaseDate, spotifyStreams, unsignedScore,
                publisherStatus, publisherName, leadStage, firstSeenAt, imageUrl, wowStreamsPct, lastEnrichedAt, tiers,
                List.of());
    }

    /** A row without the triage columns (art, growth, tier states), as the export and older callers read it. */
    public TrackRow(long id, String spotifyId, String name, String artistNames, String albumName, String isrc,
                    String label, String releaseDate, Long spotifyStreams, Double unsignedScore,
                    PublisherStatus publisherStatus, String publisherName, LeadStage leadStage,
                    Instant firstSeenAt) {
        this(id, spotifyId, name, artistNames, albumName, isrc, label, releaseDate, spotifyStreams, unsignedScore,
                publisherStatus, publisherName, leadStage, firstSeenAt, null, null, null, Map.of());
    }

    /** A row without its tier states, as the query reads it before it reads them. */
    public TrackRow(long id, String spotifyId, String name, String artistNames, String albumName, String isrc,
                    String label, String releaseDate, Long spotifyStreams, Double unsignedScore,
                    PublisherStatus publisherStatus, String publisherName, LeadStage leadStage,
                    Instant firstSeenAt, String imageUrl, Double wowStreamsPct, Instant lastEnrichedAt) {
        this(id, spotifyId, name, artistNames, albumName, isrc, label, releaseDate, spotifyStreams, unsignedScore,
                publisherStatus, publisherName, leadStage, firstSeenAt, imageUrl, wowStreamsPct, lastEnrichedAt,
                Map.of());
    }

    /** The same row with the tier states and tags read. */
    public TrackRow with(Map<Integer, TierState.State> states, List<TagLabel> labels) {
        return new TrackRow(id, spotifyId, name, artistNames, albumName, isrc, label, releaseDate, spotifyStreams,
                unsignedScore, publisherStatus, publisherName, leadStage, firstSeenAt, imageUrl, wowStreamsPct,
                lastEnrichedAt, states, labels);
    }

    public String spotifyUrl() {
        return "https://open.spotify.com/track/" + spotifyId;
    }
}
