package com.scoutdesk.app;

import static com.scoutdesk.ui.FxTestSupport.onFx;
import static com.scoutdesk.ui.FxTestSupport.trackTable;
import static com.scoutdesk.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.model.LeadStage;
import com.scoutdesk.service.ActivityEntry;
import com.scoutdesk.service.Services;
import com.scoutdesk.service.TrackFilter;
import com.scoutdesk.service.TrackRow;
import com.scoutdesk.testing.TestEnvironment;
import com.scoutdesk.ui.FxTaskExecutor;
import com.scoutdesk.ui.FxWindowTest;
import com.scoutdesk.ui.MainWindow;
import com.scoutdesk.ui.Shots;
import com.scoutdesk.ui.WindowSupport;
import com.scoutdesk.ui.export.InMemoryExportChoices;
import com.scoutdesk.ui.fakes.InMemoryThemeStore;
import com.scoutdesk.ui.theme.AppTheme;
import com.scoutdesk.ui.theme.ThemeManager;
import com.scoutdesk.ui.triage.ViewMemory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Activity page in the real window over a real workspace (the composition root, the sample loaded, two stage
 * moves made), driven by the robot: filtering by kind through the picker, searching by typing, and a double-click
 * on a row that opens the track's details on the dashboard.
 */
class ActivityWindowTest extends FxWindowTest {

    private static Path dir;
    private static AppContext context;
    private static List<TrackRow> moved;

    private FxTaskExecutor executor;
    private FxTaskExecutor artExecutor;
    private MainWindow window;

    @BeforeAll
    static void openWorkspace() throws Exception {
        dir = Files.createTempDirectory("scoutdesk-activity-");
        context = AppContext.open(new AppPaths(dir), TestEnvironment.withoutRealSources(Map.of()), false);
        Services services = context.services();
        services.sample().loadSample();
        moved = services.tracks().find(TrackFilter.all(), 0, 2).rows();
        services.trackService().setStage(moved.get(0).id(), LeadStage.WATCHING);
        services.trackService().setStage(moved.get(1).id(), LeadStage.CONTACTED);
    }

    @AfterAll
    static void closeWorkspace() {
        if (context != null) {
            context.close();
        }
    }

    @AfterEach
    void closeWindow() {
        interact(window::dispose);
        executor.shutdown();
        artExecutor.shutdown();
    }

    private Node showActivity() {
        executor = new FxTaskExecutor();
        artExecutor = new FxTaskExecutor();
        WindowSupport support = new WindowSupport(url -> { }, description -> ViewMemory.inMemory(), artExecutor,
                Clock.systemUTC(), new InMemoryExportChoices());
        interact(() -> {
            window = new MainWindow(CompletableFuture.completedFuture(context.services()), executor,
                    new ThemeManager(new InMemoryThemeStore(AppTheme.LIGHT.id())), support);
            stage.setScene(new Scene(window.root(), 1280, 800));
        });
        Node root = window.root();
        waitUntil(() -> trackTable(root) != null && !trackTable(root).getItems().isEmpty());
        clickOn("#nav-activity");
        waitUntil(() -> !table(root).getItems().isEmpty());
        return root;
    }

    @SuppressWarnings("unchecked")
    private static TableView<ActivityEntry> table(Node root) {
        return (TableView<ActivityEntry>) root.lookup("#activity-table");
    }

    private static List<String> shownKinds(Node root) {
        return onFx(() -> table(root).getItems().stream().map(ActivityEntry::kind).distinct().toList());
    }

    @Test
    void thePickerNarrowsToOneKindAndTheSearchToWhatWasTyped() throws Exception {
        Node root = showActivity();
        assertThat(shownKinds(root)).contains("playlist.fetched", "lead.stage", "workspace.sample");

        clickOn("#activity-kind");
        clickOn(lookup((Node n) -> n instanceof ListCell && "Lead stage changed".equals(((Labeled) n).getText()))
                .queryAs(Node.class));
        waitUntil(() -> shownKinds(root).equals(List.of("lead.stage")));
        assertThat(onFx(() -> table(root).getItems().stream().map(ActivityEntry::trackName).toList()))
                .containsExactlyInAnyOrder(moved.get(0).name(), moved.get(1).name());
        assertThat(onFx(() -> ((Labeled) root.lookup("#activity-shown")).getText())).isEqualTo("Showing 2 entries");

        clickOn("#activity-clear");
        waitUntil(() -> shownKinds(root).size() > 1);
        String playlist = onFx(() -> table(root).getItems().stream().filter(e -> e.playlistName() != null)
                .findFirst().orElseThrow().playlistName());
        clickOn("#activity-search").write(playlist);
        waitUntil(() -> table(root).getItems().stream().allMatch(e -> playlist.equals(e.playlistName())
                || e.message().toLowerCase().contains(playlist.toLowerCase())));
        assertThat(onFx(() -> table(root).getItems().size())).isPositive();
        Shots.scene(root, "activity-window-search-light");
    }

    @Test
    void aDoubleClickOnARowOpensItsTrackInTheDrawer() {
        Node root = showActivity();
        TrackRow track = moved.get(1);
        waitUntil(() -> rowOf(root, track.id()) != null);

        doubleClickOn(rowOf(root, track.id()));

        waitUntil(() -> ((ToggleButton) root.lookup("#nav-dashboard")).isSelected()
                && root.lookup("#drawer-header") != null && root.lookup("#drawer-header").isVisible());
        waitUntil(() -> root.lookup("#drawer-header").lookupAll(".label").stream()
                .anyMatch(n -> track.name().equals(((Labeled) n).getText())));
    }

    /** The table row of the stage move of {@code trackId}, once drawn. */
    private static Node rowOf(Node root, long trackId) {
        return onFx(() -> root.lookupAll("#activity-table .table-row-cell").stream()
                .filter(n -> ((TableRow<?>) n).getItem() instanceof ActivityEntry e && e.trackId() != null
                        && e.trackId() == trackId && e.kind().equals("lead.stage"))
                .findFirst().orElse(null));
    }
}
