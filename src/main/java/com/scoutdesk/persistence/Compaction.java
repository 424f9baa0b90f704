package com.scoutdesk.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps an embedded workspace file from growing without end. The workspace opens with {@code MAX_COMPACT_TIME=0},
 * which turns off H2's compaction in place when it closes (in H2 2.3.232 that compaction can move a chunk on top of
 * a live one, ADR 0017). Without it the dead space of old versions is never given back: 300 open-write-close cycles
 * grew a 3 MB workspace to 250 MB. So when a closing file is mostly dead space, it is closed with
 * {@code SHUTDOWN COMPACT} instead: H2 copies the live data into a new file and renames it over the old one, so a
 * crash part-way leaves the old file whole (H2 removes the unfinished copy at the next open).
 */
final class Compaction {

    private static final Logger LOG = LoggerFactory.getLogger(Compaction.class);
    /** Below this size a file is not worth a copy, whatever its fill rate. */
    static final long MIN_BYTES = 16L * 1024 * 1024;
    /** Compact when less than this share of the file's chunks is live data. */
    static final int MAX_FILL_PERCENT = 50;

    private Compaction() {
    }

    /**
     * Closes the database with a copying compaction when the file is large and mostly dead; otherwise does nothing.
     *
     * @return whether it compacted
     */
    static boolean closeCompactingIfSparse(DataSource ds) {
        Connection c;
        try {
            c = ds.getConnection();
        } catch (SQLException | RuntimeException e) {
            return couldNotCompact(e);
        }
        return closeCompactingIfSparse(c);
    }

    /** As {@link #closeCompactingIfSparse(DataSource)}, on a connection already open; it is closed either way. */
    static boolean closeCompactingIfSparse(Connection c) {
        try {
            long size = 0;
            int fill = 100;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select setting_name, setting_value "
                    + "from information_schema.settings where setting_name in ('info.FILE_SIZE', "
                    + "'info.CHUNKS_FILL_RATE')")) {
                while (rs.next()) {
                    if ("info.FILE_SIZE".equals(rs.getString(1))) {
                        size = Long.parseLong(rs.getString(2));
                    } else {
                        fill = Integer.parseInt(rs.getString(2));
                    }
                }
            }
            c.commit();
            if (size >= MIN_BYTES && fill < MAX_FILL_PERCENT) {
                long start = System.nanoTime();
                c.createStatement().execute("SHUTDOWN COMPACT");
                LOG.info("Compacted the workspace file ({} MB, {} % live) in {} ms", size / (1024 * 1024), fill,
                        (System.nanoTime() - start) / 1_000_000);
                return true;
            }
            return false;
        } catch (SQLException | RuntimeException e) {
            return couldNotCompact(e);
        } finally {
            closeQuietly(c);
        }
    }

    /** The database still closes normally; compaction is tried again at the next close. */
    private static boolean couldNotCompact(Exception e) {
        LOG.warn("Could not compact the workspace file: {}", e.getMessage());
        return false;
    }

    /** After SHUTDOWN the connection is already dead, and closing it says so; that is expected here. */
    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                LOG.debug("Connection closed after shutdown: {}", e.getMessage());
            }
        }
    }
}
