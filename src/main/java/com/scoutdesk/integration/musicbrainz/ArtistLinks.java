package com.scoutdesk.integration.musicbrainz;

import com.fasterxml.jackson.databind.JsonNode;
import com.scoutdesk.model.SocialLink;
import java.net.URI;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An artist's links from its URL relations ({@code inc=url-rels}), one per {@link SocialLink}. MusicBrainz files
 * Instagram, X, TikTok and Facebook all under type "social network", so the kind is told by the host; YouTube,
 * SoundCloud and Bandcamp have types of their own but are told by host too, which also catches them filed as
 * "social network" or "video channel". The website is the "official homepage" relation, whatever its host. Ended
 * relations (an abandoned account) are ignored; of two live links of a kind, the first listed is kept.
 *
 * <p>A Spotify artist page among the links ({@code open.spotify.com/artist/{id}}, type "free streaming") gives the
 * artist's Spotify id, which ties the MusicBrainz artist to the person the web player credits.
 *
 * @param links           the links found, by kind; kinds without a link are left out
 * @param spotifyArtistId the Spotify artist id of a live Spotify link, or null
 */
public record ArtistLinks(String artistId, Map<SocialLink, String> links, String spotifyArtistId) {

    private static final Pattern SPOTIFY_ARTIST = Pattern.compile(
            "https?://open\\.spotify\\.com/artist/([0-9A-Za-z]{22})(?:[/?#].*)?");

    public ArtistLinks {
        links = Map.copyOf(links);
    }

    /** The link of that kind, or null. */
    public String get(SocialLink kind) {
        return links.get(kind);
    }

    /** Reads the {@code relations} of an artist look-up. */
    static ArtistLinks read(String artistId, JsonNode artist) {
        Map<SocialLink, String> links = new EnumMap<>(SocialLink.class);
        String spotify = null;
        for (JsonNode relation : MusicBrainzJson.array(artist, "relations", "artist")) {
            String resource = relation.path("url").path("resource").asText("");
            if (relation.path("ended").asBoolean(false) || !"url".equals(relation.path("target-type").asText(""))
                    || resource.isBlank()) {
                continue;
            }
            Matcher spotifyLink = SPOTIFY_ARTIST.matcher(resource.strip());
            if (spotify == null && spotifyLink.matches()) {
                spotify = spotifyLink.group(1);
            }
            SocialLink kind = kind(relation.path("type").asText(""), resource);
            if (kind != null) {
                links.putIfAbsent(kind, resource.strip());
            }
        }
        return new ArtistLinks(artistId, links, spotify);
    }

    static SocialLink kind(String type, String resource) {
        String host = host(resource);
        if (host.equals("instagram.com")) {
            return SocialLink.INSTAGRAM;
        }
        if (host.equals("twitter.com") || host.equals("x.com")) {
            return SocialLink.X;
        }
        if (host.equals("tiktok.com")) {
            return SocialLink.TIKTOK;
        }
        if (host.equals("facebook.com") || host.equals("fb.com")) {
            return SocialLink.FACEBOOK;
        }
        if (host.equals("youtube.com") || host.equals("youtu.be")) {
            return SocialLink.YOUTUBE;
        }
        if (host.equals("bandcamp.com") || host.endsWith(".bandcamp.com")) {
            return SocialLink.BANDCAMP;
        }
        if (host.equals("soundcloud.com")) {
            return SocialLink.SOUNDCLOUD;
        }
        if (host.endsWith("wikipedia.org")) {
            return SocialLink.WIKIPEDIA;
        }
        return type.equals("official homepage") ? SocialLink.WEBSITE : null;
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
