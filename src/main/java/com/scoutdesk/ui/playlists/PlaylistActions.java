package com.scoutdesk.ui.playlists;

import com.scoutdesk.service.FetchHistoryEntry;
import com.scoutdesk.service.FetchReport;
import com.scoutdesk.service.Requeued;
import com.scoutdesk.service.Services;
import com.scoutdesk.service.TrackFilter;
import com.scoutdesk.service.TrackSort;
import java.util.List;

/**
 * What the Playlists page asks of the use cases, one playlist at a time. A seam of its own so the view model is
 * tested without a workspace: {@link com.scoutdesk.service.PlaylistService} and the enrichment service are final
 * classes over a database. Every method blocks; the view model calls them on the task executor only.
 */
public interface PlaylistActions {

    /** Fetches the playlist into the current week; a failed fetch comes back as a report, not an exception. */
    FetchReport fetch(long playlistId);

    /** Reads the playlist's name, curator, followers and size again; its new name. */
    String refreshMetadata(long playlistId);

    /** Queues the playlist's tracks for enrichment again, in every tier that can run now. */
    Requeued enrich(long playlistId);

    /** How many enrichment runs of the playlist's tracks are due now, in the tiers this configuration can run. */
    int enrichmentDue(long playlistId);

    /** Stops tracking the playlist and deletes its weekly entries; how many tracks went with it. */
    int delete(long playlistId);

    /** The playlist's fetches, newest first. */
    List<FetchHistoryEntry> history(long playlistId);

    /** The ids of the tracks that appeared on the playlist, for an export of it. */
    List<Long> trackIds(long playlistId);

    /** The window's actions, over the services the composition root built. */
    static PlaylistActions of(Services services) {
        return new PlaylistActions() {
            @Override
            public FetchReport fetch(long playlistId) {
                return services.playlists().fetch(playlistId);
            }

            @Override
            public String refreshMetadata(long playlistId) {
                return services.playlists().refreshMetadata(playlistId);
            }

            @Override
            public Requeued enrich(long playlistId) {
                var enrichment = services.enrichment();
                return enrichment.queueAgain(enrichment.playlistScope(playlistId, enrichment.runnableTiers()));
            }

            @Override
            public int enrichmentDue(long playlistId) {
                var enrichment = services.enrichment();
                var scope = enrichment.playlistScope(playlistId, enrichment.runnableTiers());
                return enrichment.runnableTiers().stream().mapToInt(tier -> enrichment.dueCount(tier, scope)).sum();
            }

            @Override
            public int delete(long playlistId) {
                return services.playlists().delete(playlistId);
            }

            @Override
            public List<FetchHistoryEntry> history(long playlistId) {
                return services.playlists().history(playlistId);
            }

            @Override
            public List<Long> trackIds(long playlistId) {
                return services.tracks().ids(TrackFilter.all().withPlaylist(playlistId), TrackSort.DEFAULT);
            }
        };
    }
}
