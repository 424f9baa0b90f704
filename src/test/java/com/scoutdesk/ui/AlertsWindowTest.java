package com.scoutdesk.ui;

import static com.scoutdesk.ui.FxTestSupport.onFx;
import static com.scoutdesk.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.alerts.AlertRecorder;
import com.scoutdesk.alerts.LeadLoss;
import com.scoutdesk.model.AlertKind;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.service.AlertRow;
import com.scoutdesk.service.AlertService;
import com.scoutdesk.service.Services;
import com.scoutdesk.testing.MutableClock;
import com.scoutdesk.testing.TestTracks;
import com.scoutdesk.ui.dashboard.DashboardViewModelTestData;
import com.scoutdesk.ui.fakes.FakeServices;
import com.scoutdesk.ui.fakes.InMemoryThemeStore;
import com.scoutdesk.ui.theme.ThemeManager;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bell and the notification list in the real window, over alerts in a real workspace: the count, the list
 * newest first, Dismiss and Dismiss all; with pictures of the list in both themes ({@code target/screenshots}).
 */
class AlertsWindowTest extends FxWindowTest {

    @TempDir
    Path dir;
    private Database db;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T09:00:00Z"));
    private FxTaskExecutor executor;
    private MainWindow window;

    @BeforeEach
    void workspaceWithThreeAlerts() {
        db = Database.open(DatabaseSettings.h2File(dir));
        long song = track("Paper Moons", "Mara Vell");
        long rising = track("Low Tide", "Juno Park");
        long editorial = track("Glasshouse", "The Quiet Hours");
        db.write(em -> LeadLoss.labelWentMajor(em, song, "Universal Music", clock.instant()));
        clock.advance(Duration.ofHours(2));
        db.write(em -> new AlertRecorder(em, clock.instant()).raise(AlertKind.EDITORIAL_PLAYLIST, editorial, null,
                "EDITORIAL_PLAYLIST:" + editorial, "New on an editorial playlist: 'Glasshouse' by The Quiet Hours is "
                        + "on 'New Music Friday' for the first time"));
        clock.advance(Duration.ofHours(2));
        db.write(em -> new AlertRecorder(em, clock.instant()).raise(AlertKind.VELOCITY_SPIKE, rising, null,
                "VELOCITY_SPIKE:" + rising, "Velocity spike: 'Low Tide' by Juno Park — streams +85% week over week "
                        + "(week of 2026-11-27)"));
    }

    private long track(String name, String artist) {
        return db.write(em -> {
            Track t = TestTracks.track(String.format("%-22s", name.replace(" ", "")).replace(' ', '0'), name, artist,
                    clock.instant());
            em.persist(t);
            return t.getId();
        });
    }

    @AfterEach
    void close() {
        if (window != null) {
            interact(window::dispose);
        }
        if (executor != null) {
            executor.shutdown();
        }
        db.close();
    }

    private Node show() {
        FakeServices fakes = FakeServices.withRows(DashboardViewModelTestData.ROWS);
        fakes.alerts = new AlertService(db, clock);
        Services services = fakes.services();
        executor = new FxTaskExecutor();
        interact(() -> {
            window = new MainWindow(CompletableFuture.completedFuture(services), executor,
                    new ThemeManager(new InMemoryThemeStore("light")));
            stage.setScene(new Scene(window.root(), 1280, 800));
        });
        return window.root();
    }

    @SuppressWarnings("unchecked")
    private static ListView<AlertRow> list(Node root) {
        return (ListView<AlertRow>) root.lookup("#alerts-list");
    }

    private static List<String> messages(Node root) {
        return onFx(() -> list(root).getItems().stream().map(AlertRow::message).toList());
    }

    private static String count(Node root) {
        return onFx(() -> {
            Label badge = (Label) root.lookup("#alerts-count");
            return badge.isVisible() ? badge.getText() : "";
        });
    }

    @Test
    void theBellCountsTheAlertsAndTheListDismissesThemOneOrAll() throws Exception {
        Node root = show();
        waitUntil(() -> "3".equals(count(root)));
        assertThat(onFx(() -> root.lookup("#alerts-panel"))).as("the list opens at a click only").isNull();

        clickOn("#alerts-bell");
        waitUntil(() -> root.lookup("#alerts-list") != null && list(root).getItems().size() == 3);
        assertThat(messages(root)).as("newest first").containsExactly(
                "Velocity spike: 'Low Tide' by Juno Park — streams +85% week over week (week of 2026-11-27)",
                "New on an editorial playlist: 'Glasshouse' by The Quiet Hours is on 'New Music Friday' for the "
                        + "first time",
                "Lost lead: 'Paper Moons' by Mara Vell — label is now Universal Music (major)");
        Shots.inBothThemes(root, "alerts-list", true);

        clickOn(lookup(".alert-dismiss").nth(0).queryButton());
        waitUntil(() -> list(root).getItems().size() == 2 && "2".equals(count(root)));
        assertThat(messages(root)).noneMatch(m -> m.startsWith("Velocity spike"));
        waitUntil(() -> new AlertService(db, clock).countUndismissed() == 2); // written in the background

        clickOn("#alerts-dismiss-all");
        waitUntil(() -> list(root).getItems().isEmpty() && count(root).isEmpty());
        waitUntil(() -> new AlertService(db, clock).countUndismissed() == 0);
        Shots.scene(root, "alerts-list-empty");

        clickOn("#alerts-close");
        waitUntil(() -> root.lookup("#alerts-panel") == null);
    }
}
