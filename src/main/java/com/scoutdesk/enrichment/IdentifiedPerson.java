package com.scoutdesk.enrichment;

import com.scoutdesk.model.SocialLink;
import java.util.Map;
import java.util.Objects;

/**
 * A person another source credits on a track, whom a stage identified without listing a credit of its own: MusicBrainz
 * finds a songwriter the web player named when the work it holds lists none. The pipeline gives the person credited on
 * the track under {@code name} the id and the links; it writes no credit, since the source never gave one.
 *
 * @param name          the name as the track's credits spell it
 * @param nameMatched   the name as the source spells it, for the basis of the match (exact or normalised)
 * @param spotifyArtistId the Spotify artist id the source links the person to, else null
 */
public record IdentifiedPerson(String name, String nameMatched, String musicbrainzId, String spotifyArtistId,
                               Map<SocialLink, String> links) {

    public IdentifiedPerson {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameMatched, "nameMatched");
        Objects.requireNonNull(musicbrainzId, "musicbrainzId");
        links = links == null ? Map.of() : Map.copyOf(links);
    }
}
