package com.scoutdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.service.export.CsvOptions;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV lead lists read back by a CSV parser: same values, safe cells, unknown never shown as unsigned. */
class ExportServiceTest {

    @TempDir
    Path dir;
    Database db;
    ExportService export;

    @BeforeEach
    void open() {
        db = Database.open(DatabaseSettings.h2File(dir));
        QueryFixture.load(db);
        db.writeVoid(em -> {
            Track t = new Track();
            t.setSpotifyId("HHyyyyyyyyyyyyyyyyyyyy");
            t.setName("=HYPERLINK(\"http://evil.example\",\"click\")");
            t.setArtistNames("Beyoncé, Sigur Rós, 周杰伦, \"The\" Band\nLine two");
            t.setLabel("+Plus, Minus & \"Quotes\"");
            t.setUnsignedScore(8.8);
            t.setPublisherStatus(PublisherStatus.UNKNOWN);
            t.setLeadStage(LeadStage.WATCHING);
            t.setFirstSeenAt(Instant.parse("2026-11-20T10:00:00Z"));
            t.setUpdatedAt(Instant.parse("2026-11-20T10:00:00Z"));
            em.persist(t);
        });
        export = new DatabaseExportService(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    @Test
    void exportsTheFilteredLeadsAsTheQueryListsThem() throws IOException {
        Path file = dir.resolve("leads.csv");
        TrackFilter filter = TrackFilter.all().withScoreRange(7.0, 10.0);
        long rows = export.export(filter, ExportGranularity.TRACK, ExportColumn.DEFAULT_TRACK, file,
                CsvOptions.defaults());

        List<TrackRow> expected = new DatabaseTrackQueryService(db).find(filter, 0, 100).rows();
        List<CSVRecord> records = read(file);
        assertThat(rows).isEqualTo(expected.size()).isEqualTo(records.size()).isEqualTo(4);
        for (int i = 0; i < expected.size(); i++) {
            TrackRow t = expected.get(i);
            CSVRecord r = records.get(i);
            assertThat(r.get("Unsigned score")).isEqualTo(String.valueOf(t.unsignedScore()));
            assertThat(r.get("Artists")).isEqualTo(t.artistNames());
            assertThat(r.get("Spotify URL")).isEqualTo("https://open.spotify.com/track/" + t.spotifyId());
            assertThat(r.get("ISRC")).isEqualTo(t.isrc() == null ? "" : t.isrc());
        }
        CSVRecord evil = records.get(1);
        assertThat(evil.get("Track")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
        assertThat(evil.get("Label")).isEqualTo("'+Plus, Minus & \"Quotes\"");
        assertThat(evil.get("Artists")).isEqualTo("Beyoncé, Sigur Rós, 周杰伦, \"The\" Band\nLine two");
        assertThat(evil.get("Publisher status")).isEqualTo("unknown (not checked yet)");
        assertThat(records.get(0).get("Track")).isEqualTo("Neon Hearts");
        assertThat(records.get(0).get("Songwriters")).isEqualTo("Mara Vell");
        assertThat(records.get(0).get("Tags")).isEqualTo("hot");
        assertThat(records.get(0).get("Publisher status")).isEqualTo("no publisher registered");
    }

    @Test
    void exportsOneRowPerAppearanceRestrictedToTheFilteredWeek() throws IOException {
        Path file = dir.resolve("history.csv");
        TrackFilter filter = TrackFilter.all().withWeek(new com.scoutdesk.model.Week(QueryFixture.WEEK_2));
        export.export(filter, ExportGranularity.ENTRY, ExportColumn.DEFAULT_ENTRY, file, CsvOptions.excel());

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(text)).getRecords();
        assertThat(records).extracting(r -> r.get("Week")).containsOnly("2026-11-20");
        assertThat(records).extracting(r -> r.get("Playlist") + "#" + r.get("Position") + " " + r.get("Track"))
                .containsExactly("Fresh Finds#1 Neon Hearts", "Fresh Finds#2 Quiet Rooms",
                        "late night drives#1 Cold Mirrors", "late night drives#2 Ghost_Roads");
    }

    @Test
    void rejectsAppearanceColumnsOnALeadListAndLeavesNoFile() {
        Path file = dir.resolve("bad.csv");
        assertThatThrownBy(() -> export.export(TrackFilter.all(), ExportGranularity.TRACK,
                List.of(ExportColumn.TRACK, ExportColumn.WEEK), file, CsvOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entry");
        assertThat(file).doesNotExist();
    }

    @Test
    void writesToAWriterWithALimitAndLeavesItOpen() throws IOException {
        var out = new java.io.StringWriter();
        long rows = export.write(TrackFilter.all().withCompleteness(Map.of(Completeness.ISRC, true)),
                ExportGranularity.TRACK, List.of(ExportColumn.TRACK, ExportColumn.ISRC), out, CsvOptions.defaults(),
                2);
        assertThat(rows).isEqualTo(2);
        out.write("still open");
        assertThat(out.toString()).startsWith("Track,ISRC\r\n").hasLineCount(4).endsWith("still open");
    }
}
