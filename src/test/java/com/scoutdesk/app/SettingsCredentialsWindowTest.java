package com.scoutdesk.app;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.scoutdesk.ui.FxTestSupport.onFx;
import static com.scoutdesk.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.scoutdesk.app.config.ScoutDeskConfig;
import com.scoutdesk.credentials.FileCredentialStore;
import com.scoutdesk.integration.spotify.SpotifyFake;
import com.scoutdesk.ui.FxTaskExecutor;
import com.scoutdesk.ui.FxWindowTest;
import com.scoutdesk.ui.MainWindow;
import com.scoutdesk.ui.fakes.FakeServices;
import com.scoutdesk.ui.fakes.InMemoryThemeStore;
import com.scoutdesk.ui.theme.ThemeManager;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Settings page's credentials in the real window, with a credentials file in a temporary folder and the Spotify
 * fake on 127.0.0.1: Save, Test connection with good and with wrong values, and no value ever shown on the page.
 */
class SettingsCredentialsWindowTest extends FxWindowTest {

    private static final String WRONG_SECRET = "a-wrong-secret-that-must-not-show-either";

    @TempDir
    Path dir;

    private WireMockServer server;
    private Path credentialsFile;
    private FxTaskExecutor executor;
    private MainWindow window;

    @BeforeEach
    void start() throws Exception {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        SpotifyFake spotify = new SpotifyFake(server, server.port());
        spotify.token();
        // Spotify's answer to any other id and secret: 400 invalid_client.
        String right = "Basic " + Base64.getEncoder().encodeToString((SpotifyFake.CLIENT_ID + ":"
                + SpotifyFake.CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        server.stubFor(post("/api/token").atPriority(1).withHeader("Authorization", WireMock.notMatching(
                java.util.regex.Pattern.quote(right))).willReturn(WireMock.aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_client\",\"error_description\":\"Invalid client secret\"}")));
        Path workspace = Files.createDirectories(dir.resolve("workspace"));
        credentialsFile = dir.resolve("home/.config/scoutdesk/credentials.properties");
        Map<String, String> env = Map.of("SCOUTDESK_CREDENTIALS_FILE", credentialsFile.toString(),
                "SCOUTDESK_SPOTIFY_API_URL", spotify.baseUrl(), "SCOUTDESK_SPOTIFY_ACCOUNTS_URL", spotify.baseUrl());
        FakeServices fakes = FakeServices.empty(List.of());
        fakes.credentials = UserCredentials.open(new AppPaths(workspace), env,
                new FileCredentialStore(credentialsFile, credentialsFile.toString()));
        fakes.workspaceConfig = WorkspaceConfigs.of(workspace, ScoutDeskConfig.defaults());
        executor = new FxTaskExecutor();
        interact(() -> {
            window = new MainWindow(CompletableFuture.completedFuture(fakes.services()), executor,
                    new ThemeManager(new InMemoryThemeStore("light")));
            stage.setScene(new Scene(window.root(), 1280, 800));
        });
    }

    @AfterEach
    void stop() {
        if (window != null) {
            interact(window::dispose);
        }
        if (executor != null) {
            executor.shutdown();
        }
        server.stop();
    }

    @Test
    void goodCredentialsTestOkAndWrongOnesAreRejectedWithoutEverShowingAValue() throws Exception {
        Parent root = window.root();
        waitUntil(() -> !root.lookup("#nav-settings").isDisabled()); // the navigation waits for the workspace
        clickOn("#nav-settings");
        waitUntil(() -> shown(root, "#credentials-spotify"));
        assertThat(text(root, "#credentials-store")).contains(credentialsFile.toString());
        assertThat(text(root, "#credential-SPOTIFY_CLIENT_SECRET-status")).isEqualTo("not set");

        type(root, "#credential-SPOTIFY_CLIENT_ID", SpotifyFake.CLIENT_ID);
        type(root, "#credential-SPOTIFY_CLIENT_SECRET", SpotifyFake.CLIENT_SECRET);
        click(root, "#credentials-spotify-save");
        waitUntil(() -> "saved in credentials file".equals(text(root, "#credential-SPOTIFY_CLIENT_SECRET-status"))
                || !text(root, "#credentials-spotify-message").isEmpty());
        assertThat(text(root, "#credentials-spotify-message")).isEqualTo("Spotify: credentials saved.");
        assertThat(text(root, "#credential-SPOTIFY_CLIENT_SECRET-status")).isEqualTo("saved in credentials file");
        assertThat(Files.readString(credentialsFile)).contains(SpotifyFake.CLIENT_SECRET);
        assertThat(shownTexts(root)).as("no value on the page after saving")
                .noneMatch(t -> t.contains(SpotifyFake.CLIENT_SECRET) || t.contains(SpotifyFake.CLIENT_ID));

        click(root, "#credentials-spotify-test");
        waitUntil(() -> text(root, "#credentials-spotify-verdict").startsWith("OK"));
        assertThat(text(root, "#credentials-spotify-verdict")).contains("Spotify accepted");
        assertThat(onFx(() -> root.lookup("#credentials-spotify-verdict").getStyleClass())).contains("success");

        type(root, "#credential-SPOTIFY_CLIENT_ID", SpotifyFake.CLIENT_ID);
        type(root, "#credential-SPOTIFY_CLIENT_SECRET", WRONG_SECRET);
        click(root, "#credentials-spotify-save");
        waitUntil(() -> Files.readString(credentialsFile).contains(WRONG_SECRET)
                && text(root, "#credentials-spotify-verdict").isEmpty());
        click(root, "#credentials-spotify-test");
        waitUntil(() -> text(root, "#credentials-spotify-verdict").startsWith("Rejected"));
        assertThat(text(root, "#credentials-spotify-verdict")).startsWith("Rejected: bad credentials");
        assertThat(onFx(() -> root.lookup("#credentials-spotify-verdict").getStyleClass())).contains("danger");
        assertThat(shownTexts(root)).noneMatch(t -> t.contains(WRONG_SECRET) || t.contains(SpotifyFake.CLIENT_SECRET));

        click(root, "#credentials-spotify-remove");
        waitUntil(() -> "not set".equals(text(root, "#credential-SPOTIFY_CLIENT_SECRET-status")));
        assertThat(Files.readString(credentialsFile)).doesNotContain(WRONG_SECRET);
    }

    /** Types into a field as the scout would, after scrolling it into view. */
    private void type(Parent root, String id, String value) {
        scrollTo(root, id);
        clickOn(id);
        write(value);
    }

    private void click(Parent root, String id) {
        scrollTo(root, id);
        clickOn(id);
    }

    /** The Settings page scrolls; a robot's click needs the node on screen. */
    private void scrollTo(Parent root, String id) {
        interact(() -> {
            ScrollPane page = (ScrollPane) root.lookup("#settings");
            Node node = root.lookup(id);
            Node content = page.getContent();
            Bounds at = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double room = content.getBoundsInLocal().getHeight() - page.getViewportBounds().getHeight();
            page.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, (at.getMinY() - 40) / room)));
            page.layout(); // place the content now, so the robot aims at where the node is after the scroll
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> onFx(() -> {
            Node node = root.lookup(id);
            Bounds shown = node.localToScene(node.getBoundsInLocal());
            return shown.getMinY() >= 0 && shown.getMaxY() <= node.getScene().getHeight();
        }));
    }

    private static boolean shown(Parent root, String id) {
        return onFx(() -> {
            Node node = root.lookup(id);
            return node != null && node.isVisible() && node.getScene() != null;
        });
    }

    private static String text(Parent root, String id) {
        return onFx(() -> {
            Node node = root.lookup(id);
            return node instanceof Labeled l ? l.getText() : ((TextInputControl) node).getText();
        });
    }

    /** Every label's, button's and field's text on the page (password fields included). */
    private static List<String> shownTexts(Parent root) {
        return onFx(() -> {
            List<String> texts = new ArrayList<>();
            collect(root.lookup("#settings"), texts);
            return texts;
        });
    }

    private static void collect(Node node, List<String> texts) {
        if (node instanceof Labeled l && l.getText() != null) {
            texts.add(l.getText());
        }
        if (node instanceof TextInputControl t && t.getText() != null) {
            texts.add(t.getText());
        }
        if (node instanceof ScrollPane s && s.getContent() != null) {
            collect(s.getContent(), texts);
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }
}
