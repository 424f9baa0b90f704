package com.scoutdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.ui.FxWindowTest;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A notice shows as a notification over the window with its title, its text and a link that does what it says. */
class ToastNotifierTest extends FxWindowTest {

    @Test
    void aNoticeShowsItsWordsAndItsLinkRunsItsAction() {
        AtomicInteger opened = new AtomicInteger();
        ToastNotifier notifier = new ToastNotifier(() -> stage, () -> false);

        interact(() -> notifier.show(Notice.failed("Enrichment finished with failures",
                "3 tracks were enriched; 2 runs failed.", "Show activity", opened::incrementAndGet)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup(".notification-bar").queryAll()).hasSize(1);
        assertThat(texts()).contains("Enrichment finished with failures", "3 tracks were enriched; 2 runs failed.");
        Button link = lookup(".notification-bar .button").queryAs(Button.class);
        assertThat(link.getText()).isEqualTo("Show activity");
        clickOn(link);
        assertThat(opened).hasValue(1);
    }

    @Test
    void aNoticeWithoutALinkHasNoButton() {
        ToastNotifier notifier = new ToastNotifier(() -> stage, () -> false);

        interact(() -> notifier.show(Notice.done("Enrichment finished", "12 tracks were enriched.", null, null)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(texts()).contains("12 tracks were enriched.");
        assertThat(lookup(".notification-bar .button").queryAll()).isEmpty();
    }

    private java.util.List<String> texts() {
        return lookup(".notification-bar .label").queryAll().stream().filter(Label.class::isInstance)
                .map(n -> ((Label) n).getText()).toList();
    }
}
