package com.scoutdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoutdesk.service.export.CsvOptions;
import com.scoutdesk.testing.TestDatabases.Engine;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Exports of ticked tracks, with progress and cancelling, on the query fixture's six tracks. */
class ExportScopeTest extends WorkspaceFixture {

    private ExportService export;
    private DatabaseTrackQueryService query;

    private void open(Engine engine) {
        openWorkspace(engine);
        QueryFixture.load(db);
        export = new DatabaseExportService(db);
        query = new DatabaseTrackQueryService(db);
    }

    private long idOf(String name) {
        return query.find(TrackFilter.all().withSearch(name), 0, 1).rows().get(0).id();
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void exportsExactlyTheTickedTracksInScoreOrderAmongTwentyThousandIds(Engine engine) throws IOException {
        open(engine);
        List<Long> ticked = new ArrayList<>(List.of(idOf("Cold Mirrors"), idOf("Neon Hearts"), idOf("Quiet Rooms")));
        // The ticked ids among 20,000: ids of tracks deleted since they were ticked are skipped, not an error.
        LongStream.range(1_000_000, 1_019_997).forEach(ticked::add);
        Path file = dir.resolve("ticked.csv");

        long rows = export.export(ExportScope.tracks(ticked), ExportGranularity.TRACK,
                List.of(ExportColumn.TRACK, ExportColumn.SONGWRITERS, ExportColumn.TAGS), file,
                CsvOptions.defaults(), ExportListener.NONE);

        assertThat(ticked).hasSize(20_000);
        assertThat(rows).isEqualTo(3);
        assertThat(read(file)).extracting(r -> r.get("Track") + "|" + r.get("Songwriters") + "|" + r.get("Tags"))
                .containsExactly("Neon Hearts|Mara Vell|hot", "Cold Mirrors|Kofi Adeyemi|", "Quiet Rooms||");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void exportsEveryAppearanceOfTheTickedTracksInTheHistorysOrder(Engine engine) throws IOException {
        open(engine);
        Path file = dir.resolve("history.csv");

        export.export(ExportScope.tracks(List.of(idOf("Neon Hearts"), idOf("Ghost_Roads"))),
                ExportGranularity.ENTRY, List.of(ExportColumn.WEEK, ExportColumn.PLAYLIST, ExportColumn.POSITION,
                        ExportColumn.TRACK), file, CsvOptions.defaults(), ExportListener.NONE);

        assertThat(read(file)).extracting(r -> r.get("Week") + " " + r.get("Playlist") + "#" + r.get("Position")
                + " " + r.get("Track")).containsExactly("2026-11-20 Fresh Finds#1 Neon Hearts",
                "2026-11-20 late night drives#2 Ghost_Roads", "2026-11-13 Fresh Finds#1 Neon Hearts");
    }

    @Test
    void reportsProgressWithTheTotalAndEndsWithEveryRow() throws IOException {
        open(Engine.H2);
        List<long[]> reports = new ArrayList<>();

        long rows = export.export(ExportScope.of(TrackFilter.all()), ExportGranularity.ENTRY,
                ExportColumn.DEFAULT_ENTRY, dir.resolve("all.csv"), CsvOptions.excel(),
                (written, total) -> reports.add(new long[] {written, total}));

        assertThat(rows).isEqualTo(7);
        assertThat(reports).isNotEmpty();
        assertThat(reports.get(0)).containsExactly(0, 7);
        assertThat(reports.get(reports.size() - 1)).containsExactly(7, 7);
    }

    @Test
    void aCancelledExportLeavesNeitherTheFileNorATemporaryFileAndKeepsTheOldOne() throws IOException {
        open(Engine.H2);
        Path folder = Files.createDirectory(dir.resolve("out"));
        Path file = folder.resolve("leads.csv");
        Files.writeString(file, "the scout's earlier list");
        ExportListener cancelAfterStart = new ExportListener() {
            private boolean started;

            @Override
            public void progress(long written, long total) {
                started = true;
            }

            @Override
            public boolean cancelled() {
                return started;
            }
        };

        assertThatThrownBy(() -> export.export(ExportScope.tracks(List.of(idOf("Neon Hearts"))),
                ExportGranularity.TRACK, ExportColumn.DEFAULT_TRACK, file, CsvOptions.defaults(), cancelAfterStart))
                .isInstanceOf(CancellationException.class);

        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).containsExactly(file);
        }
        assertThat(Files.readString(file)).isEqualTo("the scout's earlier list");
    }

    @Test
    void anEmptyTickIsNotEverything() {
        assertThatThrownBy(() -> ExportScope.tracks(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
