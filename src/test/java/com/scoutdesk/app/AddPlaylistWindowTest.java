package com.scoutdesk.app;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.scoutdesk.ui.FxTestSupport.onFx;
import static com.scoutdesk.ui.FxTestSupport.trackTable;
import static com.scoutdesk.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.scoutdesk.integration.spotify.SpotifyFake;
import com.scoutdesk.integration.webplayer.FakeWebPlayerServer;
import com.scoutdesk.integration.webplayer.PlaylistFixture;
import com.scoutdesk.model.PlaylistStatus;
import com.scoutdesk.service.PlaylistSummary;
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
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Add playlist dialog, opened from the first-run pane of a real, empty workspace, driven by the robot against a
 * fake Spotify on 127.0.0.1 (and the fake web player in Debian's Chromium for an editorial playlist, which the API
 * refuses): each bad link says what is wrong and cannot be added, each form a scout pastes is added and fetched, and
 * offline the playlist is kept to be fetched later.
 */
class AddPlaylistWindowTest extends FxWindowTest {

    private static final String A = "3cEYpjA9oz9GiPac4AsH4n";
    private static final String B = "5xS3Gi0fA3Uo6RScucyct6";
    private static final String C = "1a2B3c4D5e6F7g8H9i0JkL";
    private static final String D = "0OdUWJ0sBjDrqHygGUXeCF";
    private static final String WEB_URL = "SCOUTDESK_SPOTIFY_WEB_URL";

    @TempDir
    Path dir;
    private WireMockServer server;
    private SpotifyFake spotify;
    private AppContext context;
    private FxTaskExecutor executor;
    private FxTaskExecutor artExecutor;
    private MainWindow window;

    @BeforeEach
    void startFakeSpotify() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        spotify = new SpotifyFake(server, server.port());
        spotify.token();
    }

    @AfterEach
    void closeEverything() {
        if (window != null) {
            interact(window::dispose);
        }
        closeDialogs();
        if (executor != null) {
            executor.shutdown();
            artExecutor.shutdown();
        }
        if (context != null) {
            context.close();
        }
        server.stop();
    }

    private void closeDialogs() {
        interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w != stage).toList()
                .forEach(javafx.stage.Window::hide));
    }

    /** Opens a workspace whose Spotify is the fake and whose web player is at {@code webPlayerUrl}, in the window. */
    private Node showEmptyWorkspace(String webPlayerUrl) {
        Map<String, String> env = new HashMap<>(Map.of("SCOUTDESK_SPOTIFY_API_URL", spotify.baseUrl(),
                "SCOUTDESK_SPOTIFY_ACCOUNTS_URL", spotify.baseUrl(),
                "SCOUTDESK_SPOTIFY_CLIENT_ID", SpotifyFake.CLIENT_ID,
                "SCOUTDESK_SPOTIFY_CLIENT_SECRET", SpotifyFake.CLIENT_SECRET,
                WEB_URL, webPlayerUrl,
                "SCOUTDESK_CHROMIUM_PATH", System.getProperty("scoutdesk.chromium", "/usr/bin/chromium")));
        context = AppContext.open(new AppPaths(dir), TestEnvironment.withoutRealSources(env), false);
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
        waitUntil(() -> root.lookup("#empty-workspace").isVisible() && root.lookup("#first-add-playlist").isVisible());
        assertThat(onFx(() -> root.lookup("#first-import-tracks").isVisible()))
                .as("the window's own import dialog is offered beside Add a playlist").isTrue();
        return root;
    }

    private void openDialog() {
        clickOn("#first-add-playlist");
        waitUntil(() -> lookup("#addpl-link").tryQuery().isPresent() && link().getScene().getWindow().isShowing());
        waitUntil(() -> link().isFocused());
    }

    private TextField link() {
        return lookup("#addpl-link").queryAs(TextField.class);
    }

    private String shown(String id) {
        return onFx(() -> lookup(id).queryAs(Label.class).getText());
    }

    private boolean addDisabled() {
        return onFx(() -> lookup("#addpl-add").queryAs(Button.class).isDisabled());
    }

    private void type(String text) {
        interact(() -> link().clear());
        clickOn(link()).write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits long enough for a fetch through Chromium on a loaded machine, then says what the dialog showed. */
    private void waitForAdd(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("the add did not finish; result: " + shown("#addpl-result") + "; error: "
                    + shown("#addpl-error") + "; problem: " + shown("#addpl-link-problem"), e);
        }
    }

    private List<PlaylistSummary> tracked() {
        return context.services().workspace().playlists();
    }

    @Test
    void badLinksSayWhatIsWrongAndAreNeverAdded() throws Exception {
        Node root = showEmptyWorkspace("http://127.0.0.1:9");
        spotify.fullPlaylist(A, 12, SpotifyFake.Shape.ITEMS);
        openDialog();
        Map<String, String> bad = new java.util.LinkedHashMap<>();
        bad.put("hello there", "not a Spotify link");
        bad.put("https://example.com/playlist/" + A, "not a Spotify link");
        bad.put("https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC",
                "That is a Spotify track link, but a playlist link was expected");
        bad.put("https://open.spotify.com/album/1DFixLWuPkv3KT3TnV35m3?si=abc",
                "That is a Spotify album link, but a playlist link was expected");
        bad.put("spotify:artist:0OdUWJ0sBjDrqHygGUXeCF",
                "That is a Spotify artist link, but a playlist link was expected");
        bad.put("https://open.spotify.com/show/2MAi0BvDc6GTFvKFPXnkCL",
                "That is a link to a podcast, but a playlist link was expected");
        bad.put("https://open.spotify.com/playlist/37i9dQZF1DWWjGdmeTyeJ", "this one has 21");
        bad.put("https://spotify.link/AbCdEf", "short links cannot be read directly");
        bad.put(A + "!", "this one has 23");

        for (Map.Entry<String, String> form : bad.entrySet()) {
            type(form.getKey());
            waitUntil(() -> shown("#addpl-link-problem") != null
                    && shown("#addpl-link-problem").contains(form.getValue()));
            assertThat(addDisabled()).as("Add for %s", form.getKey()).isTrue();
            press(KeyCode.ENTER).release(KeyCode.ENTER); // Enter on a bad link adds nothing
        }
        Shots.scene(link(), "add-playlist-window-bad-link");

        type("https://open.spotify.com/playlist/" + A);
        waitUntil(() -> !addDisabled());
        assertThat(shown("#addpl-link-problem")).isNullOrEmpty();
        press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitForAdd(() -> "Added \u201cScout picks W40\u201d; fetched 12 tracks.".equals(shown("#addpl-result")));
        assertThat(tracked()).as("none of the bad links was added").extracting(PlaylistSummary::spotifyId)
                .containsExactly(A);
        waitUntil(() -> !root.lookup("#empty-workspace").isVisible() && !trackTable(root).getItems().isEmpty());
        assertThat(onFx(() -> trackTable(root).getItems().size())).as("the playlist's tracks on the dashboard")
                .isEqualTo(12);

        type("spotify:playlist:" + A); // the tenth bad form: the playlist just added
        waitUntil(() -> shown("#addpl-link-problem") != null
                && shown("#addpl-link-problem").contains("\u201cScout picks W40\u201d is tracked already"));
        assertThat(addDisabled()).isTrue();
        press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(tracked()).hasSize(1);

        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#addpl-link").tryQuery().isEmpty());
    }

    @Test
    void everyFormAScoutPastesIsAddedAndFetchedEditorialOnesThroughTheWebPlayer() throws Exception {
        try (FakeWebPlayerServer player = FakeWebPlayerServer.start()) {
            Node root = showEmptyWorkspace(player.baseUrl());
            PlaylistFixture editorial = player.serve(PlaylistFixture.of("37i9dQZF1DWfreshfinds", 9));
            server.stubFor(get(urlPathEqualTo("/v1/playlists/" + editorial.id()))
                    .willReturn(SpotifyFake.error(404, "Resource not found")));
            spotify.fullPlaylist(A, 5, SpotifyFake.Shape.ITEMS);
            spotify.fullPlaylist(B, 6, SpotifyFake.Shape.ITEMS);
            spotify.fullPlaylist(C, 7, SpotifyFake.Shape.ITEMS);
            spotify.fullPlaylist(D, 8, SpotifyFake.Shape.ITEMS);
            openDialog();

            Map<String, String> good = new java.util.LinkedHashMap<>();
            good.put("https://open.spotify.com/playlist/" + A + "?si=4f2a9c0d1e", "fetched 5 tracks.");
            good.put("https://open.spotify.com/intl-de/playlist/" + B, "fetched 6 tracks.");
            good.put("spotify:playlist:" + C, "fetched 7 tracks.");
            good.put(D, "fetched 8 tracks.");
            good.put("https://open.spotify.com/embed/playlist/" + editorial.id() + "?utm_source=generator",
                    "fetched 9 tracks.");
            for (Map.Entry<String, String> form : good.entrySet()) {
                type(form.getKey());
                waitUntil(() -> !addDisabled());
                clickOn("#addpl-add");
                waitUntil(() -> onFx(() -> lookup("#addpl-progress").query().isVisible())
                        || shown("#addpl-result") != null);
                waitForAdd(() -> shown("#addpl-result") != null && shown("#addpl-result").startsWith("Added \u201c")
                        && shown("#addpl-result").endsWith(form.getValue()));
                assertThat(shown("#addpl-error")).as(form.getKey()).isNullOrEmpty();
                assertThat(onFx(() -> link().getText())).as("emptied for the next link").isEmpty();
            }
            assertThat(tracked()).extracting(PlaylistSummary::spotifyId)
                    .containsExactlyInAnyOrder(A, B, C, D, editorial.id());
            assertThat(tracked()).filteredOn(p -> p.spotifyId().equals(editorial.id()))
                    .extracting(PlaylistSummary::editorial).containsExactly(true);
            press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
            waitUntil(() -> lookup("#addpl-link").tryQuery().isEmpty());
            waitUntil(() -> !root.lookup("#empty-workspace").isVisible() && !trackTable(root).getItems().isEmpty());
        }
    }

    @Test
    void offlineThePlaylistIsAddedToBeFetchedWhenOnline() {
        showEmptyWorkspace("http://127.0.0.1:9");
        openDialog();
        server.stop(); // the fake Spotify goes away: every source is unreachable

        type("https://open.spotify.com/playlist/" + B + "?si=x");
        waitUntil(() -> !addDisabled());
        clickOn("#addpl-add");

        waitForAdd(() -> shown("#addpl-result") != null);
        assertThat(shown("#addpl-result")).startsWith("Added \u201c")
                .endsWith("; it will be fetched when you are online.");
        assertThat(shown("#addpl-error")).isNullOrEmpty();
        assertThat(tracked()).extracting(PlaylistSummary::spotifyId, PlaylistSummary::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(B, PlaylistStatus.NOT_YET_CHECKED));
    }
}
