package com.scoutdesk.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything the details of one track show: what it is, its score and why, what the scout says of it, who is
 * credited and how to reach them, and every declared field with where its value came from.
 *
 * @param score    empty while the track is not scored (or its stored breakdown can no longer be read: recomputing
 *                 the scores stores a new one)
 * @param credits  by person name, then role in {@code CreditRole} order (artists first, then songwriters)
 * @param contacts the contacts of the people credited, by display name
 * @param fields   every declared field ({@code TrackFields.ALL}) in declaration order, unknown ones included
 * @param tiers    where each enrichment tier stands for this track, in tier order
 */
public record TrackDetails(long trackId, String spotifyId, String name, String artistNames, Instant firstSeenAt,
                           Instant updatedAt, Optional<StoredScore> score, TrackLead lead, List<TrackCredit> credits,
                           List<ContactDetails> contacts, List<FieldValue> fields, List<TierState> tiers) {

    public TrackDetails {
        credits = List.copyOf(credits);
        contacts = List.copyOf(contacts);
        fields = List.copyOf(fields);
        tiers = List.copyOf(tiers);
    }

    /** The field of that name; empty for a name that is not declared. */
    public Optional<FieldValue> field(String fieldName) {
        return fields.stream().filter(f -> f.field().equals(fieldName)).findFirst();
    }
}
