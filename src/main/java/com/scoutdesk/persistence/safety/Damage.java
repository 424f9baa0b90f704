package com.scoutdesk.persistence.safety;

import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.ErrorCode;
import org.h2.mvstore.MVStoreException;

/** Tells a damaged database file from other reasons a workspace does not open, and words a cause for a person. */
public final class Damage {

    /** Why a file that H2 would have opened as a new, empty database (its contents not found) counts as damaged. */
    static final String NO_DATABASE_FOUND = "no database could be found in the file (H2 would have started it empty)";

    private Damage() {
    }

    /** True when H2 says the file itself is corrupt, as opposed to locked, missing, full or misconfigured. */
    public static boolean isDamagedFile(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MVStoreException) {
                return true;
            }
            if (t instanceof SQLException sql && (sql.getErrorCode() == ErrorCode.FILE_CORRUPTED_1
                    || (sql.getErrorCode() == ErrorCode.GENERAL_ERROR_1 && String.valueOf(sql.getMessage())
                            .contains("MVStoreException")))) {
                return true;
            }
        }
        return false;
    }

    /** True when a write failed because the disk (or the user's quota) is full. */
    public static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("no space left") || m.contains("disk full") || m.contains("not enough space")
                    || m.contains("quota exceeded")) {
                return true;
            }
        }
        return false;
    }

    /**
     * What is wrong with a damaged file, in words for a scout; H2's own detail (block lists, chunk numbers) goes to
     * the log and RECOVERY.txt, not to the person.
     */
    public static String plainCause(Throwable e) {
        String detail = describe(e);
        if (detail.startsWith("after an unclean exit")) {
            return "it was not closed cleanly last time, and then " + detail.substring("after an unclean exit, "
                    .length());
        }
        if (detail.equals(NO_DATABASE_FOUND)) {
            return "no database could be found in it";
        }
        if (detail.contains("Double mark")) {
            return "two parts of the file claim the same place in it";
        }
        if (detail.contains("header")) {
            return "the file's header cannot be read";
        }
        if (detail.toLowerCase(Locale.ROOT).contains("corrupt")) {
            return "a part of the file cannot be read";
        }
        return "parts of the file cannot be read";
    }

    /** The innermost message, without exception class names or H2's "[90030-232]" codes. */
    public static String describe(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? "no detail" : t.getMessage();
        m = m.replaceAll("\\s*\\[\\d+-\\d+]", "").replaceAll("\\s*\\[[\\d.]+/\\d+]", "")
                .replaceAll("(?:[a-z]+\\.)+[A-Z]\\w*(?:Exception|Error):\\s*", "").trim();
        int newline = m.indexOf('\n');
        return newline > 0 ? m.substring(0, newline) : m;
    }
}
