package com.scoutdesk.service;

import com.scoutdesk.model.SocialLink;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The public links of a person credited on a track (Instagram, X, TikTok, ...), as enrichment found them.
 *
 * @param links      only the links known, in {@link SocialLink} order
 * @param source     where the links were read from ("musicbrainz"); null when none were looked up
 * @param fetchedAt  when; null when none were looked up
 */
public record PersonLinks(long personId, String name, Map<SocialLink, String> links, String source,
                          Instant fetchedAt) {

    public PersonLinks {
        EnumMap<SocialLink, String> ordered = new EnumMap<>(SocialLink.class);
        ordered.putAll(links);
        links = Collections.unmodifiableMap(ordered);
    }
}
