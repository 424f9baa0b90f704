package com.scoutdesk.enrichment;

import com.scoutdesk.model.CreditRole;
import java.util.Objects;

/**
 * A person's role on a track, as a stage found it; the pipeline stores it as a {@code Credit} under the update's
 * source.
 *
 * @param spotifyArtistId the Spotify artist id when the source links the credit to an artist, else null
 * @param ipi             the person's IPI name number (11 digits) when the source gives one (The MLC), else null
 */
public record FoundCredit(String name, String spotifyArtistId, CreditRole role, String ipi) {

    /** A credit without an IPI, as most sources give them. */
    public FoundCredit(String name, String spotifyArtistId, CreditRole role) {
        this(name, spotifyArtistId, role, null);
    }

    public FoundCredit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A credit needs a name");
        }
        spotifyArtistId = spotifyArtistId == null || spotifyArtistId.isBlank() ? null : spotifyArtistId.strip();
        ipi = ipi == null || ipi.isBlank() ? null : ipi.strip();
    }
}
