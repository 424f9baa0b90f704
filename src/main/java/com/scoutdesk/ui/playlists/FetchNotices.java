package com.scoutdesk.ui.playlists;

import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Notice;
import java.util.List;

/** The notice that ends a fetch of one or more playlists: each playlist's line, and a link to the Playlists page. */
final class FetchNotices {

    private FetchNotices() {
    }

    /** @param lines one per playlist, as the page shows them */
    static Notice of(List<String> lines, boolean anyFailed, Runnable showPlaylists) {
        String text = String.join("\n", lines);
        return anyFailed
                ? Notice.failed(I18n.tr("notice.fetch.failures.title"), text, I18n.tr("notice.showPlaylists"),
                        showPlaylists)
                : Notice.done(I18n.tr("notice.fetch.done.title"), text, I18n.tr("notice.showPlaylists"),
                        showPlaylists);
    }
}
