package com.scoutdesk.integration.webplayer;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.model.fetch.FetchedItem;
import com.scoutdesk.model.fetch.FetchedPlaylist;
import com.scoutdesk.model.fetch.FetchedTrack;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How data answers and DOM rows are merged by position, and when a result counts as complete. */
class PlaylistCollectorTest {

    private static final String ID = "37i9dQZF1DXcBWIGoYBM5M";

    @Test
    void rowsFillPositionsTheDataLacksWhenBothAgree() {
        PlaylistCollector collector = new PlaylistCollector(ID);
        collector.add(chunk(4, item(1, "a"), item(2, "b")));
        collector.add(snapshot(null, row(2, "b"), row(3, "c"), row(4, "d")));

        FetchedPlaylist playlist = collector.assemble();

        assertThat(playlist.complete()).isTrue();
        assertThat(playlist.items()).extracting(i -> i.track().spotifyId()).containsExactly("a", "b", "c", "d");
        assertThat(playlist.items().get(1).addedAt()).as("position 2 kept from the data").isNotNull();
        assertThat(playlist.items().get(2).addedAt()).as("position 3 from a row").isNull();
    }

    @Test
    void rowsThatDisagreeWithTheDataAreNotUsed() {
        PlaylistCollector collector = new PlaylistCollector(ID);
        collector.add(chunk(3, item(1, "a"), item(2, "b")));
        collector.add(snapshot(null, row(1, "b"), row(2, "c"), row(3, "d")));

        FetchedPlaylist playlist = collector.assemble();

        assertThat(playlist.complete()).isFalse();
        assertThat(playlist.readCount()).isEqualTo(2);
        assertThat(playlist.items()).extracting(i -> i.track().spotifyId()).containsExactly("a", "b");
    }

    @Test
    void theSameItemSeenTwiceCountsOnce() {
        PlaylistCollector collector = new PlaylistCollector(ID);
        collector.add(chunk(2, item(1, "a"), item(2, "b")));
        collector.add(chunk(2, item(1, "a"), item(2, "b")));
        collector.add(snapshot(3, row(1, "a")));
        collector.add(snapshot(3, row(1, "a")));

        FetchedPlaylist playlist = collector.assemble();

        assertThat(playlist.items()).extracting(FetchedItem::position).containsExactly(1, 2);
        assertThat(playlist.expectedTotal()).as("the data's total wins over the grid's").isEqualTo(2);
        assertThat(playlist.complete()).isTrue();
    }

    @Test
    void skippedItemsCountTowardsCompleteness() {
        PlaylistCollector collector = new PlaylistCollector(ID);
        collector.add(chunk(3, item(1, "a"), new PlaylistChunk.Item(2, PlaylistChunk.Kind.LOCAL, null, null),
                new PlaylistChunk.Item(3, PlaylistChunk.Kind.UNAVAILABLE, null, null)));

        FetchedPlaylist playlist = collector.assemble();

        assertThat(playlist.complete()).isTrue();
        assertThat(playlist.items()).hasSize(1);
        assertThat(playlist.skippedLocal()).isEqualTo(1);
        assertThat(playlist.skippedUnavailable()).isEqualTo(1);
        assertThat(playlist.readCount()).isEqualTo(3);
    }

    @Test
    void withoutAnyTotalNothingIsComplete() {
        PlaylistCollector collector = new PlaylistCollector(ID);
        collector.add(snapshot(null, row(1, "a")));

        FetchedPlaylist playlist = collector.assemble();

        assertThat(playlist.expectedTotal()).isEqualTo(-1);
        assertThat(playlist.complete()).isFalse();
        assertThat(playlist.metadata().totalTracks()).isNull();
    }

    @Test
    void anEmptyPlaylistIsComplete() {
        PlaylistCollector collector = new PlaylistCollector(ID);
        collector.add(chunk(0));

        assertThat(collector.isComplete()).isTrue();
        assertThat(collector.assemble().complete()).isTrue();
    }

    private static PlaylistChunk chunk(int total, PlaylistChunk.Item... items) {
        return new PlaylistChunk(false, null, total, List.of(items));
    }

    private static PlaylistChunk.Item item(int position, String id) {
        return new PlaylistChunk.Item(position, PlaylistChunk.Kind.TRACK,
                new FetchedTrack(id, "Song " + id, List.of(), null, null, null, null, null, 5L),
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static DomSnapshot.Row row(int position, String id) {
        return new DomSnapshot.Row(position, id, "Song " + id, List.of(), null, null);
    }

    private static DomSnapshot snapshot(Integer expected, DomSnapshot.Row... rows) {
        return new DomSnapshot(List.of(rows), 0, expected, new DomSnapshot.Scroll("main", 0, 900, 900, false, 0, 0),
                0, "Title", null, null, false, null);
    }
}
