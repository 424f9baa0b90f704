package com.scoutdesk.integration.webplayer;

import com.fasterxml.jackson.databind.JsonNode;
import com.scoutdesk.integration.common.ChangedShapeException;
import com.scoutdesk.integration.common.Provider;
import com.scoutdesk.model.fetch.FetchedCredit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the track page's two GraphQL answers (external-apis.md section 3): {@code getTrack} for the play count and
 * {@code queryTrackCreditsModal} for the contributors. An answer that is not in the known shape throws
 * {@link ChangedShapeException}: a wrong number is worse than none.
 */
final class TrackJson {

    private static final Provider PROVIDER = Provider.SPOTIFY_WEB_PLAYER;
    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");
    private static final Pattern ARTIST = Pattern.compile("(?:spotify:artist:|/artist/)([A-Za-z0-9]{1,64})");

    private TrackJson() {
    }

    /** What {@code getTrack} says. */
    record TrackInfo(boolean notFound, Long playCount) {
    }

    /** What the credits dialog's data says; {@code sources} are labels or rights holders, not publishers. */
    record Credits(List<FetchedCredit> credits, List<String> sources) {
    }

    static TrackInfo track(JsonNode root) {
        JsonNode track = root.path("data").path("trackUnion");
        if (!track.isObject()) {
            throw changed("getTrack has no data.trackUnion");
        }
        String type = track.path("__typename").asText("");
        if (type.equals("NotFound")) {
            return new TrackInfo(true, null);
        }
        return new TrackInfo(false, playCount(track.get("playcount")));
    }

    /** The play count arrives as a string of digits; absent or null means Spotify shows none, which is not zero. */
    static Long playCount(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong() && value.longValue() >= 0) {
            return value.longValue();
        }
        if (value.isTextual() && DIGITS.matcher(value.asText().strip()).matches()) {
            return Long.parseLong(value.asText().strip());
        }
        throw changed("getTrack has a play count that is not a number: " + abbreviate(value.toString()));
    }

    static Credits credits(JsonNode root) {
        JsonNode trait = root.path("data").path("trackUnion").path("creditsTrait");
        JsonNode items = trait.path("contributors").path("items");
        if (!items.isArray()) {
            throw changed("queryTrackCreditsModal has no data.trackUnion.creditsTrait.contributors.items");
        }
        // The same person appears once per role; keep one credit per person and normalised role.
        Map<String, FetchedCredit> credits = new LinkedHashMap<>();
        for (JsonNode item : items) {
            String name = text(item.get("name"));
            if (name == null) {
                throw changed("a contributor without a name");
            }
            String role = text(item.get("role"));
            String group = text(item.path("roleGroup").get("name"));
            String artistId = artistId(text(item.get("uri")));
            if (artistId == null) {
                artistId = artistId(text(item.get("url")));
            }
            add(credits, new FetchedCredit(name, artistId, CreditRoles.of(group, role), role == null ? group : role));
        }
        List<String> sources = new ArrayList<>();
        for (JsonNode source : trait.path("sources").path("items")) {
            String name = text(source.get("name"));
            if (name != null) {
                sources.add(name);
            }
        }
        return new Credits(List.copyOf(credits.values()), List.copyOf(sources));
    }

    static void add(Map<String, FetchedCredit> credits, FetchedCredit credit) {
        String who = credit.spotifyArtistId() != null ? "id:" + credit.spotifyArtistId() : "name:" + credit.name();
        credits.putIfAbsent(who + "|" + credit.role(), credit);
    }

    /** The artist id of a {@code spotify:artist:} URI or an {@code /artist/} link, else null. */
    static String artistId(String reference) {
        if (reference == null) {
            return null;
        }
        Matcher m = ARTIST.matcher(reference);
        return m.find() ? m.group(1) : null;
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() && !node.asText().isBlank() ? node.asText().strip() : null;
    }

    private static ChangedShapeException changed(String detail) {
        return new ChangedShapeException(PROVIDER, detail, null);
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "...";
    }
}
