package com.scoutdesk.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.enrichment.StageOutcome;
import com.scoutdesk.enrichment.TrackUpdate;
import com.scoutdesk.enrichment.fields.IsrcFields;
import com.scoutdesk.ui.FxTaskExecutor;
import com.scoutdesk.ui.FxTestSupport;
import com.scoutdesk.ui.FxWindowTest;
import com.scoutdesk.ui.MainWindow;
import com.scoutdesk.ui.Shots;
import com.scoutdesk.ui.theme.AppTheme;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The progress bar at the bottom of a window over a real H2 workspace, a real enrichment service and the real
 * background executor: 100 tracks, 47 enriched before the window opened, then a pass heard live with three failures
 * and MusicBrainz rate-limited. Writes {@code target/screenshots/progress-{collapsed,expanded}-{light,dark}.png}.
 */
class EnrichmentProgressViewTest extends FxWindowTest {

    private ProgressWorkspace ws;
    private FxTaskExecutor executor;
    private EnrichmentProgressViewModel model;
    private EnrichmentProgressView view;

    @AfterEach
    void close() {
        if (model != null) {
            interact(model::dispose);
        }
        executor.shutdown();
        ws.close();
    }

    @Test
    void showsTheBatchAndEachTiersStateInBothThemes() throws Exception {
        open(100);
        ws.enrich(ws.ids.subList(0, 47));
        ws.musicBrainz.answerWith(() -> new StageOutcome.Deferred(ProgressWorkspace.NOW.plus(Duration.ofMinutes(90)),
                "MusicBrainz rate-limited until 11:30; will retry then."));
        ws.enrich(ws.ids.subList(47, 60));
        showWindow(AppTheme.LIGHT);
        waitUntil(() -> "Enriching 47 of 100 tracks\u2026".equals(text("#progress-headline")));

        ws.musicBrainz.answerWith(() -> new StageOutcome.Skipped("nothing new"));
        ws.isrc.answerWith(() -> new StageOutcome.Failed("HTTP 500"));
        ws.enrich(ws.ids.subList(60, 63));
        ws.isrc.answerWith(() -> new StageOutcome.Done(TrackUpdate.from("spotify-api")
                .found(IsrcFields.ISRC, "GBAYE2400099").build()));
        ws.enrich(ws.ids.subList(63, 70));
        ws.clock.advance(Duration.ofSeconds(10)); // the next flush asks about the outcomes
        waitUntil(() -> "Enriching 57 of 100 tracks\u2026".equals(text("#progress-headline")));

        assertThat(visible("#progress-tiers")).isFalse();
        Shots.scene(view.root(), "progress-collapsed-light");

        interact(() -> ((ToggleButton) node("#progress-expand")).fire());
        waitUntil(() -> visible("#progress-tiers"));
        assertThat(text("#progress-tier-0")).isEqualTo("running \u00b7 failed 3");
        assertThat(text("#progress-tier-1")).isEqualTo("not configured");
        assertThat(text("#progress-tier-4")).isEqualTo("rate-limited until 11:30");
        assertThat(tierTexts()).contains("Tier 0 \u00b7 ISRC recovery", "70 of 100",
                "Tier 4 \u00b7 MusicBrainz songwriters and socials", "57 of 100");
        Shots.scene(view.root(), "progress-expanded-light");

        theme(AppTheme.DARK);
        Shots.scene(view.root(), "progress-expanded-dark");
        interact(() -> ((ToggleButton) node("#progress-expand")).fire());
        waitUntil(() -> !visible("#progress-tiers"));
        Shots.scene(view.root(), "progress-collapsed-dark");

        interact(() -> ((ButtonBase) node("#progress-pause")).fire());
        waitUntil(() -> visible("#progress-resume") && !visible("#progress-pause"));
        assertThat(ws.enrichment.isPaused()).isTrue();
        assertThat(text("#progress-headline")).isEqualTo("Enrichment paused: 57 of 100 tracks done");
        Shots.scene(view.root(), "progress-paused-dark");
        assertThat(onFx(() -> this.<ButtonBase>node("#progress-pause").getTooltip().getText()))
                .startsWith("Pause enrichment");
    }

    @Test
    void takesNoRoomWhenNothingIsLeftToDo() throws Exception {
        open(3);
        ws.enrich(ws.ids);
        showWindow(AppTheme.LIGHT);
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS); // a few flushes, and the question they asked answered
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> view.root().isVisible() || view.root().isManaged())).isFalse();
        assertThat(text("#progress-headline")).isEmpty();
    }

    private void open(int tracks) throws Exception {
        ws = new ProgressWorkspace(Files.createTempDirectory("progress-view"), tracks);
        executor = new FxTaskExecutor();
    }

    private void showWindow(AppTheme theme) {
        interact(() -> {
            Application.setUserAgentStylesheet(theme.userAgentStylesheet());
            model = new EnrichmentProgressViewModel(ws.enrichment, executor, ws.clock);
            view = new EnrichmentProgressView(model);
            BorderPane window = new BorderPane(new Label("dashboard"));
            window.setBottom(view.root());
            window.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(MainWindow.STYLESHEET))
                    .toExternalForm());
            stage.setScene(new Scene(window, 1100, 240));
        });
    }

    private void theme(AppTheme theme) {
        interact(() -> Application.setUserAgentStylesheet(theme.userAgentStylesheet()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private <T extends Node> T node(String id) {
        return (T) view.root().lookup(id);
    }

    private boolean visible(String id) {
        return onFx(() -> {
            Node node = node(id);
            return node != null && node.isVisible() && node.isManaged();
        });
    }

    private String text(String id) {
        return onFx(() -> ((Labeled) node(id)).getText());
    }

    private List<String> tierTexts() {
        return onFx(() -> view.root().lookup("#progress-tiers").lookupAll(".label").stream()
                .map(n -> ((Labeled) n).getText()).toList());
    }

    private static <T> T onFx(Callable<T> read) {
        return FxTestSupport.onFx(read);
    }

    /** Waits longer than {@link FxTestSupport#waitUntil}: the first H2 question can be slow on a shared machine. */
    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(condition));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
