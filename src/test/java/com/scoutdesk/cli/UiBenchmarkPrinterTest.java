package com.scoutdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.bench.EnrichmentLoadResult;
import com.scoutdesk.bench.UiBenchmarkReport;
import com.scoutdesk.bench.UiBenchmarkReport.FilterTiming;
import com.scoutdesk.model.EnrichmentTier;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UiBenchmarkPrinterTest {

    private static final EnrichmentLoadResult ENRICHED = new EnrichmentLoadResult(1000,
            List.of(EnrichmentTier.ISRC, EnrichmentTier.SPOTIFY_METADATA), 640, 1280, 3, 300.0, false);

    @BeforeAll
    static void englishNumbers() {
        Locale.setDefault(Locale.US);
    }

    private static String print(UiBenchmarkReport report) {
        StringWriter text = new StringWriter();
        UiBenchmarkPrinter.print(report, new PrintWriter(text));
        return text.toString();
    }

    private static UiBenchmarkReport report(double firstMs, double[] filterMs, double stallMs, OptionalLong rss) {
        return new UiBenchmarkReport(20_000, firstMs, 321, List.of(FilterTiming.of("week", filterMs),
                FilterTiming.of(UiBenchmarkReport.ALL_FILTERS, filterMs)), stallMs, 18_000, 7, ENRICHED, rss,
                new UiBenchmarkReport.Heap(300L << 20, 512L << 20, 6L << 30));
    }

    private static String line(String text, String start) {
        return text.lines().filter(l -> l.trim().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + start + " in\n" + text));
    }

    @Test
    void everyFigureWithinItsTargetPasses() {
        String out = print(report(812, new double[] {40, 50, 60, 70}, 33.4, OptionalLong.of(600L << 20)));

        assertThat(line(out, "First full dashboard")).contains("812 ms").contains("target <= 1,500 ms")
                .endsWith("PASS");
        assertThat(out).contains("the dashboard was laid out after 321 ms; the rest waited for its data");
        assertThat(line(out, "all filter changes")).contains("    4 ").contains("50.0").contains("70.0")
                .endsWith("PASS");
        assertThat(line(out, "week")).doesNotContain("PASS");
        assertThat(line(out, "Longest FX thread stall")).contains("33.4 ms").endsWith("PASS");
        assertThat(line(out, "Resident memory")).contains("600 MB").contains("target <= 700 MB").endsWith("PASS");
        assertThat(out).contains("18,000 frames over 300.0 s, 7 of them more than 50 ms after the one before")
                .contains("Java heap at the end: 300 MB used, 512 MB committed, 6,144 MB max");
        assertThat(out).contains("640 of 1,000 tracks enriched (tiers 0, 1): 1,280 runs done, 3 skipped")
                .contains("stopped at the end of --enrich-seconds");
    }

    @Test
    void aFigureOverItsTargetSaysOver() {
        double[] slow = new double[20];
        java.util.Arrays.fill(slow, 100);
        slow[19] = 151; // the 95th percentile of 20 is the 19th value
        slow[18] = 151;
        String out = print(report(1500.4, slow, 50.1, OptionalLong.of(701L << 20)));

        assertThat(line(out, "First full dashboard")).endsWith("OVER");
        assertThat(line(out, "all filter changes")).contains("151.0").endsWith("OVER");
        assertThat(line(out, "Longest FX thread stall")).endsWith("OVER");
        assertThat(line(out, "Resident memory")).endsWith("OVER");
    }

    @Test
    void noResidentSizeWhereThereIsNoProc() {
        String out = print(report(812, new double[] {40}, 20, OptionalLong.empty()));

        assertThat(line(out, "Resident memory")).contains("n/a").doesNotContain("PASS").doesNotContain("OVER");
    }

    @Test
    void percentilesAreNearestRank() {
        FilterTiming t = FilterTiming.of("x", new double[] {5, 1, 4, 2, 3});

        assertThat(t.runs()).isEqualTo(5);
        assertThat(t.p50Ms()).isEqualTo(3);
        assertThat(t.p95Ms()).isEqualTo(5);
        assertThat(t.maxMs()).isEqualTo(5);
    }
}
