package com.scoutdesk.integration.musicbrainz;

import com.scoutdesk.model.CreditRole;

/** A songwriter of a recording's work: the artist's MBID and name, and the role (writer, composer or lyricist). */
public record MbWriter(MbArtistCredit artist, CreditRole role) {
}
