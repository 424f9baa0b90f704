package com.scoutdesk.service.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * Which tracks an audit file lists.
 *
 * @param playlistId        only tracks that ever appeared on this playlist (database id)
 * @param missingIsrc       only tracks without an ISRC
 * @param missingPopularity only tracks without a popularity
 */
public record AuditSelection(Optional<Long> playlistId, boolean missingIsrc, boolean missingPopularity) {

    public AuditSelection {
        Objects.requireNonNull(playlistId, "playlistId");
    }

    /** Every track. */
    public static AuditSelection all() {
        return new AuditSelection(Optional.empty(), false, false);
    }
}
