package com.scoutdesk.persistence.bulk;

import com.scoutdesk.model.ContactStage;
import com.scoutdesk.model.CreditRole;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.PublisherStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A whole workspace's rows in memory, as the bulk loader writes them. Rows refer to each other by their index in
 * these lists; the loader assigns the database ids.
 */
public record BulkWorkspace(List<PlaylistData> playlists, List<TrackData> tracks, List<EntryData> entries,
                            List<PersonData> people, List<CreditData> credits, List<String> tags,
                            List<TrackTagData> trackTags, List<SnapshotData> snapshots,
                            List<ContactData> contacts, List<ActivityData> activity, boolean sample) {

    /** A playlist row. */
    public record PlaylistData(String spotifyId, String name, String ownerName, long followers, int totalTracks,
                               String description, boolean editorial, Instant lastGoodFetchAt, Instant createdAt) {
    }

    /** A track row. */
    public record TrackData(String spotifyId, String name, String artistNames, String albumName, String isrc,
                            int durationMs, boolean explicit, String releaseDate, String label, Long spotifyStreams,
                            PublisherStatus publisherStatus, String publisherName, Double score,
                            LeadStage stage, Instant firstSeenAt) {
    }

    /** A weekly appearance: indexes into {@link #playlists()} and {@link #tracks()}. */
    public record EntryData(LocalDate weekStart, int playlist, int track, int position, Instant addedAt,
                            Instant firstSeenAt, Instant lastSeenAt) {
    }

    /** A person row. */
    public record PersonData(String name, String spotifyArtistId, String instagramUrl) {
    }

    /** A credit: indexes into tracks and people. */
    public record CreditData(int track, int person, CreditRole role, String source, Instant fetchedAt) {
    }

    /** A tag on a track: indexes into tracks and tags. */
    public record TrackTagData(int track, int tag) {
    }

    /** A weekly performance figure of a track. */
    public record SnapshotData(int track, LocalDate weekStart, Long streams, Long wowStreams, Double wowStreamsPct,
                               boolean gap, Instant capturedAt) {
    }

    /** A contact, optionally tied to a person (index, or -1). */
    public record ContactData(int person, String displayName, String email, String instagramUrl, String notes,
                              ContactStage stage, Long totalStreams, Instant createdAt) {
    }

    /** An activity-log line, optionally about a playlist (index, or -1). */
    public record ActivityData(Instant occurredAt, String actor, String kind, int playlist, Integer tier,
                               String outcome, String message) {
    }

    public long rowCount() {
        return (long) playlists.size() + tracks.size() + entries.size() + people.size() + credits.size()
                + tags.size() + trackTags.size() + snapshots.size() + contacts.size() + activity.size();
    }
}
