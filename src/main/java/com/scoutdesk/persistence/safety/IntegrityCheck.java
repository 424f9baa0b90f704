package com.scoutdesk.persistence.safety;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.ValidateOutput;

/**
 * Checks a workspace database the way a scout would need it to be: the schema is one this version of ScoutDesk
 * knows and no migration failed half-way, every row of every table can be read, and no row points at a row that is
 * gone. Runs on a plain JDBC connection, so it also checks files that Hibernate would never get to open.
 */
public final class IntegrityCheck {

    private IntegrityCheck() {
    }

    /** Checks the database at {@code url}; the caller holds the workspace, so nothing else writes meanwhile. */
    public static IntegrityReport run(String url, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            List<String> problems = new ArrayList<>();
            // Flyway's own connection joins the database this one holds open.
            String version = schema(Flyway.configure().dataSource(url, user, password), problems);
            return check(c, version, problems);
        }
    }

    private static IntegrityReport check(Connection c, String version, List<String> problems) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : tables(c)) {
            rows.put(table.toLowerCase(Locale.ROOT), readAll(c, table, problems));
        }
        problems.addAll(orphans(c));
        c.rollback();
        return new IntegrityReport(version, rows, problems);
    }

    private static String schema(FluentConfiguration cfg, List<String> problems) {
        try {
            Flyway flyway = cfg.locations("classpath:db/migration").load();
            MigrationInfo current = flyway.info().current();
            for (MigrationInfo m : flyway.info().all()) {
                if (m.getState() == MigrationState.FAILED) {
                    problems.add("the update to schema version " + m.getVersion() + " failed half-way");
                } else if (m.getState() == MigrationState.FUTURE_SUCCESS) {
                    problems.add("schema version " + m.getVersion() + " comes from a newer ScoutDesk");
                }
            }
            for (ValidateOutput invalid : flyway.validateWithResult().invalidMigrations) {
                if (invalid.errorDetails != null && invalid.errorDetails.errorMessage != null
                        && !invalid.errorDetails.errorMessage.contains("not applied")) {
                    problems.add("schema version " + invalid.version + " does not match this ScoutDesk");
                }
            }
            return current == null ? "" : current.getVersion().getVersion();
        } catch (RuntimeException e) {
            problems.add("the schema history cannot be read (" + Damage.describe(e) + ")");
            return "";
        }
    }

    /** The workspace's tables, as the database names them. */
    static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", null, new String[] {"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                out.add(rs.getString("TABLE_NAME"));
            }
        }
        return out;
    }

    /** Reads every column of every row, so a damaged page anywhere in the table is found, not only in its index. */
    private static long readAll(Connection c, String table, List<String> problems) {
        long n = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select * from " + quote(table))) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i);
                }
                n++;
            }
        } catch (SQLException | RuntimeException e) {
            problems.add("table " + table.toLowerCase(Locale.ROOT) + " cannot be read after row " + n + " ("
                    + Damage.describe(e) + ")");
        }
        return n;
    }

    /** Rows whose foreign key names a row that does not exist, one problem per constraint. */
    static List<String> orphans(Connection c) throws SQLException {
        List<String> problems = new ArrayList<>();
        for (ForeignKey fk : ForeignKey.all(c)) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(fk.countOrphans())) {
                rs.next();
                long n = rs.getLong(1);
                if (n > 0) {
                    problems.add(String.format("%,d %s rows point at %s rows that are gone", n,
                            fk.table().toLowerCase(Locale.ROOT), fk.parent().toLowerCase(Locale.ROOT)));
                }
            } catch (SQLException e) {
                problems.add("the link from " + fk.table().toLowerCase(Locale.ROOT) + " to "
                        + fk.parent().toLowerCase(Locale.ROOT) + " cannot be checked (" + Damage.describe(e) + ")");
            }
        }
        return problems;
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
