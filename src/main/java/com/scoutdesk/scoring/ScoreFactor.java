package com.scoutdesk.scoring;

/**
 * The inputs the score reads, each with the line shown when that input is still unknown. Every rule of the
 * {@link WeightTable} belongs to one factor; a factor contributes at most one rule to a breakdown.
 */
public enum ScoreFactor {
    BASELINE("baseline", "never unknown"),
    PUBLISHER("publisher", "Publisher status unknown until The MLC is checked"),
    RELEASE_PATHWAY("pathway", "Label unknown, so the release pathway is unknown"),
    EDITORIAL("editorial", "Editorial playlist appearances not counted yet"),
    FRESH_FINDS("freshFinds", "Fresh Finds appearances not counted yet"),
    STREAMS("streams", "Spotify stream count unknown"),
    ISRC("metadata.isrc", "Not known yet whether the track has an ISRC"),
    CREDITS("metadata.credits", "Credits not read yet"),
    SONGWRITERS("metadata.songwriters", "Songwriter count unknown"),
    MUSICBRAINZ("musicbrainz", "MusicBrainz not looked up yet"),
    STREAM_GROWTH("streamGrowth", "Stream growth unknown until Chartmetric has two points of history"),
    PUBLISHER_SHARE("publisherShare", "Registered publisher share unknown until The MLC finds the work"),
    VIEW_GROWTH("viewGrowth", "YouTube view growth unknown until Chartmetric has two points of history"),
    CAP("cap", "never unknown");

    private final String id;
    private final String unknownText;

    ScoreFactor(String id, String unknownText) {
        this.id = id;
        this.unknownText = unknownText;
    }

    /** Stable id, stored in the JSON breakdown. */
    public String id() {
        return id;
    }

    /** The human line listed under missing evidence, e.g. "Publisher status unknown ...: adds nothing". */
    public String missingLine() {
        return unknownText + ": adds nothing";
    }
}
