package com.scoutdesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.service.TrackFilter;
import com.scoutdesk.service.TrackRow;
import com.scoutdesk.service.TrackSort;
import com.scoutdesk.ui.fakes.FakeTrackQueryService;
import com.scoutdesk.ui.fakes.ManualTaskExecutor;
import com.scoutdesk.ui.fakes.TestRows;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** The table's windows read again in place after tracks changed under them (enrichment, a stage move). */
class TrackWindowsTest {

    private final FakeTrackQueryService tracks = new FakeTrackQueryService(TestRows.many(1_000));
    private final ManualTaskExecutor executor = new ManualTaskExecutor();
    private final TrackWindows windows = new TrackWindows(tracks, executor, error -> {
        throw new AssertionError(error);
    });

    @Test
    void aRefreshKeepsTheRowsInSightUntilTheirWindowIsReadAgainAndAnnouncesOnlyTheWindowsHeld() {
        windows.reset(TrackFilter.all(), TrackSort.DEFAULT, tracks.find(TrackFilter.all(), TrackSort.DEFAULT, 0, 200));
        windows.get(450);
        executor.runAll();
        TrackRow before = windows.get(450);
        assertThat(before).isNotNull();

        tracks.rows.replaceAll(r -> r.id() == before.id() || r.id() == windows.get(5).id() ? renamed(r) : r);
        List<int[]> replaced = new ArrayList<>();
        windows.addListener((ListChangeListener<TrackRow>) change -> {
            while (change.next()) {
                replaced.add(new int[] {change.getFrom(), change.getTo()});
            }
        });
        windows.refresh(tracks.find(TrackFilter.all(), TrackSort.DEFAULT, 0, 200));

        assertThat(replaced).as("the first window and the window held around row 450, not all 1,000 rows")
                .containsExactly(new int[] {0, 200}, new int[] {400, 600});
        assertThat(windows.get(5).name()).as("the first window came with the refresh").endsWith("(renamed)");
        assertThat(windows.get(450)).as("shown until its window is read again").isEqualTo(before);
        executor.runAll();
        assertThat(windows.get(450).name()).endsWith("(renamed)");
        assertThat(windows.size()).isEqualTo(1_000);
    }

    @Test
    void aRefreshWithFewerTracksRemovesTheTail() {
        windows.reset(TrackFilter.all(), TrackSort.DEFAULT, tracks.find(TrackFilter.all(), TrackSort.DEFAULT, 0, 200));
        tracks.rows.removeIf(r -> r.id() % 2 == 0);

        windows.refresh(tracks.find(TrackFilter.all(), TrackSort.DEFAULT, 0, 200));

        assertThat(windows.size()).isEqualTo(500);
        assertThat(windows.get(0).id() % 2).isEqualTo(1);
    }

    private static TrackRow renamed(TrackRow r) {
        return new TrackRow(r.id(), r.spotifyId(), r.name() + " (renamed)", r.artistNames(), r.albumName(), r.isrc(),
                r.label(), r.releaseDate(), r.spotifyStreams(), r.unsignedScore(), r.publisherStatus(),
                r.publisherName(), r.leadStage(), r.firstSeenAt(), r.imageUrl(), r.wowStreamsPct(),
                r.lastEnrichedAt(), r.tiers());
    }
}
