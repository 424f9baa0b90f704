package com.scoutdesk.integration.musicbrainz;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * An artist's links from its URL relations ({@code inc=url-rels}), one per {@link LinkKind}. MusicBrainz files
 * Instagram, X, TikTok and Facebook all under type "social network", so the kind is told by the host; YouTube,
 * SoundCloud and Bandcamp have types of their own but are told by host too, which also catches them filed as
 * "social network" or "video channel". The website is the "official homepage" relation, whatever its host. Ended
 * relations (an abandoned account) are ignored; of two live links of a kind, the first listed is kept.
 *
 * @param links the links found, by kind; kinds without a link are left out
 */
public record ArtistLinks(String artistId, Map<LinkKind, String> links) {

    public ArtistLinks {
        links = Map.copyOf(links);
    }

    /** The link of that kind, or null. */
    public String get(LinkKind kind) {
        return links.get(kind);
    }

    /** Reads the {@code relations} of an artist look-up. */
    static ArtistLinks read(String artistId, JsonNode artist) {
        Map<LinkKind, String> links = new EnumMap<>(LinkKind.class);
        for (JsonNode relation : MusicBrainzJson.array(artist, "relations", "artist")) {
            String resource = relation.path("url").path("resource").asText("");
            if (relation.path("ended").asBoolean(false) || !"url".equals(relation.path("target-type").asText(""))
                    || resource.isBlank()) {
                continue;
            }
            LinkKind kind = kind(relation.path("type").asText(""), resource);
            if (kind != null) {
                links.putIfAbsent(kind, resource.strip());
            }
        }
        return new ArtistLinks(artistId, links);
    }

    static LinkKind kind(String type, String resource) {
        String host = host(resource);
        if (host.equals("instagram.com")) {
            return LinkKind.INSTAGRAM;
        }
        if (host.equals("twitter.com") || host.equals("x.com")) {
            return LinkKind.X;
        }
        if (host.equals("tiktok.com")) {
            return LinkKind.TIKTOK;
        }
        if (host.equals("facebook.com") || host.equals("fb.com")) {
            return LinkKind.FACEBOOK;
        }
        if (host.equals("youtube.com") || host.equals("youtu.be")) {
            return LinkKind.YOUTUBE;
        }
        if (host.equals("bandcamp.com") || host.endsWith(".bandcamp.com")) {
            return LinkKind.BANDCAMP;
        }
        if (host.equals("soundcloud.com")) {
            return LinkKind.SOUNDCLOUD;
        }
        if (host.endsWith("wikipedia.org")) {
            return LinkKind.WIKIPEDIA;
        }
        return type.equals("official homepage") ? LinkKind.WEBSITE : null;
    }

    /** The host without "www." or "m.", lower case; empty when the resource is not a URL. */
    private static String host(String resource) {
        try {
            String host = URI.create(resource.strip()).getHost();
            if (host == null) {
                return "";
            }
            host = host.toLowerCase(Locale.ROOT);
            for (String prefix : new String[] {"www.", "m.", "mobile.", "vm."}) {
                if (host.startsWith(prefix)) {
                    return host.substring(prefix.length());
                }
            }
            return host;
        } catch (IllegalArgumentException notAUrl) {
            return "";
        }
    }
}
