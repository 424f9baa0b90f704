package com.scoutdesk.testing;

import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.service.DatabaseSampleDataService;
import com.scoutdesk.service.DatabaseWorkspaceQueryService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** A closed workspace holding the sample data (about 1,000 tracks), built once per test JVM and copied per test. */
public final class SampleWorkspaces {

    private static Path built;

    private SampleWorkspaces() {
    }

    /** A new workspace folder at {@code target} with a copy of the sample workspace's database. */
    public static Path copyTo(Path target) {
        try {
            Files.createDirectories(target);
            Files.copy(built().resolve("scoutdesk.mv.db"), target.resolve("scoutdesk.mv.db"),
                    StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Path built() throws IOException {
        if (built == null) {
            Path dir = Files.createTempDirectory("scoutdesk-sample-ws");
            try (Database db = Database.open(DatabaseSettings.h2File(dir))) {
                var workspace = new DatabaseWorkspaceQueryService(db);
                new DatabaseSampleDataService(db, workspace, Clock.systemUTC()).loadSample();
            }
            built = dir;
        }
        return built;
    }

    /** Every statement that recreates the database (schema and rows), in a stable order: equal dumps, equal data. */
    public static List<String> dump(Path workspace) throws SQLException {
        DatabaseSettings s = DatabaseSettings.h2File(workspace);
        try (Connection c = DriverManager.getConnection(s.jdbcUrl(), s.user(), s.password());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SCRIPT NOPASSWORDS NOSETTINGS")) {
            List<String> lines = new ArrayList<>();
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
            return lines;
        }
    }
}
