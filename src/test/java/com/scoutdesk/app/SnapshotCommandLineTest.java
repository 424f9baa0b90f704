package com.scoutdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scoutdesk snapshot}, {@code snapshot --status} and {@code schedule} on the sample, through the real root. */
class SnapshotCommandLineTest {

    @TempDir
    Path dir;

    private String[] run(String... args) {
        return InProcessCommands.run(dir.resolve("ws"), Map.of(), args);
    }

    @Test
    void anOfflineSnapshotMarksEveryNumberStaleSaysSoAndShowsAsTheLastRun() {
        assertThat(run("sample")[0]).isEqualTo("0");
        String[] before = run("snapshot", "--status");
        assertThat(before[0]).as(before[2]).isEqualTo("0");
        assertThat(before[1]).contains("Weekly performance snapshot: on, after the weekly refresh");

        String[] taken = run("snapshot", "--offline");
        assertThat(taken[0]).as("some numbers are stale: exit 1 for cron").isEqualTo("1");
        assertThat(taken[1]).contains("Not refreshed (offline): Web player credits and play count")
                .contains("Not refreshed (offline): YouTube views")
                .containsPattern("Week \\d{4}-\\d{2}-\\d{2}: 1,\\d{3} tracks; play counts 0 fresh, 1,\\d{3} stale; "
                        + "views 0 fresh, 1,\\d{3} stale");

        String[] status = run("snapshot", "--status");
        assertThat(status[1]).containsPattern("Newest week: \\d{4}-\\d{2}-\\d{2} \\(1\\d{3} tracks, 1\\d{3} play counts "
                + "and 1\\d{3} views stale\\)").doesNotContain("Last run: never");
        assertThat(run("schedule")[1]).contains("Performance snapshot: on, right after the refresh; last run 20")
                .doesNotContain("newest week none yet");
    }
}
