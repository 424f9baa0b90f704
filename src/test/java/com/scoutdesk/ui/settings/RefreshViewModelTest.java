package com.scoutdesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.concurrent.CurrentThreadTaskExecutor;
import com.scoutdesk.service.RefreshSettings;
import com.scoutdesk.service.ScheduleStatus;
import com.scoutdesk.service.WorkspaceConfigService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The refresh's day and time are shown and typed in the scout's zone, and saved in UTC for the next opening. */
class RefreshViewModelTest {

    /** Winter in Berlin: UTC+1. */
    private static final Clock BERLIN = Clock.fixed(Instant.parse("2026-12-02T12:00:00Z"), ZoneId.of("Europe/Berlin"));

    @TempDir
    Path dir;

    private final RefreshSettings settings = new RefreshSettings() {
        private boolean enabled = true;

        @Override
        public boolean isWeeklyRefreshEnabled() {
            return enabled;
        }

        @Override
        public void setWeeklyRefreshEnabled(boolean on) {
            enabled = on;
        }

        @Override
        public String describe() {
            return "unused";
        }

        @Override
        public Optional<ScheduleStatus> schedule() {
            return Optional.of(new ScheduleStatus(enabled, DayOfWeek.FRIDAY, LocalTime.of(10, 0),
                    Optional.of(Instant.parse("2026-11-27T10:00:00Z")), Instant.parse("2026-12-04T10:00:00Z")));
        }
    };

    private RefreshViewModel attached() {
        RefreshViewModel model = new RefreshViewModel();
        model.attach(settings, new WorkspaceConfigService(dir, (k, v) -> Optional.empty(), Map.of(),
                Optional::empty), new CurrentThreadTaskExecutor(), BERLIN);
        return model;
    }

    @Test
    void showsTheUtcScheduleAndItsRunsInTheScoutsZone() {
        RefreshViewModel model = attached();

        assertThat(model.dayProperty().get()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(model.timeProperty().get()).isEqualTo("11:00");
        assertThat(model.zoneTextProperty().get()).contains("Europe/Berlin").contains("Friday at 10:00 UTC");
        assertThat(model.runsProperty().get()).isEqualTo(
                "Last run: Fri 27 Nov 2026, 11:00  ·  Next run: Fri 4 Dec 2026, 11:00");

        model.enabledProperty().set(false);
        assertThat(model.runsProperty().get()).endsWith("Next run: off");
    }

    @Test
    void savesTheLocalDayAndTimeAsUtcForTheNextOpening() throws Exception {
        RefreshViewModel model = attached();
        model.dayProperty().set(DayOfWeek.MONDAY);
        model.timeProperty().set("0:30");

        model.saveTime();

        String file = Files.readString(dir.resolve("scoutdesk.properties"));
        assertThat(file).contains("REFRESH_DAY=SUNDAY").contains("REFRESH_TIME=23:30");
        assertThat(model.messageProperty().get()).contains("applies the next time the workspace opens");
        assertThat(model.zoneTextProperty().get()).contains("Sunday at 23:30 UTC");

        RefreshViewModel reopened = attached();
        assertThat(reopened.dayProperty().get()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(reopened.timeProperty().get()).isEqualTo("00:30");
    }

    @Test
    void refusesATimeItCannotRead() {
        RefreshViewModel model = attached();
        model.timeProperty().set("half past ten");

        model.saveTime();

        assertThat(model.messageProperty().get()).isEqualTo("Type the time as HH:MM, such as 10:00.");
        assertThat(dir.resolve("scoutdesk.properties")).doesNotExist();
    }
}
