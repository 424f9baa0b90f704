package com.scoutdesk.enrichment.fields;

import com.scoutdesk.model.EnrichmentTier;
import java.util.List;

/** The fields of tier 4, MusicBrainz (its songwriters and their links are credits and people, not fields). */
public final class MusicBrainzFields {

    private static final EnrichmentTier TIER = EnrichmentTier.MUSICBRAINZ;

    /** The recording the track's ISRC points to (the first, when MusicBrainz lists several). */
    public static final TrackField<String> RECORDING_ID = TrackField.foundBy(TIER, "musicbrainz_recording_id",
            String.class);
    /**
     * Whether MusicBrainz knows the track's artist: by the ISRC's recording, else by a sure artist search. Scored as
     * the MusicBrainz presence of the artist; null (never asked, or no ISRC to ask by) stays unknown.
     */
    public static final TrackField<Boolean> FOUND = TrackField.foundBy(TIER, "musicbrainz_found", Boolean.class)
            .scoredAs((in, found, ran) -> in.hasMusicBrainzProfile(found));
    /** The distinct songwriters MusicBrainz lists on the recording's work; null when it had no recording. */
    public static final TrackField<Integer> SONGWRITERS = TrackField.foundBy(TIER, "musicbrainz_songwriters",
            Integer.class);
    /** The work's ISWC, as MusicBrainz writes it ("T-345.246.800-1"). */
    public static final TrackField<String> ISWC = TrackField.foundBy(TIER, "musicbrainz_iswc", String.class);

    public static final List<TrackField<?>> ALL = List.of(RECORDING_ID, FOUND, SONGWRITERS, ISWC);

    private MusicBrainzFields() {
    }
}
