package com.scoutdesk.integration.musicbrainz;

import com.fasterxml.jackson.databind.JsonNode;
import com.scoutdesk.model.PersonNames;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An artist search hit, and the rule that picks one for a name. MusicBrainz scores hits 0-100 by how well they match
 * the query, so a common name gives several hits near 100 (the fixture "fred" gives 100, 99, 98 ...). The rule:
 * <ol>
 *   <li>only hits scoring at least {@value #MIN_SCORE} whose name is the name asked for, compared as
 *       {@link PersonNames#normal} compares them (case, accents, punctuation, "&amp;"/"and"), are candidates;</li>
 *   <li>a person is preferred over a group or anything else, since credits name people;</li>
 *   <li>then the higher score, then the hit without a disambiguation (the best known of its name);</li>
 *   <li>no candidate, no match: a look-alike is worse than nothing, as its links would lead the scout to a
 *       stranger.</li>
 * </ol>
 */
public record ArtistMatch(String id, String name, int score, String type, String disambiguation) {

    /** The lowest score a match may have. */
    public static final int MIN_SCORE = 90;

    static Optional<ArtistMatch> pick(String name, JsonNode search) {
        return candidates(name, search).stream()
                .min(Comparator.comparing((ArtistMatch hit) -> !"Person".equals(hit.type()))
                        .thenComparing(ArtistMatch::score, Comparator.reverseOrder())
                        .thenComparing(hit -> !hit.disambiguation().isBlank()));
    }

    /**
     * The one candidate for a name, or none when there are none or several: a songwriter known only by a name from
     * another source is not given a namesake's links, as {@link #pick} would when it prefers the best known.
     */
    static Optional<ArtistMatch> sole(String name, JsonNode search) {
        List<ArtistMatch> candidates = candidates(name, search);
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    private static List<ArtistMatch> candidates(String name, JsonNode search) {
        String wanted = PersonNames.normal(name);
        return MusicBrainzJson.array(search, "artists", "artist search").stream()
                .filter(hit -> hit.path("id").isTextual())
                .map(hit -> new ArtistMatch(hit.path("id").asText(), hit.path("name").asText(""),
                        hit.path("score").asInt(0), hit.path("type").asText(""),
                        hit.path("disambiguation").asText("")))
                .filter(hit -> hit.score() >= MIN_SCORE)
                .filter(hit -> PersonNames.normal(hit.name()).equals(wanted))
                .toList();
    }
}
