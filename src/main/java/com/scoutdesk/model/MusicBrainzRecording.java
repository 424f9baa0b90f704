package com.scoutdesk.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What tier 4 found of the track at MusicBrainz: the recording, whether MusicBrainz knows the track or its artist,
 * how many songwriters its work lists, and the work's ISWC. Null until known.
 */
@Embeddable
public class MusicBrainzRecording {

    @Column(name = "musicbrainz_recording_id", length = 36)
    private String recordingId;

    @Column(name = "musicbrainz_found")
    private Boolean found;

    @Column(name = "musicbrainz_songwriters")
    private Integer songwriters;

    @Column(name = "musicbrainz_iswc", length = 15)
    private String iswc;

    public String getRecordingId() {
        return recordingId;
    }

    public Boolean getFound() {
        return found;
    }

    public Integer getSongwriters() {
        return songwriters;
    }

    public String getIswc() {
        return iswc;
    }
}
