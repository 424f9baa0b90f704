package com.scoutdesk.enrichment;

import com.scoutdesk.model.CreditRole;
import com.scoutdesk.model.SocialLink;
import java.util.Map;
import java.util.Objects;

/**
 * A person's role on a track, as a stage found it; the pipeline stores it as a {@code Credit} under the update's
 * source, and the person as {@code CreditWriter} matches it.
 *
 * @param spotifyArtistId the Spotify artist id when the source links the credit to an artist, else null
 * @param ipi             the person's IPI name number (11 digits) when the source gives one (The MLC), else null
 * @param musicbrainzId   the MusicBrainz artist id when the source is MusicBrainz, else null
 * @param links           the person's links as the source lists them, written with the source and time; null when
 *                        the stage did not look at links (an empty map: it did and found none)
 */
public record FoundCredit(String name, String spotifyArtistId, CreditRole role, String ipi, String musicbrainzId,
                          Map<SocialLink, String> links) {

    public FoundCredit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A credit needs a name");
        }
        spotifyArtistId = blankToNull(spotifyArtistId);
        ipi = blankToNull(ipi);
        musicbrainzId = blankToNull(musicbrainzId);
        links = links == null ? null : Map.copyOf(links);
    }

    /** A credit as the web player lists them: a name, a role, maybe a Spotify artist. */
    public FoundCredit(String name, String spotifyArtistId, CreditRole role) {
        this(name, spotifyArtistId, role, null, null, null);
    }

    /** A credit with an IPI, as The MLC lists its writers. */
    public FoundCredit(String name, String spotifyArtistId, CreditRole role, String ipi) {
        this(name, spotifyArtistId, role, ipi, null, null);
    }

    /** A credit with a MusicBrainz id and links, as MusicBrainz gives them. */
    public FoundCredit(String name, String spotifyArtistId, CreditRole role, String musicbrainzId,
                       Map<SocialLink, String> links) {
        this(name, spotifyArtistId, role, null, musicbrainzId, links);
    }

    private static String blankToNull(String id) {
        return id == null || id.isBlank() ? null : id.strip();
    }
}
