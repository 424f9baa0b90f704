package com.scoutdesk.persistence.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Words a full disk for a person: where, how much is free, and what to do. */
public final class DiskSpace {

    private DiskSpace() {
    }

    public static String fullMessage(Path where, String doing) {
        return "The disk is full: " + freeMegabytes(where) + " MB free at " + where + ", not enough for " + doing
                + ". Free some space (ScoutDesk needs about twice the size of scoutdesk.mv.db) and try again; "
                + "anything left half-done is put right then.";
    }

    static long freeMegabytes(Path where) {
        for (Path p = where.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                try {
                    return Files.getFileStore(p).getUsableSpace() / (1024 * 1024);
                } catch (IOException e) {
                    return 0;
                }
            }
        }
        return 0;
    }
}
