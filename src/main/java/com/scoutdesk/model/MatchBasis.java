package com.scoutdesk.model;

/**
 * How a person a source credits was matched to a person already known, strongest first: a scout can tell a sure
 * match from a name that merely looks alike, and undo the weak ones.
 */
public enum MatchBasis {
    /** The same MusicBrainz id. */
    MUSICBRAINZ_ID,
    /** The same Spotify artist id. */
    SPOTIFY_ID,
    /** The same name, letter for letter. */
    EXACT_NAME,
    /** The same name once case, accents, punctuation, "&amp;"/"and" and spacing are set aside. */
    NORMALISED_NAME,
    /** A scout said so. */
    MANUAL
}
