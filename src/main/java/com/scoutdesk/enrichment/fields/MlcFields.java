package com.scoutdesk.enrichment.fields;

import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.PublisherStatus;
import java.util.List;

/** The fields of tier 3, The MLC: the song's publishing as registered for US mechanical royalties. */
public final class MlcFields {

    private static final EnrichmentTier TIER = EnrichmentTier.MLC_PUBLISHER;

    /**
     * What kind of publishing the song has ({@code PublisherClassifier}); UNKNOWN until the tier has found the work.
     * The scout may set it by hand, which the tier then leaves alone.
     */
    public static final TrackField<PublisherStatus> PUBLISHER_STATUS = TrackField.foundBy(TIER, "publisher_status",
                    PublisherStatus.class)
            .readAs((rs, i) -> rs.getString(i) == null ? null : PublisherStatus.valueOf(rs.getString(i)),
                    (p, i, status) -> p.setString(i, status.name()))
            .scoredAs((in, status, ran) -> in.publisherStatus(status));
    /** The publishers, "; " between them, each with its administrators in brackets. */
    public static final TrackField<String> PUBLISHER_NAME = TrackField.foundBy(TIER, "publisher_name", String.class);
    /** The collection share publishers registered, 0..100 (percent). */
    public static final TrackField<Double> PUBLISHER_SHARE = TrackField.foundBy(TIER, "publisher_share",
            Double.class).scoredAs((in, share, ran) -> in.publisherShare(share));
    /** The work's ISWC, canonical form (T and 10 digits). */
    public static final TrackField<String> ISWC = TrackField.foundBy(TIER, "iswc", String.class);
    /** The MLC's own code of the work, which its portal links by. */
    public static final TrackField<String> MLC_SONG_CODE = TrackField.foundBy(TIER, "mlc_song_code", String.class);
    /** Whether The MLC knows the song: false after a search found nothing, which says nothing about a publisher. */
    public static final TrackField<Boolean> MLC_FOUND = TrackField.foundBy(TIER, "mlc_found", Boolean.class);

    /** What the tier marks "not available from The MLC" when it does not find the song. */
    public static final List<TrackField<?>> OF_THE_WORK = List.of(PUBLISHER_STATUS, PUBLISHER_NAME, PUBLISHER_SHARE,
            ISWC, MLC_SONG_CODE);

    public static final List<TrackField<?>> ALL = List.of(PUBLISHER_STATUS, PUBLISHER_NAME, PUBLISHER_SHARE, ISWC,
            MLC_SONG_CODE, MLC_FOUND);

    private MlcFields() {
    }
}
