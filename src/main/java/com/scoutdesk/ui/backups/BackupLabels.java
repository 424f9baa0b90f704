package com.scoutdesk.ui.backups;

import com.scoutdesk.ui.common.I18n;
import java.util.Locale;

/** A backup's reason and size in words. */
final class BackupLabels {

    private BackupLabels() {
    }

    /** "daily" as "Daily, when the workspace opened", "before-v7" as "Before the update to version 7", and so on. */
    static String reason(String reason) {
        if (reason.startsWith("before-v")) {
            return I18n.tr("backups.reason.update", reason.substring("before-v".length()));
        }
        return switch (reason) {
            case "daily" -> I18n.tr("backups.reason.daily");
            case "manual" -> I18n.tr("backups.reason.manual");
            case "before-restore" -> I18n.tr("backups.reason.restore");
            default -> reason;
        };
    }

    static String size(long bytes) {
        return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%d KB", Math.max(1, bytes / 1024))
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
