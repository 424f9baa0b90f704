package com.scoutdesk.enrichment;

import com.scoutdesk.model.Person;
import com.scoutdesk.model.SocialLink;
import java.time.Instant;
import java.util.Map;

/**
 * Writes the links a source lists for a person, with the source and the time as their provenance. A kind the source
 * does not list keeps the link the person has: the source's silence is not news that the account is gone.
 */
final class PersonLinks {

    private PersonLinks() {
    }

    static void write(Person person, Map<SocialLink, String> links, String source, Instant now) {
        links.forEach((kind, url) -> set(person, kind, url));
        person.setLinksSource(source);
        person.setLinksFetchedAt(now);
    }

    private static void set(Person person, SocialLink kind, String url) {
        switch (kind) {
            case INSTAGRAM -> person.setInstagramUrl(url);
            case X -> person.setXUrl(url);
            case TIKTOK -> person.setTiktokUrl(url);
            case FACEBOOK -> person.setFacebookUrl(url);
            case YOUTUBE -> person.setYoutubeUrl(url);
            case BANDCAMP -> person.setBandcampUrl(url);
            case SOUNDCLOUD -> person.setSoundcloudUrl(url);
            case WEBSITE -> person.setWebsiteUrl(url);
            case WIKIPEDIA -> person.setWikipediaUrl(url);
            default -> throw new IllegalArgumentException("No column for " + kind);
        }
    }
}
