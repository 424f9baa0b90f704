package com.scoutdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.app.config.ConfigLoader;
import com.scoutdesk.app.config.ScoutDeskConfig;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.persistence.SettingsRepository;
import com.scoutdesk.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tier 6 is registered only with a key, and its quota ledger outlives the workspace being closed and reopened. */
class YouTubeTierTest {

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-05T18:00:00Z"));

    @Test
    void noKeyNoStage() {
        try (Database db = Database.open(DatabaseSettings.h2File(dir))) {
            assertThat(YouTubeTier.stages(ConfigLoader.load(dir, Map.of()), db, clock)).isEmpty();
            ScoutDeskConfig withKey = ConfigLoader.load(dir, Map.of("SCOUTDESK_YOUTUBE_API_KEY", "AIzaSyAnyKey"));
            assertThat(YouTubeTier.stages(withKey, db, clock)).singleElement()
                    .satisfies(stage -> assertThat(stage.lane()).isEqualTo("youtube"));
        }
    }

    @Test
    void theLedgerIsKeptInTheWorkspacePerPacificDay() {
        LocalDate day = LocalDate.of(2026, 12, 5);
        try (Database db = Database.open(DatabaseSettings.h2File(dir))) {
            new SettingsQuotaStore(new SettingsRepository(db, clock)).record("search", day, 37);
        }
        try (Database db = Database.open(DatabaseSettings.h2File(dir))) {
            SettingsQuotaStore reopened = new SettingsQuotaStore(new SettingsRepository(db, clock));
            assertThat(reopened.spent("search", day)).isEqualTo(37);
            assertThat(reopened.spent("search", day.plusDays(1))).as("a new day starts at 0").isZero();
            assertThat(reopened.spent("units", day)).isZero();
        }
    }
}
