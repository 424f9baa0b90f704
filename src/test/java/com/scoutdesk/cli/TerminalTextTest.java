package com.scoutdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.service.TrackRow;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Third-party text cannot break a table's lines or reach the terminal as an escape sequence. */
class TerminalTextTest {

    static final String HOSTILE = "Evil\u001b[2J\u001b]0;pwned\u0007\nSecond line\tTab\r\u0085\u202eSdrawkcab";

    @Test
    void controlCharactersAreWrittenAsVisibleEscapes() {
        assertThat(TerminalText.escape(HOSTILE)).isEqualTo(
                "Evil\\x1b[2J\\x1b]0;pwned\\x07\\nSecond line\\tTab\\r\\x85\\u202eSdrawkcab");
        assertThat(TerminalText.escape("Beyoncé – Halo 🎵")).isEqualTo("Beyoncé – Halo 🎵");
        assertThat(TerminalText.escapeKeepingLines("two\nlines\u001b")).isEqualTo("two\nlines\\x1b");
    }

    @Test
    void theTrackTableKeepsOneLinePerTrackAndNoEscapeSequence() {
        TrackRow row = new TrackRow(1, "6rqhFgbbKwnb9MLmUQDhG6", HOSTILE, "Artist\nTwo", null, null, "Label\u001b[31m",
                null, null, 7.5, PublisherStatus.UNKNOWN, null, LeadStage.NEW, Instant.EPOCH);
        StringWriter out = new StringWriter();

        TrackTable.print(List.of(row, row), new PrintWriter(out, true));

        assertThat(out.toString().lines()).hasSize(3);
        assertThat(out.toString()).doesNotContain("\u001b").doesNotContain("\r").doesNotContain("\t")
                .doesNotContain("\u202e").contains("Evil\\x1b[2J");
    }
}
