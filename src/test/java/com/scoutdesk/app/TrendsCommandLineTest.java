package com.scoutdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.service.trends.TrendsCsv;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scoutdesk trends} on the sample workspace, through the real composition root. */
class TrendsCommandLineTest {

    @TempDir
    Path dir;

    private String[] run(String... args) {
        return InProcessCommands.run(dir.resolve("ws"), Map.of(), args);
    }

    @Test
    void printsTheLatestWeekWritesItsCsvAndRefusesAWeekWithoutData() throws Exception {
        assertThat(run("sample")[0]).isEqualTo("0");

        String[] shown = run("trends");
        assertThat(shown[0]).as(shown[2]).isEqualTo("0");
        assertThat(shown[1]).containsPattern("(?m)^Week of \\d{4}-\\d{2}-\\d{2}$")
                .contains("TOP MOVERS (50; 0 tracks stale on both numbers left out)")
                .contains("NEW THIS WEEK (").contains("PLAYLIST ADDS AND DROPS (");

        Path csv = dir.resolve("trends.csv");
        String[] written = run("trends", "--playlist", "1", "--csv", csv.toString());
        assertThat(written[0]).as(written[2]).isEqualTo("0");
        assertThat(written[1]).startsWith("Wrote ").contains(csv.toString());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo(String.join(",", TrendsCsv.HEADER));
        assertThat(lines.subList(1, lines.size())).isNotEmpty()
                .allSatisfy(l -> assertThat(l).matches("(movers|new|added|dropped),.*"));

        String[] refused = run("trends", "--week", "2001-01-05");
        assertThat(refused[0]).isNotEqualTo("0");
        assertThat(refused[2]).contains("no snapshots or playlist entries for the week of 2001-01-05");
    }
}
