package com.scoutdesk.integration.musicbrainz;

/** The artist links a scout reaches out through, as MusicBrainz's URL relations tell them apart. */
public enum LinkKind {
    INSTAGRAM, X, TIKTOK, FACEBOOK, YOUTUBE, BANDCAMP, SOUNDCLOUD, WEBSITE, WIKIPEDIA
}
