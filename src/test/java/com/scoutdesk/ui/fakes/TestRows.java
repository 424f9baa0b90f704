package com.scoutdesk.ui.fakes;

import com.scoutdesk.model.FetchMethod;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.PlaylistStatus;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.service.ActivityEntry;
import com.scoutdesk.service.PlaylistSummary;
import com.scoutdesk.service.TagLabel;
import com.scoutdesk.service.TierState;
import com.scoutdesk.service.TrackRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Made-up rows for the fakes: deterministic, so tests can assert exact values. */
public final class TestRows {

    public static final Instant BASE = Instant.parse("2026-11-20T09:00:00Z");

    private static final String[] TITLES = {"Neon Harbour", "Paper Lanterns", "Glass Tides", "Midnight Orchard",
        "Static Bloom", "Velvet Engine", "Northern Wires", "Salt & Honey", "Low Orbit", "Cinder Road"};
    private static final String[] ARTISTS = {"Mira Vale", "The Quiet Parade", "Jonah Reyes", "Lumen Drive",
        "Ava Kettle", "Small Hours", "Kofi Aren", "Tessa Bright"};
    private static final String[] LABELS = {"Self-released", "Harbour Records", "Bright Lane", "DistroKid"};

    private TestRows() {
    }

    public static TrackRow track(long id, String name, String artists, Double score, PublisherStatus publisher,
                                 String isrc, Long streams) {
        return new TrackRow(id, "sp" + id, name, artists, name + " (Single)", isrc, "Self-released", "2026-11-14",
                streams, score, publisher, publisher == PublisherStatus.HAS_PUBLISHER ? "Kobalt" : null,
                LeadStage.NEW, BASE.minusSeconds(86_400L * id));
    }

    /** {@code count} varied rows: every fifth unscored, publisher status cycling, some without ISRC. */
    public static List<TrackRow> many(int count) {
        List<TrackRow> rows = new ArrayList<>();
        // The three statuses the dashboard's figures were worked out with, whatever statuses The MLC tier adds.
        PublisherStatus[] statuses = {PublisherStatus.UNKNOWN, PublisherStatus.HAS_PUBLISHER,
            PublisherStatus.NO_PUBLISHER};
        LeadStage[] stages = LeadStage.values();
        for (int i = 1; i <= count; i++) {
            String title = TITLES[i % TITLES.length] + (i > TITLES.length ? " " + (i / TITLES.length + 1) : "");
            String artists = ARTISTS[i % ARTISTS.length] + (i % 3 == 0 ? ", " + ARTISTS[(i + 3) % ARTISTS.length] : "");
            Double score = i % 5 == 0 ? null : (i * 37 % 100) / 10.0;
            PublisherStatus publisher = statuses[i % statuses.length];
            rows.add(new TrackRow(i, "sp" + i, title, artists, title, i % 4 == 0 ? null : "GBXYZ26" + (10000 + i),
                    LABELS[i % LABELS.length], "2026-11-14", 1_000L * (i * 7919 % 997) + i * 13L, score, publisher,
                    publisher == PublisherStatus.HAS_PUBLISHER ? "Kobalt Music" : null, stages[i % stages.length],
                    BASE.minusSeconds(3_600L * i)));
        }
        return rows;
    }

    /**
     * {@link #many} with the triage columns filled: every seventh row without a weekly snapshot (no WoW), growth
     * otherwise between -40% and +60%, tier states cycling through every state (tier 6 missing on every third row:
     * "not queued"), every eleventh row never enriched, tags as {@link #tags} gives them.
     */
    public static List<TrackRow> leads(int count) {
        List<TrackRow> rows = new ArrayList<>();
        TierState.State[] states = TierState.State.values();
        for (TrackRow r : many(count)) {
            long i = r.id();
            Double wow = i % 7 == 0 ? null : ((i * 53) % 1000) / 10.0 - 40.0;
            Instant enriched = i % 11 == 0 ? null : BASE.minusSeconds(i * 2_700L);
            Map<Integer, TierState.State> tiers = new HashMap<>();
            for (int tier = 0; tier <= 6; tier++) {
                if (tier == 6 && i % 3 == 0) {
                    continue;
                }
                tiers.put(tier, tier < 2 ? TierState.State.DONE : states[(int) ((i + tier) % states.length)]);
            }
            rows.add(new TrackRow(r.id(), r.spotifyId(), r.name(), r.artistNames(), r.albumName(), r.isrc(),
                    r.label(), r.releaseDate(), r.spotifyStreams(), r.unsignedScore(), r.publisherStatus(),
                    r.publisherName(), r.leadStage(), r.firstSeenAt(), "https://i.scdn.co/image/" + i, wow, enriched,
                    tiers, tags(i)));
        }
        return rows;
    }

    /** Every sixth row three tags (two chips and "+1"), every fourth other row one coloured tag, the rest none. */
    public static List<TagLabel> tags(long i) {
        if (i % 6 == 0) {
            return List.of(new TagLabel("follow up", null), new TagLabel("hot", "#c62828"),
                    new TagLabel("label call", "#ffeb3b"));
        }
        return i % 4 == 0 ? List.of(new TagLabel("demo", "#1565c0")) : List.of();
    }

    public static List<PlaylistSummary> playlists() {
        return List.of(
                new PlaylistSummary(1, "37i9dQZF1DX4JAvHpjipBk", "New Music Friday", "Spotify", true, 3_912_004L,
                        12, 100, BASE, PlaylistStatus.ACTIVE, 100, 100, null, FetchMethod.WEB_API,
                        "https://i.scdn.co/image/new-music-friday"),
                new PlaylistSummary(2, "37i9dQZF1DWWjGdmeTyeJ6", "Fresh Finds", "Spotify", true, 812_331L,
                        12, 60, BASE.minusSeconds(86_400), PlaylistStatus.RESTRICTED, 0, null,
                        "Playlist is restricted in this region.", null, null),
                new PlaylistSummary(3, "5xS3Gi0fA3Uo6RScucyct6", "Bedroom Pop Gems", "indie.curator", false, null,
                        3, 45, null, PlaylistStatus.ERROR, 45, 60, "the web player changed: fetched 45 of 60",
                        FetchMethod.WEB_PLAYER, null));
    }

    /**
     * Four lines of the activity log: a playlist fetch about "Fresh Finds" (id 2), the sample loaded, a failed MLC
     * answer and a stage move about track 27 ("Salt & Honey 3" in {@link #many}), the move with a long message.
     */
    public static List<ActivityEntry> activity() {
        return List.of(
                new ActivityEntry(1, BASE.minusSeconds(7_200), "tracking", "playlist.fetched", null, null, 2L,
                        "Fresh Finds", null, "complete", "Fetched Fresh Finds (60 tracks)"),
                new ActivityEntry(2, BASE, "user", "workspace.sample", null, null, null, null, null, "ok",
                        "Loaded the sample workspace"),
                new ActivityEntry(3, BASE.minusSeconds(3_600), "enrichment", "tier.3", 27L, "Salt & Honey 3", null,
                        null, 3, "failed", "MLC rate-limited"),
                new ActivityEntry(4, BASE.minusSeconds(5_400), "scout", "lead.stage", 27L, "Salt & Honey 3", null,
                        null, null, "watching", "Salt & Honey 3: stage New \u2192 Watching, after a call with the "
                        + "manager, who says the publishing is still open and the writer wants to meet in January. "
                        + "Send the split sheet and the demo folder before the meeting, and ask who else has called."));
    }
}
