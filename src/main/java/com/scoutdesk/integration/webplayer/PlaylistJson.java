package com.scoutdesk.integration.webplayer;

import com.fasterxml.jackson.databind.JsonNode;
import com.scoutdesk.model.fetch.FetchedArtist;
import com.scoutdesk.model.fetch.FetchedTrack;
import com.scoutdesk.model.fetch.PlaylistMetadata;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code data.playlistV2} of the web player's playlist responses (external-apis.md section 3). Strict about
 * the skeleton (an item without {@code itemV2} means the shape changed, and then nothing of the response is used)
 * and lenient about leaves: a missing play count, duration or date is null, never zero.
 */
final class PlaylistJson {

    private static final String TRACK_URI = "spotify:track:";
    private static final String LOCAL_URI = "spotify:local:";

    private PlaylistJson() {
    }

    /**
     * @param offset where the page starts when {@code content.pagingInfo} does not say (from the request), or null
     * @return empty when the response is not a playlist response we recognise
     */
    static Optional<PlaylistChunk> parse(JsonNode root, String playlistId, Integer offset) {
        JsonNode playlist = root.path("data").path("playlistV2");
        if (!playlist.isObject()) {
            return Optional.empty();
        }
        if ("NotFound".equals(playlist.path("__typename").asText())) {
            return Optional.of(PlaylistChunk.missing());
        }
        JsonNode content = playlist.path("content");
        JsonNode items = content.path("items");
        JsonNode total = content.path("totalCount");
        PlaylistMetadata header = playlist.has("name") ? header(playlist, playlistId, total) : null;
        if (!items.isArray() || !total.canConvertToInt()) {
            return header == null ? Optional.empty() : Optional.of(new PlaylistChunk(false, header, null, List.of()));
        }
        JsonNode paging = content.path("pagingInfo").path("offset");
        Integer start = paging.canConvertToInt() ? Integer.valueOf(paging.intValue()) : offset;
        if (start == null && items.size() > 0) {
            return Optional.empty();
        }
        List<PlaylistChunk.Item> parsed = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (!item.path("itemV2").isObject()) {
                return Optional.empty();
            }
            parsed.add(item(item, start + i + 1));
        }
        return Optional.of(new PlaylistChunk(false, header, total.intValue(), parsed));
    }

    private static PlaylistChunk.Item item(JsonNode item, int position) {
        Instant addedAt = instant(item.path("addedAt").path("isoString"));
        JsonNode wrapper = item.path("itemV2");
        JsonNode data = wrapper.path("data");
        String type = wrapper.path("__typename").asText("");
        String uri = data.path("uri").asText("");
        if (uri.startsWith(LOCAL_URI) || type.contains("Local")) {
            return new PlaylistChunk.Item(position, PlaylistChunk.Kind.LOCAL, null, addedAt);
        }
        if (!"TrackResponseWrapper".equals(type) || !uri.startsWith(TRACK_URI) || uri.length() == TRACK_URI.length()) {
            // Removed or region-blocked tracks, episodes: listed by the playlist, but no track we could track.
            return new PlaylistChunk.Item(position, PlaylistChunk.Kind.UNAVAILABLE, null, addedAt);
        }
        List<FetchedArtist> artists = new ArrayList<>();
        for (JsonNode artist : data.path("artists").path("items")) {
            artists.add(new FetchedArtist(idFromUri(artist.path("uri").asText(null)),
                    text(artist.path("profile").path("name"))));
        }
        JsonNode duration = data.path("trackDuration").path("totalMilliseconds");
        FetchedTrack track = new FetchedTrack(uri.substring(TRACK_URI.length()), text(data.path("name")), artists,
                text(data.path("albumOfTrack").path("name")), null,
                duration.canConvertToInt() ? Integer.valueOf(duration.intValue()) : null,
                explicit(data.path("contentRating").path("label").asText(null)), null,
                playcount(data.path("playcount")));
        return new PlaylistChunk.Item(position, PlaylistChunk.Kind.TRACK, track, addedAt);
    }

    private static PlaylistMetadata header(JsonNode playlist, String playlistId, JsonNode total) {
        JsonNode owner = playlist.path("ownerV2").path("data");
        String ownerId = text(owner.path("username"));
        if (ownerId == null) {
            ownerId = idFromUri(owner.path("uri").asText(null));
        }
        JsonNode followers = playlist.path("followers");
        if (followers.isObject()) {
            followers = followers.path("totalCount");
        }
        JsonNode image = playlist.path("images").path("items").path(0).path("sources").path(0).path("url");
        return new PlaylistMetadata(playlistId, text(playlist.path("name")), text(owner.path("name")), ownerId,
                followers.canConvertToLong() ? Long.valueOf(followers.longValue()) : null,
                total.canConvertToInt() ? Integer.valueOf(total.intValue()) : null, text(image),
                text(playlist.path("description")));
    }

    /** The web player sends play counts as strings ("65052099"); anything but digits means "not given". */
    static Long playcount(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        String text = node.isTextual() ? node.asText().strip() : "";
        if (text.isEmpty() || !text.chars().allMatch(Character::isDigit) || text.length() > 18) {
            return null;
        }
        return Long.valueOf(text);
    }

    private static Boolean explicit(String label) {
        if (label == null) {
            return null;
        }
        return "EXPLICIT".equals(label);
    }

    private static Instant instant(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(node.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The last segment of a {@code spotify:kind:id} URI, or null. */
    static String idFromUri(String uri) {
        if (uri == null) {
            return null;
        }
        int colon = uri.lastIndexOf(':');
        return colon < 0 || colon == uri.length() - 1 ? null : uri.substring(colon + 1);
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }
}
