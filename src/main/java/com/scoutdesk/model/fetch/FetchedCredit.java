package com.scoutdesk.model.fetch;

import com.scoutdesk.model.CreditRole;

/**
 * One person's role on a track as a source lists it.
 *
 * @param spotifyArtistId the artist id when the credit links to a Spotify artist, else null
 * @param role            the role normalised to our enum
 * @param sourceRole      the source's own wording (e.g. "Recorded by"), for messages
 */
public record FetchedCredit(String name, String spotifyArtistId, CreditRole role, String sourceRole) {
}
