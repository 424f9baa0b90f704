package com.scoutdesk.ui.playlists;

import com.scoutdesk.model.FetchMethod;
import com.scoutdesk.model.FetchOutcome;
import com.scoutdesk.service.FetchReport;
import com.scoutdesk.service.NotFoundException;
import com.scoutdesk.service.Requeued;
import com.scoutdesk.service.SourceUnavailableException;
import com.scoutdesk.ui.common.ErrorMessages;
import com.scoutdesk.ui.common.Formats;
import com.scoutdesk.ui.common.I18n;

/** The one line the page shows for what an action on a playlist did or why it failed. */
final class PlaylistOutcomes {

    private PlaylistOutcomes() {
    }

    static String fetched(String name, FetchReport report) {
        String line = I18n.tr("playlists.result.fetch." + report.outcome().name(), name,
                Formats.count((long) report.itemsRead()), counted(report.expected()), counted(report.added()),
                counted(report.dropped()));
        // A failed or partial fetch says what went wrong and what happens next; a complete one needs no more.
        return report.outcome() == FetchOutcome.COMPLETE || blank(report.message()) ? line
                : line + " " + report.message();
    }

    static String refreshed(String name) {
        return I18n.tr("playlists.result.refreshed", name);
    }

    static String enriched(String name, Requeued queued) {
        return I18n.tr("playlists.result.enriched", name, Formats.count((long) queued.tracks()),
                Formats.count((long) queued.runs()));
    }

    /** Offline or rate limited, gone, or anything else: each read differently, since each asks something else. */
    static String failed(String name, Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof SourceUnavailableException) {
            return I18n.tr("playlists.error.unavailable", name, ErrorMessages.of(cause));
        }
        if (cause instanceof NotFoundException) {
            return I18n.tr("playlists.error.notFound", name);
        }
        return I18n.tr("playlists.error.other", name, ErrorMessages.of(cause));
    }

    /** API, web player, import: where the latest fetch came from. */
    static String source(FetchMethod method) {
        return method == null ? Formats.NONE : I18n.tr("playlists.source." + method.name());
    }

    private static String counted(Integer value) {
        return value == null ? "?" : Formats.count((long) value);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while (current.getCause() != null && !(current instanceof com.scoutdesk.service.UseCaseException)) {
            current = current.getCause();
        }
        return current;
    }
}
