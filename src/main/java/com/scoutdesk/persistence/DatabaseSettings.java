package com.scoutdesk.persistence;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the workspace database lives. The default is an embedded H2 file; a team can point the same code and
 * migrations at a PostgreSQL server instead.
 *
 * @param password never logged; {@link #toString()} masks it
 */
public record DatabaseSettings(String jdbcUrl, String user, String password) {

    /** The options every embedded workspace database is opened with; see {@link #h2File}. */
    public static final String H2_OPTIONS = "DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;MAX_COMPACT_TIME=0;CACHE_SIZE=65536";

    public DatabaseSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /** The embedded H2 database of a workspace folder. */
    public static DatabaseSettings h2File(Path workspaceDir) {
        Path file = workspaceDir.toAbsolutePath().resolve("scoutdesk");
        // retry: H2 reopens its file channel when an interrupt closed it (MVStore is not interrupt-safe otherwise).
        // DB_CLOSE_ON_EXIT=FALSE: the application closes it (AppContext, also on SIGTERM), not H2's own hook.
        // WRITE_DELAY=0: no background writer. H2's background store snapshots its maps one by one while a
        // transaction writes, so a kill can leave rows of an uncommitted transaction behind (ADR 0013). With 0,
        // H2 stores in the writing thread and at each commit, and a commit that returned survives a crash.
        // MAX_COMPACT_TIME=0: no chunk moves when the database closes. H2 2.3.232 can move a chunk on top of a live
        // one there, and the next open fails with "Double mark" (ADR 0017); compaction copies instead (Compaction).
        // CACHE_SIZE=65536: 64 MB of read pages instead of H2's 16. A 20,000-track workspace's tracks, weekly entries
        // and tier runs do not fit in 16 MB, so each dashboard query read and decoded again the pages the one before
        // had pushed out (bench ui: 91 to 57 ms a filter query, README "UI benchmark").
        return new DatabaseSettings("jdbc:h2:retry:" + file + ";" + H2_OPTIONS, "sa", "");
    }

    public boolean isEmbeddedH2() {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + JdbcUrls.redact(jdbcUrl) + ", user=" + user + ", password="
                + (password.isEmpty() ? "" : "****")
                + "]";
    }
}
