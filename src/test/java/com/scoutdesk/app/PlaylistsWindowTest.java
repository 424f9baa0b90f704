package com.scoutdesk.app;

import static com.scoutdesk.ui.FxTestSupport.onFx;
import static com.scoutdesk.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.scoutdesk.integration.spotify.SpotifyFake;
import com.scoutdesk.service.FetchHistoryEntry;
import com.scoutdesk.service.PlaylistSummary;
import com.scoutdesk.service.Services;
import com.scoutdesk.testing.TestEnvironment;
import com.scoutdesk.ui.FxTaskExecutor;
import com.scoutdesk.ui.FxTestSupport;
import com.scoutdesk.ui.FxWindowTest;
import com.scoutdesk.ui.MainWindow;
import com.scoutdesk.ui.WindowSupport;
import com.scoutdesk.ui.export.InMemoryExportChoices;
import com.scoutdesk.ui.fakes.InMemoryThemeStore;
import com.scoutdesk.ui.theme.AppTheme;
import com.scoutdesk.ui.theme.ThemeManager;
import com.scoutdesk.ui.triage.ViewMemory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Playlists page in the real window over a real workspace whose Spotify is a fake on 127.0.0.1: two playlists
 * fetched at once from the bulk bar, and a delete that is undone (nothing deleted) or let go (deleted for real once
 * its ten seconds pass).
 */
class PlaylistsWindowTest extends FxWindowTest {

    private static final String FIRST = "3cEYpjA9oz9GiPac4AsH4n";
    private static final String SECOND = "4dFZqkB0pa0HjQbd5BtI5o";

    @TempDir
    Path dir;
    private WireMockServer server;
    private SpotifyFake spotify;
    private AppContext context;
    private FxTaskExecutor executor;
    private FxTaskExecutor artExecutor;
    private MainWindow window;

    @BeforeEach
    void openWorkspaceWithTwoPlaylists() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        spotify = new SpotifyFake(server, server.port());
        spotify.token();
        spotify.fullPlaylist(FIRST, 30, SpotifyFake.Shape.TRACKS);
        spotify.fullPlaylist(SECOND, 20, SpotifyFake.Shape.TRACKS);
        Map<String, String> env = Map.of("SCOUTDESK_SPOTIFY_API_URL", spotify.baseUrl(),
                "SCOUTDESK_SPOTIFY_ACCOUNTS_URL", spotify.baseUrl(), "SCOUTDESK_SPOTIFY_CLIENT_ID",
                SpotifyFake.CLIENT_ID, "SCOUTDESK_SPOTIFY_CLIENT_SECRET", SpotifyFake.CLIENT_SECRET,
                "SCOUTDESK_SPOTIFY_WEB_URL", "http://127.0.0.1:9");
        context = AppContext.open(new AppPaths(dir), TestEnvironment.withoutRealSources(env), false);
        Services services = context.services();
        services.playlists().add("https://open.spotify.com/playlist/" + FIRST, null, true, false);
        services.playlists().add("https://open.spotify.com/playlist/" + SECOND, null, true, false);
    }

    @AfterEach
    void closeAll() {
        if (window != null) {
            interact(window::dispose);
        }
        executor.shutdown();
        artExecutor.shutdown();
        context.close();
        server.stop();
    }

    private Node showPlaylists() {
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
        waitUntil(() -> root.lookup("#nav-playlists") != null);
        clickOn("#nav-playlists");
        waitUntil(() -> table(root).getItems().size() == 2);
        return root;
    }

    @SuppressWarnings("unchecked")
    private static TableView<PlaylistSummary> table(Node root) {
        return (TableView<PlaylistSummary>) root.lookup("#playlist-table");
    }

    private static String text(Node root, String id) {
        return onFx(() -> ((Labeled) root.lookup(id)).getText());
    }

    /** The ids of the rows shown; by id, since the fake's playlists share their name. */
    private static List<Long> names(Node root) {
        return onFx(() -> table(root).getItems().stream().map(PlaylistSummary::id).sorted().toList());
    }

    private List<Long> trackedIds() {
        return context.services().workspace().playlists().stream().map(PlaylistSummary::id).toList();
    }

    @Test
    void theBulkBarFetchesBothSelectedPlaylists() {
        Node root = showPlaylists();
        assertThat(text(root, "#playlists-total-value")).isEqualTo("2");
        assertThat(text(root, "#playlists-tracks-value")).isEqualTo("50");
        assertThat(onFx(() -> root.lookup("#playlist-bulk-bar").isVisible())).isFalse();

        interact(() -> table(root).getSelectionModel().selectAll());
        waitUntil(() -> root.lookup("#playlist-bulk-bar").isVisible());
        assertThat(text(root, "#playlist-bulk-count")).isEqualTo("2 selected");
        clickOn("#playlist-bulk-fetch");

        try {
            // Both lines are written when the batch ends (the rows read again then, which may clear the selection).
            waitLong(() -> text(root, "#playlist-message").lines().count() == 2);
        } catch (AssertionError e) {
            throw new AssertionError("message: " + text(root, "#playlist-message"), e);
        }
        assertThat(text(root, "#playlist-message").lines().toList()).allSatisfy(line ->
                assertThat(line).contains(": fetched, "));
        assertThat(text(root, "#playlist-message")).contains("30 of 30 read, 0 added, 0 dropped")
                .contains("20 of 20 read, 0 added, 0 dropped");
        for (long id : trackedIds()) {
            assertThat(context.services().playlists().history(id)).hasSize(2);
        }
        waitLong(() -> List.of(20L, 30L).equals(onFx(() -> table(root).getItems().stream()
                .map(PlaylistSummary::tracksLatestWeek).sorted().toList())));
        assertThat(text(root, "#playlists-tracks-value")).isEqualTo("50");
        assertThat(onFx(() -> table(root).getItems().stream().map(PlaylistSummary::lastSource).distinct().toList()))
                .containsExactly(com.scoutdesk.model.FetchMethod.WEB_API);

        interact(() -> table(root).getSelectionModel().clearAndSelect(0));
        waitUntil(() -> historyTable(root).getItems().size() == 2);
        assertThat(onFx(() -> historyTable(root).getItems().get(0).outcome().name())).isEqualTo("COMPLETE");
    }

    @SuppressWarnings("unchecked")
    private static TableView<FetchHistoryEntry> historyTable(Node root) {
        return (TableView<FetchHistoryEntry>) root.lookup("#playlist-history");
    }

    @Test
    void undoKeepsThePlaylistAndLettingTheWindowPassDeletesIt() {
        Node root = showPlaylists();
        long kept = names(root).get(0);

        deleteFirstRow(root);
        waitUntil(() -> names(root).size() == 1);
        assertThat(text(root, "#playlist-undo-notice")).isEqualTo("1 playlist deleted.");
        assertThat(text(root, "#playlists-total-value")).isEqualTo("1");
        clickOn("#playlist-undo");
        waitUntil(() -> names(root).size() == 2);
        assertThat(onFx(() -> root.lookup("#playlist-undo-bar").isVisible())).isFalse();
        sleep(11, TimeUnit.SECONDS); // past the undo window: nothing may be deleted after an undo
        assertThat(trackedIds()).hasSize(2);
        assertThat(names(root)).contains(kept).hasSize(2);

        deleteFirstRow(root);
        waitUntil(() -> names(root).size() == 1);
        assertThat(trackedIds()).as("not deleted while Undo is offered").hasSize(2);
        waitLong(() -> context.services().workspace().playlists().size() == 1);
        waitUntil(() -> !root.lookup("#playlist-undo-bar").isVisible());
        assertThat(names(root)).doesNotContain(kept).hasSize(1);
        waitUntil(() -> text(root, "#playlist-message").startsWith("1 playlist deleted, with"));
    }

    /** Right-click the first row (by id), Delete… from its menu, OK in the confirmation naming it. */
    private void deleteFirstRow(Node root) {
        long first = names(root).get(0);
        String name = onFx(() -> table(root).getItems().stream().filter(p -> p.id() == first).findFirst()
                .orElseThrow().name());
        Node row = lookup(".table-row-cell").match((Node n) -> n instanceof javafx.scene.control.TableRow<?> r
                && r.getItem() instanceof PlaylistSummary p && p.id() == first).queryAs(Node.class);
        rightClickOn(row); // selects the row
        FxTestSupport.requestMenu(row); // headless Monocle sends no menu request of its own
        javafx.scene.control.MenuItem delete = onFx(() -> table(root).getContextMenu().getItems().stream()
                .filter(i -> "playlist-menu-delete".equals(i.getId())).findFirst().orElseThrow());
        try {
            waitUntil(() -> delete.getParentPopup().isShowing() && !delete.isDisable());
        } catch (AssertionError e) {
            throw new AssertionError("showing " + onFx(() -> delete.getParentPopup().isShowing()) + " disabled "
                    + onFx(delete::isDisable) + " selected " + onFx(() -> table(root).getSelectionModel()
                    .getSelectedItems().size()) + " running " + onFx(() -> root.lookup("#playlist-bulk-fetch")
                    .isDisabled()), e);
        }
        clickOn(from(delete.getParentPopup().getScene().getRoot()).lookup((Node n) -> n instanceof Labeled l
                && "Delete\u2026".equals(l.getText())).queryAs(Node.class));
        try {
            waitUntil(() -> lookup("#playlist-delete-confirm").tryQuery().isPresent());
        } catch (AssertionError e) {
            throw new AssertionError("windows: " + listWindows() + " selected "
                    + onFx(() -> table(root).getSelectionModel().getSelectedItems()), e);
        }
        Node dialog = lookup("#playlist-delete-confirm").query();
        assertThat(onFx(() -> ((javafx.scene.control.DialogPane) dialog).getHeaderText()))
                .isEqualTo("Stop tracking \u201c" + name + "\u201d and delete its weekly entries?");
        clickOn(lookup((Node n) -> n instanceof Button b && "OK".equals(b.getText())).queryAs(Node.class));
    }

    private static void waitLong(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(condition::call));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not within 20 s", e);
        }
    }
}
