package com.scoutdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.model.FetchMethod;
import com.scoutdesk.model.FetchOutcome;
import com.scoutdesk.model.Week;
import com.scoutdesk.service.FetchReport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The use cases' fetch messages name no command or option; the command line adds the one that helps. */
class FetchResultPrinterTest {

    private static final Week WEEK = new Week(LocalDate.of(2026, 11, 20));

    private static String printed(FetchOutcome outcome, FetchMethod source, String message) {
        StringWriter text = new StringWriter();
        FetchResultPrinter.print(List.of(new FetchReport(1, "Late Night Indie", WEEK, outcome, source, 3, null, null,
                null, 0, message)), new PrintWriter(text, true));
        return text.toString();
    }

    @Test
    void anImportNotMarkedCompleteNamesTheOptionThatCountsDrops() {
        assertThat(printed(FetchOutcome.PARTIAL, FetchMethod.MANUAL,
                "imported 3 tracks by hand (not marked complete, so no drops are counted)"))
                .contains("not marked complete", "--complete");
    }

    @Test
    void noSourceNamesTheImportCommand() {
        assertThat(printed(FetchOutcome.FAILED, null, "No source can read playlists: configure SPOTIFY_CLIENT_ID and "
                + "SPOTIFY_CLIENT_SECRET, or let the web player run (CHROMIUM_PATH), or import the tracks by hand."))
                .contains("`scoutdesk playlists import`");
    }

    @Test
    void aCompleteFetchGetsNoHint() {
        assertThat(printed(FetchOutcome.COMPLETE, FetchMethod.WEB_API, "Fetched 3 tracks (3 new, 0 dropped)"))
                .doesNotContain("--", "scoutdesk ");
    }
}
