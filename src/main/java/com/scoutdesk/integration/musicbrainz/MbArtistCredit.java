package com.scoutdesk.integration.musicbrainz;

/** An artist as MusicBrainz credits or relates it: its MBID and name. */
public record MbArtistCredit(String id, String name) {
}
