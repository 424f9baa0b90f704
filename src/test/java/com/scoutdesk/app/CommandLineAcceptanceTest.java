package com.scoutdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.testing.ScoutDeskProcess;
import com.scoutdesk.testing.ScoutDeskProcess.Result;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line acceptance, run through the real entry point in a child JVM. */
class CommandLineAcceptanceTest {

    @TempDir
    static Path dir;
    static Path ws;

    @BeforeAll
    static void loadSample() throws Exception {
        ws = dir.resolve("workspace");
        Result r = ScoutDeskProcess.run(ws, "sample");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdout()).contains("Loaded sample data").contains("not real artists");
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .getRecords();
    }

    @Test
    void highPriorityLeadsAsCsvMatchTheStatsAndTheExportFile() throws Exception {
        Result tracks = ScoutDeskProcess.run(ws, "tracks", "--min-score", "7", "--format", "csv");
        assertThat(tracks.exitCode()).as(tracks.stderr()).isZero();
        List<CSVRecord> leads = parse(tracks.stdout());
        assertThat(leads).isNotEmpty()
                .allSatisfy(r -> assertThat(Double.parseDouble(r.get("Unsigned score"))).isGreaterThanOrEqualTo(7));

        Result stats = ScoutDeskProcess.run(ws, "stats");
        assertThat(stats.stdout()).contains("High priority leads (score >= 7)  " + String.format("%,d", leads.size()));

        Path file = dir.resolve("leads.csv");
        Result export = ScoutDeskProcess.run(ws, "export", "--min-score", "7", "--out", file.toString());
        assertThat(export.exitCode()).as(export.stderr()).isZero();
        assertThat(export.stdout()).contains("Wrote " + leads.size() + " rows");
        List<CSVRecord> exported = parse(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(exported).extracting(CSVRecord::toList)
                .containsExactlyElementsOf(leads.stream().map(CSVRecord::toList).toList());
    }

    @Test
    void tableFormatAndChosenColumns() throws Exception {
        Result table = ScoutDeskProcess.run(ws, "tracks", "--has", "songwriter", "--missing", "publisher",
                "--limit", "5");
        assertThat(table.exitCode()).as(table.stderr()).isZero();
        assertThat(table.stdout()).contains("SCORE").contains("PUBLISHER").contains("unknown")
                .containsPattern("5 of \\d+ tracks");

        Path file = dir.resolve("two-columns.csv");
        Result export = ScoutDeskProcess.run(ws, "export", "--columns", "track,isrc", "--out", file.toString());
        assertThat(export.exitCode()).as(export.stderr()).isZero();
        assertThat(Files.readString(file)).startsWith("Track,ISRC\r\n");
    }

    @Test
    void badInputIsExplainedAndChangesNothing() throws Exception {
        Result score = ScoutDeskProcess.run(ws, "tracks", "--min-score", "11");
        assertThat(score.exitCode()).isEqualTo(2);
        assertThat(score.stderr()).contains("--min-score must be between 0 and 10");

        Result playlist = ScoutDeskProcess.run(ws, "tracks", "--playlist", "https://open.spotify.com/track/"
                + "6rqhFgbbKwnb9MLmUQDhG6");
        assertThat(playlist.exitCode()).isEqualTo(2);
        assertThat(playlist.stderr()).contains("playlist link was expected");

        Result again = ScoutDeskProcess.run(ws, "sample");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.stderr()).contains("already holds").contains("nothing was changed");

        Result column = ScoutDeskProcess.run(ws, "export", "--columns", "track,colour", "--out",
                dir.resolve("x.csv").toString());
        assertThat(column.exitCode()).isEqualTo(2);
        assertThat(column.stderr()).contains("'colour' is not a column");
        assertThat(dir.resolve("x.csv")).doesNotExist();
    }

    @Test
    void malformedConfigurationIsReportedWithTheKeyName() throws Exception {
        Path other = dir.resolve("bad-config");
        Files.createDirectories(other);
        Files.writeString(other.resolve("scoutdesk.properties"),
                "SPOTIFY_API_URL=htp:/nohost\nSPOTFY_WEB_URL=https://open.spotify.com\n");
        Result r = ScoutDeskProcess.run(other, "stats");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.stderr()).contains("SPOTIFY_API_URL").contains("not valid").contains("SPOTFY_WEB_URL")
                .contains("unknown key");
    }
}
