package com.scoutdesk.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

/** Progress reaches the window's thread as the latest numbers, one hand-over at a time, never one per report. */
class ExportProgressRelayTest {

    @Test
    void manyReportsBetweenTwoHandOversBecomeOneWithTheLatestNumbers() {
        Queue<Runnable> uiThread = new ArrayDeque<>();
        List<String> shown = new ArrayList<>();
        ExportProgressRelay relay = new ExportProgressRelay(uiThread::add, (w, t) -> shown.add(w + "/" + t));

        for (long written = 0; written <= 20_000; written += 500) {
            relay.progress(written, 20_000);
        }
        assertThat(uiThread).hasSize(1);
        uiThread.poll().run();
        relay.progress(20_000, 20_000);
        uiThread.poll().run();

        assertThat(shown).containsExactly("20000/20000", "20000/20000");
        assertThat(relay.cancelled()).isFalse();
        relay.stop();
        assertThat(relay.cancelled()).isTrue();
    }
}
