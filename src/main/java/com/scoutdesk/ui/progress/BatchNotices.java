package com.scoutdesk.ui.progress;

import com.scoutdesk.ui.common.Formats;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Notice;

/** The notice that ends a batch of enrichment: how many tracks, how many runs failed, and a link to the activity. */
public final class BatchNotices {

    private BatchNotices() {
    }

    /** @param showActivity opens the Activity page, where each failure is listed with its message */
    public static Notice of(BatchSummary summary, Runnable showActivity) {
        String tracks = Formats.count(summary.tracks());
        if (summary.failedRuns() == 0) {
            return Notice.done(I18n.tr("notice.enrichment.done.title"),
                    I18n.tr("notice.enrichment.done", tracks, summary.tracks()),
                    I18n.tr("notice.showActivity"), showActivity);
        }
        return Notice.failed(I18n.tr("notice.enrichment.failures.title"),
                I18n.tr("notice.enrichment.failures", tracks, summary.tracks(), Formats.count(summary.failedRuns()),
                        summary.failedRuns()),
                I18n.tr("notice.showActivity"), showActivity);
    }
}
