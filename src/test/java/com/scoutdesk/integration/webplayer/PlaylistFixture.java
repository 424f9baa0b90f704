package com.scoutdesk.integration.webplayer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A playlist served by {@link FakeWebPlayerServer}, with deterministic items and the JSON of the real
 * {@code fetchPlaylist}/{@code fetchPlaylistContents} answers (external-apis.md section 3). Options change how the
 * server misbehaves: renamed operations, a changed shape, answers stopping after some items, slow answers.
 *
 * @param servedUpTo       how many items the server serves before it starts failing (the total when it serves all)
 * @param gridScrollsItself the track list scrolls inside the grid and grows as it is scrolled, instead of the
 *                          page's main area scrolling a grid drawn at its full height ({@link FakePlaylistPage})
 */
public record PlaylistFixture(String id, int total, String firstOperation, String contentsOperation,
                              boolean changedShape, int servedUpTo, int delayMillis, boolean missingInData,
                              boolean gridScrollsItself) {

    static final Instant ADDED_BASE = Instant.parse("2026-01-05T10:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A well-behaved playlist of {@code total} items; the id is 22 base62 characters, as Spotify's are. */
    public static PlaylistFixture of(String tag, int total) {
        String id = (tag + "x".repeat(22)).substring(0, 22);
        return new PlaylistFixture(id, total, "fetchPlaylist", "fetchPlaylistContents", false, total, 15, false,
                false);
    }

    PlaylistFixture renamedOperations() {
        return new PlaylistFixture(id, total, "fetchPlaylistV3", "fetchPlaylistItemsV3", changedShape, servedUpTo,
                delayMillis, missingInData, gridScrollsItself);
    }

    PlaylistFixture withChangedShape() {
        return new PlaylistFixture(id, total, firstOperation, contentsOperation, true, servedUpTo, delayMillis,
                missingInData, gridScrollsItself);
    }

    PlaylistFixture servingOnly(int count) {
        return new PlaylistFixture(id, total, firstOperation, contentsOperation, changedShape, count, delayMillis,
                missingInData, gridScrollsItself);
    }

    PlaylistFixture withDelay(int millis) {
        return new PlaylistFixture(id, total, firstOperation, contentsOperation, changedShape, servedUpTo, millis,
                missingInData, gridScrollsItself);
    }

    /** The track list scrolls itself and gets its rows appended as it is scrolled (see {@link FakePlaylistPage}). */
    PlaylistFixture withGridThatScrollsItself() {
        return new PlaylistFixture(id, total, firstOperation, contentsOperation, changedShape, servedUpTo,
                delayMillis, missingInData, true);
    }

    /** The page loads, but its data says the playlist does not exist, as the real single-page app does. */
    PlaylistFixture missing() {
        return new PlaylistFixture(id, total, firstOperation, contentsOperation, changedShape, servedUpTo,
                delayMillis, true, gridScrollsItself);
    }

    public static String trackId(int position) {
        return "tr" + String.format("%020d", position * 7919L);
    }

    static String artistId(int number) {
        return "ar" + String.format("%020d", number);
    }

    /** Every tenth item has no play count; the others grow past the int range (300 * 50,000,017 > 2^31). */
    static Long playcount(int position) {
        return position % 10 == 0 ? null : position * 50_000_017L;
    }

    /** Every third item has a second, featured artist. */
    static List<String[]> artists(int position) {
        List<String[]> artists = new ArrayList<>();
        artists.add(new String[] {artistId(position % 7 + 1), "Artist " + (position % 7 + 1)});
        if (position % 3 == 0) {
            artists.add(new String[] {artistId(1000 + position), "Feature " + position});
        }
        return artists;
    }

    static String trackName(int position) {
        return "Song " + position;
    }

    static String albumName(int position) {
        return "Album " + (position + 3) / 4;
    }

    static int durationMs(int position) {
        return 150_000 + position * 1000;
    }

    static Instant addedAt(int position) {
        return ADDED_BASE.plus(position, ChronoUnit.HOURS);
    }

    String name() {
        return "Fixture " + total;
    }

    /** The answer to a playlist query at {@code offset}; positions past {@link #servedUpTo} are left out. */
    String answer(boolean first, int offset, int limit) {
        if (missingInData) {
            return "{\"data\":{\"playlistV2\":{\"__typename\":\"NotFound\",\"message\":\"Playlist not found\"}}}";
        }
        int end = Math.min(Math.min(total, servedUpTo), offset + limit);
        ObjectNode root = JSON.createObjectNode();
        return (changedShape ? changedShape(root, first, offset, end) : realShape(root, first, offset, end)).toString();
    }

    private ObjectNode realShape(ObjectNode root, boolean first, int offset, int end) {
        ObjectNode playlist = root.putObject("data").putObject("playlistV2");
        playlist.put("__typename", "Playlist").put("uri", "spotify:playlist:" + id);
        if (first) {
            playlist.put("name", name()).put("description", "Fresh finds for scouts").put("revisionId", "AAAB");
            playlist.putObject("ownerV2").putObject("data").put("__typename", "User").put("name", "Curator Name")
                    .put("username", "curatoruser").put("uri", "spotify:user:curatoruser");
            if (total % 2 == 0) {
                playlist.put("followers", 12_345L * total);
            } else {
                playlist.putObject("followers").put("totalCount", 12_345L * total);
            }
            playlist.putObject("images").putArray("items").addObject().putArray("sources").addObject()
                    .put("url", "https://image.example/" + id).put("width", 640).put("height", 640);
        }
        ObjectNode content = playlist.putObject("content");
        content.put("__typename", "PlaylistItemsPage").put("totalCount", total);
        content.putObject("pagingInfo").put("offset", offset).put("limit", end - offset);
        ArrayNode items = content.putArray("items");
        for (int index = offset; index < end; index++) {
            int position = index + 1;
            ObjectNode item = items.addObject();
            item.put("uid", "uid" + position);
            item.putObject("addedAt").put("isoString", addedAt(position).toString());
            item.putObject("addedBy").putObject("data").put("__typename", "User").put("name", "Curator Name");
            ObjectNode wrapper = item.putObject("itemV2").put("__typename", "TrackResponseWrapper");
            ObjectNode data = wrapper.putObject("data").put("__typename", "Track")
                    .put("uri", "spotify:track:" + trackId(position)).put("name", trackName(position));
            if (playcount(position) != null) {
                data.put("playcount", String.valueOf(playcount(position)));
            }
            data.put("trackNumber", position % 12 + 1).put("discNumber", 1);
            data.putObject("trackDuration").put("totalMilliseconds", durationMs(position));
            ObjectNode album = data.putObject("albumOfTrack").put("uri", "spotify:album:al" + position)
                    .put("name", albumName(position));
            album.putObject("coverArt").putArray("sources");
            ArrayNode artists = data.putObject("artists").putArray("items");
            for (String[] artist : artists(position)) {
                artists.addObject().put("uri", "spotify:artist:" + artist[0]).putObject("profile")
                        .put("name", artist[1]);
            }
            data.putObject("contentRating").put("label", position % 5 == 0 ? "EXPLICIT" : "NONE");
            data.putObject("playability").put("playable", true);
        }
        return root;
    }

    /** What a redesign could look like: other names everywhere; the page still renders it, we must not read it. */
    private ObjectNode changedShape(ObjectNode root, boolean first, int offset, int end) {
        ObjectNode playlist = root.putObject("data").putObject("playlistV3");
        if (first) {
            playlist.put("title", name());
        }
        ObjectNode tracks = playlist.putObject("tracks").put("total", total);
        ArrayNode items = tracks.putArray("items");
        for (int index = offset; index < end; index++) {
            int position = index + 1;
            ObjectNode track = items.addObject().putObject("item").put("id", trackId(position))
                    .put("title", trackName(position)).put("durationMs", durationMs(position));
            track.putObject("album").put("title", albumName(position));
            ArrayNode artists = track.putArray("artists");
            for (String[] artist : artists(position)) {
                artists.addObject().put("id", artist[0]).put("name", artist[1]);
            }
        }
        return root;
    }
}
