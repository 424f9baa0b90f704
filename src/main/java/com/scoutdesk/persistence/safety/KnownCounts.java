package com.scoutdesk.persistence.safety;

import com.scoutdesk.persistence.Database;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.slf4j.LoggerFactory;

/**
 * The row count of every table when the workspace last closed cleanly, kept in {@code .scoutdesk.counts} beside the
 * database. A recovery compares what it rebuilt with it: H2's recovery tool leaves out rows of a page it cannot read
 * without a word, and this is how the scout still hears of them.
 */
final class KnownCounts {

    private static final String FILE = ".scoutdesk.counts";

    private KnownCounts() {
    }

    /** Records the counts of an open database, just before it closes. Never fails the close. */
    static void record(Path workspace, Database db) {
        try {
            Map<String, Long> counts = db.readJdbc(c -> {
                Map<String, Long> out = new LinkedHashMap<>();
                for (String table : IntegrityCheck.tables(c)) {
                    try (Statement s = c.createStatement();
                         ResultSet rs = s.executeQuery("select count(*) from " + IntegrityCheck.quote(table))) {
                        rs.next();
                        out.put(table.toLowerCase(Locale.ROOT), rs.getLong(1));
                    }
                }
                return out;
            });
            Properties p = new Properties();
            counts.forEach((k, v) -> p.setProperty(k, Long.toString(v)));
            Path part = workspace.resolve(FILE + ".part");
            try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                p.store(out, "Rows per table at the last clean close; a recovery compares with these");
            }
            Files.move(part, workspace.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(KnownCounts.class).warn("Could not record the table counts: {}", e.getMessage());
        }
    }

    /** The counts of the last clean close; empty when none were recorded. */
    static Map<String, Long> read(Path workspace) {
        Path file = workspace.resolve(FILE);
        Map<String, Long> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            p.stringPropertyNames().forEach(k -> out.put(k, Long.parseLong(p.getProperty(k))));
        } catch (IOException | NumberFormatException e) {
            LoggerFactory.getLogger(KnownCounts.class).warn("Could not read {}: {}", file, e.getMessage());
        }
        return out;
    }

    /** "at least 42 track rows" for every table that holds fewer rows now than at the last clean close. */
    static List<String> missing(Map<String, Long> known, IntegrityReport now) {
        List<String> lost = new ArrayList<>();
        known.forEach((table, count) -> {
            long have = now.rowsOf(table);
            if (have < count && !table.equals("flyway_schema_history")) {
                lost.add(String.format("at least %,d %s rows (%,d at the last clean close, %,d now)", count - have,
                        table, count, have));
            }
        });
        return lost;
    }
}
