package com.scoutdesk.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What The MLC (tier 3) found about the song besides its publisher status and names, kept on the track: the
 * registered publisher share (percent), the ISWC, The MLC's song code, and whether The MLC knows the song at all.
 * Null until known; {@code found == false} means the searches found nothing, never "no publisher".
 */
@Embeddable
public class MlcRegistration {

    @Column(name = "publisher_share")
    private Double publisherShare;

    @Column(name = "iswc", length = 11)
    private String iswc;

    @Column(name = "mlc_song_code", length = 40)
    private String songCode;

    @Column(name = "mlc_found")
    private Boolean found;

    public Double getPublisherShare() {
        return publisherShare;
    }

    public String getIswc() {
        return iswc;
    }

    public String getSongCode() {
        return songCode;
    }

    public Boolean getFound() {
        return found;
    }
}
