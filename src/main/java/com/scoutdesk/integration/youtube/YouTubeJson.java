package com.scoutdesk.integration.youtube;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.scoutdesk.integration.common.ChangedShapeException;
import com.scoutdesk.integration.common.Provider;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the two list answers ScoutDesk uses. Counts are uint64 sent as JSON strings; a missing one is hidden (null).
 * Anything else unexpected is {@link ChangedShapeException}, so nothing half-read is stored.
 */
final class YouTubeJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private YouTubeJson() {
    }

    /** videos.list: the videos YouTube knows, in its order; unknown or private ids are simply not there. */
    static List<VideoStats> videos(String body) {
        List<VideoStats> videos = new ArrayList<>();
        for (JsonNode item : items(body, "youtube#videoListResponse", "video list")) {
            JsonNode id = item.path("id");
            if (!id.isTextual() || id.asText().isBlank()) {
                throw changed("a video without an id", null);
            }
            JsonNode stats = item.path("statistics");
            videos.add(new VideoStats(id.asText(), count(stats, "viewCount"), count(stats, "likeCount"),
                    count(stats, "commentCount")));
        }
        return videos;
    }

    /** search.list: the videos found, in YouTube's order of relevance (channels and playlists are left out). */
    static List<SearchHit> searchHits(String body) {
        List<SearchHit> hits = new ArrayList<>();
        for (JsonNode item : items(body, "youtube#searchListResponse", "search answer")) {
            JsonNode id = item.path("id");
            if (!id.isObject()) {
                throw changed("a search result whose id is not an object", null);
            }
            if (!"youtube#video".equals(id.path("kind").asText()) || !id.path("videoId").isTextual()) {
                continue;
            }
            JsonNode snippet = item.path("snippet");
            hits.add(new SearchHit(id.path("videoId").asText(), snippet.path("title").asText(""),
                    snippet.path("channelTitle").asText("")));
        }
        return hits;
    }

    /** The tree of an error body, or null when it is not JSON (a proxy's HTML page). */
    static JsonNode treeOrNull(String body) {
        try {
            return body == null || body.isBlank() ? null : MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static List<JsonNode> items(String body, String kind, String what) {
        JsonNode root;
        try {
            root = body == null || body.isBlank() ? null : MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw changed("an unreadable " + what, e);
        }
        if (root == null || !root.isObject()) {
            throw changed("an empty " + what, null);
        }
        JsonNode items = root.path("items");
        // An answer with nothing in it may leave items out; it still says what kind of list it is.
        if (items.isMissingNode() && kind.equals(root.path("kind").asText())) {
            return List.of();
        }
        if (!items.isArray()) {
            throw changed("a " + what + " without items", null);
        }
        List<JsonNode> list = new ArrayList<>();
        items.forEach(list::add);
        return list;
    }

    private static Long count(JsonNode statistics, String name) {
        JsonNode value = statistics.path(name);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        try {
            long count = Long.parseLong(value.asText().strip());
            if (count < 0) {
                throw changed("a negative " + name, null);
            }
            return count;
        } catch (NumberFormatException e) {
            throw changed(name + " that is not a number", e);
        }
    }

    private static ChangedShapeException changed(String detail, Throwable cause) {
        return new ChangedShapeException(Provider.YOUTUBE, "it sent " + detail, cause);
    }
}
