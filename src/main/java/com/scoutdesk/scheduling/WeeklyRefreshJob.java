package com.scoutdesk.scheduling;

import com.scoutdesk.model.FetchOutcome;
import com.scoutdesk.tracking.FetchResult;
import com.scoutdesk.tracking.TrackingService;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The weekly refresh: every playlist with auto-fetch on, fetched into the new week. */
public final class WeeklyRefreshJob implements Job {

    public static final String ID = "weekly-refresh";
    private static final Logger LOG = LoggerFactory.getLogger(WeeklyRefreshJob.class);

    private final TrackingService tracking;

    public WeeklyRefreshJob(TrackingService tracking) {
        this.tracking = tracking;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void run() {
        List<FetchResult> results = tracking.fetchAll(true);
        long failed = results.stream().filter(r -> r.outcome() == FetchOutcome.FAILED).count();
        LOG.info("Weekly refresh: {} playlists fetched, {} failed", results.size() - failed, failed);
    }
}
