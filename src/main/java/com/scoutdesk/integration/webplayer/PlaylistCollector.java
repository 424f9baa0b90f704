package com.scoutdesk.integration.webplayer;

import com.scoutdesk.model.FetchMethod;
import com.scoutdesk.model.fetch.FetchedItem;
import com.scoutdesk.model.fetch.FetchedPlaylist;
import com.scoutdesk.model.fetch.FetchedTrack;
import com.scoutdesk.model.fetch.PlaylistMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers a playlist from both the captured JSON and the DOM rows, keyed by position so that a page loaded twice or
 * a row seen in many snapshots counts once. JSON wins; DOM rows fill positions the JSON lacks, but only when the two
 * agree wherever both saw a track, so a DOM whose numbering drifted cannot corrupt the result.
 */
final class PlaylistCollector {

    private static final Logger LOG = LoggerFactory.getLogger(PlaylistCollector.class);

    private final String playlistId;
    private final Map<Integer, PlaylistChunk.Item> jsonItems = new TreeMap<>();
    private final Map<Integer, DomSnapshot.Row> domRows = new TreeMap<>();
    private final NavigableSet<Integer> covered = new TreeSet<>();
    private PlaylistMetadata jsonHeader;
    private Integer jsonTotal;
    private boolean sawJson;
    private Integer domTotal;
    private String domTitle;
    private String domCuratorName;
    private String domCuratorId;
    private boolean warnedOfDisagreement;

    PlaylistCollector(String playlistId) {
        this.playlistId = playlistId;
    }

    /** Adds a response's items; returns how many positions were new. */
    int add(PlaylistChunk chunk) {
        sawJson = true;
        if (chunk.header() != null && jsonHeader == null) {
            jsonHeader = chunk.header();
        }
        if (chunk.totalCount() != null) {
            jsonTotal = chunk.totalCount();
        }
        int before = covered.size();
        for (PlaylistChunk.Item item : chunk.items()) {
            jsonItems.putIfAbsent(item.position(), item);
            covered.add(item.position());
        }
        return covered.size() - before;
    }

    /** Adds the rows on screen; returns how many positions were new. */
    int add(DomSnapshot snapshot) {
        domTotal = snapshot.expectedTotal() != null ? snapshot.expectedTotal() : domTotal;
        domTitle = snapshot.title() != null ? snapshot.title() : domTitle;
        domCuratorName = snapshot.curatorName() != null ? snapshot.curatorName() : domCuratorName;
        domCuratorId = snapshot.curatorId() != null ? snapshot.curatorId() : domCuratorId;
        int before = covered.size();
        for (DomSnapshot.Row row : snapshot.rows()) {
            domRows.putIfAbsent(row.position(), row);
            covered.add(row.position());
        }
        return covered.size() - before;
    }

    /** How many items the playlist has, as the JSON (or else the grid) says; -1 when neither said. */
    int expectedTotal() {
        return jsonTotal != null ? jsonTotal : domTotal != null ? domTotal : -1;
    }

    boolean isComplete() {
        int expected = expectedTotal();
        return expected == 0 || expected > 0 && covered.subSet(1, true, expected, true).size() == expected;
    }

    /** Whether anything at all was read: a recognised response, a row, or a grid that says how long it is. */
    boolean hasAnything() {
        return sawJson || !domRows.isEmpty() || domTotal != null;
    }

    int jsonCount() {
        return jsonItems.size();
    }

    int domCount() {
        return domRows.size();
    }

    FetchedPlaylist assemble() {
        TreeMap<Integer, FetchedItem> items = new TreeMap<>();
        int unavailable = 0;
        int local = 0;
        for (PlaylistChunk.Item item : jsonItems.values()) {
            switch (item.kind()) {
                case TRACK -> items.put(item.position(), new FetchedItem(item.position(), item.track(),
                        item.addedAt()));
                case LOCAL -> local++;
                default -> unavailable++;
            }
        }
        if (!rowsDisagreeWithData()) {
            for (DomSnapshot.Row row : domRows.values()) {
                if (!jsonItems.containsKey(row.position())) {
                    items.put(row.position(), new FetchedItem(row.position(), new FetchedTrack(row.trackId(),
                            row.title(), row.artists(), row.album(), null, row.durationMs(), null, null, null), null));
                }
            }
        }
        int expected = expectedTotal();
        NavigableSet<Integer> read = new TreeSet<>(items.keySet());
        read.addAll(jsonItems.keySet());
        boolean complete = expected == 0 || expected > 0 && read.subSet(1, true, expected, true).size() == expected;
        return new FetchedPlaylist(metadata(expected), new ArrayList<>(items.values()), expected, unavailable, local,
                complete, FetchMethod.WEB_PLAYER);
    }

    /** Whether the rows on screen named other tracks than the data at the same positions, so rows are not used. */
    boolean rowsDisagreeWithData() {
        List<Integer> disagreeing = new ArrayList<>();
        for (DomSnapshot.Row row : domRows.values()) {
            PlaylistChunk.Item item = jsonItems.get(row.position());
            if (item != null && item.track() != null && !item.track().spotifyId().equals(row.trackId())) {
                disagreeing.add(row.position());
            }
        }
        if (!disagreeing.isEmpty() && !warnedOfDisagreement) {
            warnedOfDisagreement = true;
            LOG.warn("Playlist {}: the page's rows disagree with its data at positions {}; rows not used", playlistId,
                    disagreeing.subList(0, Math.min(5, disagreeing.size())));
        }
        return !disagreeing.isEmpty();
    }

    private PlaylistMetadata metadata(int expected) {
        PlaylistMetadata json = jsonHeader != null ? jsonHeader
                : new PlaylistMetadata(playlistId, null, null, null, null, null, null, null);
        return new PlaylistMetadata(playlistId, either(json.name(), domTitle),
                either(json.ownerName(), domCuratorName),
                either(json.ownerId(), domCuratorId), json.followers(),
                expected >= 0 ? Integer.valueOf(expected) : null, json.imageUrl(), json.description());
    }

    private static String either(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }
}
