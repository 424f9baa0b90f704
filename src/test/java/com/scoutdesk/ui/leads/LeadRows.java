package com.scoutdesk.ui.leads;

import com.scoutdesk.model.LeadStage;
import com.scoutdesk.service.TrackRow;
import com.scoutdesk.ui.fakes.FakeTrackQueryService;
import com.scoutdesk.ui.fakes.TestRows;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Rows for the lead views' tests, and a stage writer that moves them in the fake query service. */
final class LeadRows {

    private LeadRows() {
    }

    /**
     * {@link TestRows#many} with week-over-week growth on two rows in three (every third has no previous week), and
     * the tags of {@link TestRows#tags}.
     */
    static List<TrackRow> withGrowth(int count) {
        List<TrackRow> rows = new ArrayList<>();
        for (TrackRow r : TestRows.many(count)) {
            Double wow = r.id() % 3 == 0 ? null : ((r.id() * 53) % 400 - 150) / 10.0;
            rows.add(new TrackRow(r.id(), r.spotifyId(), r.name(), r.artistNames(), r.albumName(), r.isrc(),
                    r.label(), r.releaseDate(), r.spotifyStreams(), r.unsignedScore(), r.publisherStatus(),
                    r.publisherName(), r.leadStage(), r.firstSeenAt(), null, wow, null, Map.of(), TestRows.tags(r.id())));
        }
        return rows;
    }

    static TrackRow withStage(TrackRow r, LeadStage stage) {
        return new TrackRow(r.id(), r.spotifyId(), r.name(), r.artistNames(), r.albumName(), r.isrc(), r.label(),
                r.releaseDate(), r.spotifyStreams(), r.unsignedScore(), r.publisherStatus(), r.publisherName(), stage,
                r.firstSeenAt(), r.imageUrl(), r.wowStreamsPct(), r.lastEnrichedAt(), r.tiers(), r.tags());
    }

    /** Records every write and moves the row in the fake, as the database would. */
    static final class FakeStageWriter implements StageWriter {
        record Call(long trackId, LeadStage stage) {
        }

        final List<Call> calls = new CopyOnWriteArrayList<>();
        private final FakeTrackQueryService tracks;

        FakeStageWriter(FakeTrackQueryService tracks) {
            this.tracks = tracks;
        }

        @Override
        public LeadStage setStage(long trackId, LeadStage stage) {
            calls.add(new Call(trackId, stage));
            LeadStage before = tracks.rows.stream().filter(r -> r.id() == trackId).findFirst()
                    .map(TrackRow::leadStage).orElseThrow();
            tracks.rows.replaceAll(r -> r.id() == trackId ? withStage(r, stage) : r);
            return before;
        }
    }
}
