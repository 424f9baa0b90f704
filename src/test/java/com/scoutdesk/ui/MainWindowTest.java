package com.scoutdesk.ui;

import static com.scoutdesk.ui.FxTestSupport.cellText;
import static com.scoutdesk.ui.FxTestSupport.onFx;
import static com.scoutdesk.ui.FxTestSupport.trackTable;
import static com.scoutdesk.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.service.Services;
import com.scoutdesk.service.TrackFilter;
import com.scoutdesk.ui.dashboard.DashboardViewModelTestData;
import com.scoutdesk.ui.fakes.FakeServices;
import com.scoutdesk.ui.fakes.InMemoryThemeStore;
import com.scoutdesk.ui.help.KeyboardShortcuts;
import com.scoutdesk.ui.theme.AppTheme;
import com.scoutdesk.ui.theme.ThemeManager;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real window, headless, with in-memory services and the real background executor. */
class MainWindowTest extends FxWindowTest {

    private FxTaskExecutor executor;
    private MainWindow window;
    private final InMemoryThemeStore themeStore = new InMemoryThemeStore("light");

    @AfterEach
    void stop() {
        if (window != null) {
            interact(window::dispose);
        }
        if (executor != null) {
            executor.shutdown();
        }
    }

    private Node show(CompletableFuture<Services> services) {
        executor = new FxTaskExecutor();
        interact(() -> {
            window = new MainWindow(services, executor, new ThemeManager(themeStore));
            stage.setScene(new Scene(window.root(), 1280, 800));
        });
        return window.root();
    }

    private static String text(Node root, String id) {
        return onFx(() -> ((Label) root.lookup(id)).getText());
    }

    private static boolean visible(Node root, String id) {
        return onFx(() -> {
            Node node = root.lookup(id);
            return node != null && node.isVisible() && node.getScene() != null;
        });
    }

    @Test
    void f1AndHelpShowEveryShortcutInOneSheetInBothThemes() throws Exception {
        for (AppTheme theme : AppTheme.values()) {
            themeStore.save(theme.id());
            Node root = show(CompletableFuture.completedFuture(
                    FakeServices.withRows(DashboardViewModelTestData.ROWS).services()));
            waitUntil(() -> trackTable(root).getItems().size() == 4);

            if (theme == AppTheme.LIGHT) {
                clickOn("#help-menu").clickOn("#help-shortcuts");
            } else {
                press(KeyCode.F1).release(KeyCode.F1);
            }
            waitUntil(() -> sheet() != null);
            List<String> texts = onFx(() -> sheet().getChildrenUnmodifiable().stream()
                    .map(n -> ((Label) n).getText()).toList());
            List<KeyboardShortcuts.Entry> entries = KeyboardShortcuts.all();
            for (KeyboardShortcuts.Entry entry : entries) {
                assertThat(texts).contains(entry.keys(), entry.action(), entry.group());
            }
            assertThat(texts).contains("Ctrl+1 \u2013 Ctrl+5", "Dashboard, Playlists, Activity, Trends, Settings",
                    "Ctrl+Shift+1 \u2013 Ctrl+Shift+3",
                    "Ctrl+E", "Export CSV", "F1");
            assertThat(onFx(() -> sheet().getChildrenUnmodifiable().stream().map(n -> (Label) n)
                    .filter(l -> l.getWidth() < l.prefWidth(l.getHeight()) - 0.5 && !l.isWrapText())
                    .map(Label::getText).toList())).as("labels cut short").isEmpty();
            WritableImage shot = Shots.node(sheet().getScene().getRoot(), "shortcuts-" + theme.id());
            assertThat(Shots.meanBrightness(shot)).as(theme.id())
                    .matches(b -> theme == AppTheme.DARK ? b < 0.35 : b > 0.65);

            interact(() -> sheet().getScene().getWindow().hide());
            interact(window::dispose);
            window = null;
            executor.shutdown();
        }
    }

    /** The open shortcuts sheet's grid, or null. */
    private GridPane sheet() {
        return (GridPane) lookup("#shortcuts-sheet").tryQuery().orElse(null);
    }

    @Test
    void showsOpeningAtOnceAndTheMetricsOnceTheServicesArrive() {
        FakeServices fakes = FakeServices.withRows(DashboardViewModelTestData.ROWS);
        CompletableFuture<Services> services = new CompletableFuture<>();
        Node root = show(services);

        assertThat(visible(root, "#opening-panel")).isTrue();
        assertThat(onFx(() -> root.lookup("#nav-dashboard").isDisabled())).isTrue();
        services.complete(fakes.services());
        waitUntil(() -> "4".equals(((Label) root.lookup("#total-tracks-value")).getText()));

        assertThat(text(root, "#high-priority-value")).isEqualTo("2");
        assertThat(text(root, "#average-score-value")).isEqualTo("7.2");
        assertThat(text(root, "#enriched-value")).isEqualTo("50%");
        assertThat(text(root, "#shown-text")).isEqualTo("Showing 4 tracks");
        assertThat(text(root, "#workspace-status")).isEqualTo(FakeServices.DESCRIPTION);
        assertThat(visible(root, "#sample-badge")).isFalse();
        assertThat(onFx(() -> trackTable(root).getItems().size())).isEqualTo(4);
    }

    @Test
    void whatOpeningHadToRepairIsShownUntilTheScoutDismissesIt() {
        FakeServices ordinary = FakeServices.withRows(DashboardViewModelTestData.ROWS);
        Node plain = show(CompletableFuture.completedFuture(ordinary.services()));
        waitUntil(() -> trackTable(plain).getItems().size() == 4);
        assertThat(visible(plain, "#openingNotice")).as("an ordinary open shows no banner").isFalse();
        interact(window::dispose);
        executor.shutdown();

        FakeServices recovered = FakeServices.withRows(DashboardViewModelTestData.ROWS);
        recovered.openingNotices = List.of("The workspace database was damaged and could not be opened (Double mark).",
                "Nothing that H2 could read was lost.");
        Node root = show(CompletableFuture.completedFuture(recovered.services()));
        waitUntil(() -> trackTable(root).getItems().size() == 4);
        assertThat(visible(root, "#openingNotice")).isTrue();
        assertThat(onFx(() -> ((atlantafx.base.controls.Message) root.lookup("#openingNotice")).getDescription()))
                .isEqualTo("The workspace database was damaged and could not be opened (Double mark).\n"
                        + "Nothing that H2 could read was lost.");

        interact(() -> window.viewModel().dismissOpeningNotice());
        assertThat(visible(root, "#openingNotice")).isFalse();
    }

    @Test
    void tableShowsUnknownPublisherDashForMissingScoreAndGroupedStreams() {
        Node root = show(CompletableFuture.completedFuture(
                FakeServices.withRows(DashboardViewModelTestData.ROWS).services()));
        waitUntil(() -> trackTable(root).getItems().size() == 4);

        assertThat(cellText(root, "Paper Lanterns", "Publisher")).isEqualTo("not checked yet");
        assertThat(cellText(root, "Static Bloom", "Publisher")).isEqualTo("not checked yet");
        assertThat(cellText(root, "Neon Harbour", "Publisher")).isEqualTo("Kobalt");
        assertThat(cellText(root, "Glass Tides", "Publisher")).isEqualTo("No publisher");
        assertThat(cellText(root, "Glass Tides", "Score")).isEqualTo("\u2013");
        assertThat(cellText(root, "Paper Lanterns", "Score")).isEqualTo("6.5");
        assertThat(cellText(root, "Neon Harbour", "Streams")).isEqualTo("1,234,567");
        assertThat(cellText(root, "Neon Harbour", "Stage")).isEqualTo("New");
    }

    @Test
    void typingASearchQueriesOnceTheInputSettlesAndShowsTheResult() {
        FakeServices fakes = FakeServices.withRows(DashboardViewModelTestData.ROWS);
        Node root = show(CompletableFuture.completedFuture(fakes.services()));
        waitUntil(() -> trackTable(root).getItems().size() == 4);

        clickOn("#search").write("lumen");
        waitUntil(() -> trackTable(root).getItems().size() == 1);

        assertThat(onFx(() -> trackTable(root).getItems().get(0).name())).isEqualTo("Glass Tides");
        assertThat(fakes.tracks.lastFindFilter().search()).contains("lumen");
        List<Optional<String>> searches = fakes.tracks.findFilters.stream().map(TrackFilter::search)
                .collect(Collectors.toList());
        assertThat(searches).as("no query for the half-typed word").containsExactly(Optional.empty(),
                Optional.of("lumen"));
        assertThat(text(root, "#total-tracks-value")).isEqualTo("1");
    }

    @Test
    void emptyWorkspaceOffersTheSampleAndTheButtonLoadsIt() {
        FakeServices fakes = FakeServices.empty(DashboardViewModelTestData.ROWS);
        Node root = show(CompletableFuture.completedFuture(fakes.services()));
        waitUntil(() -> root.lookup("#empty-workspace").isVisible());
        assertThat(onFx(() -> root.lookup("#empty-workspace").lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).collect(Collectors.toList())))
                .contains("Your workspace is empty");

        clickOn("#load-sample");
        waitUntil(() -> trackTable(root).getItems().size() == 4 && !root.lookup("#empty-workspace").isVisible());

        assertThat(fakes.sample.loads).isEqualTo(1);
        assertThat(text(root, "#total-tracks-value")).isEqualTo("4");
        waitUntil(() -> root.lookup("#sample-badge").isVisible());
        assertThat(text(root, "#sample-badge")).isEqualTo("Sample data");
    }

    @Test
    void aFailedServicesFutureShowsItsMessageNotAStackTrace() {
        String message = "The workspace at /data/scoutdesk is locked by another ScoutDesk. Close it and start again.";
        Node root = show(CompletableFuture.failedFuture(new IllegalStateException(message)));

        waitUntil(() -> root.lookup("#failure-message") != null);

        assertThat(text(root, "#failure-message")).isEqualTo(message);
        assertThat(visible(root, "#failure-panel")).isTrue();
        assertThat(visible(root, "#opening-panel")).isFalse();
        assertThat(onFx(() -> root.lookup("#nav-playlists").isDisabled())).isTrue();
    }

    @Test
    void ctrlShift2SwitchesToPlaylistsAndCtrlFBackToTheSearchField() {
        Node root = show(CompletableFuture.completedFuture(
                FakeServices.withRows(DashboardViewModelTestData.ROWS).services()));
        waitUntil(() -> trackTable(root).getItems().size() == 4);

        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitUntil(() -> root.lookup("#playlists") != null && root.lookup("#playlists").getScene() != null);

        assertThat(onFx(() -> ((ToggleButton) root.lookup("#nav-playlists")).isSelected())).isTrue();
        assertThat(onFx(() -> root.lookup("#dashboard"))).as("dashboard left the scene").isNull();
        assertThat(onFx(() -> ((javafx.scene.control.TableView<?>) root.lookup("#playlist-table")).getItems().size()))
                .isEqualTo(3);

        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitUntil(() -> root.lookup("#search") != null && root.lookup("#search").isFocused());
        assertThat(onFx(() -> ((ToggleButton) root.lookup("#nav-dashboard")).isSelected())).isTrue();
        assertThat(onFx(() -> root.lookup("#search") instanceof TextField)).isTrue();
    }

    @Test
    void settingsSwitchTheThemeAndRememberIt() {
        Node root = show(CompletableFuture.completedFuture(
                FakeServices.withRows(DashboardViewModelTestData.ROWS).services()));
        waitUntil(() -> trackTable(root).getItems().size() == 4);

        clickOn("#nav-settings");
        waitUntil(() -> root.lookup("#theme-choice") != null && root.lookup("#theme-choice").getScene() != null);
        assertThat(onFx(() -> ((TextField) root.lookup("#workspace-description")).getText()))
                .isEqualTo(FakeServices.DESCRIPTION);
        clickOn("#theme-choice").clickOn("Dark (Primer)");

        waitUntil(() -> "dark".equals(themeStore.stored));
        interact(() -> javafx.application.Application.setUserAgentStylesheet(
                com.scoutdesk.ui.theme.AppTheme.LIGHT.userAgentStylesheet()));
    }
}
