package com.scoutdesk.ui;

import static com.scoutdesk.ui.FxTestSupport.onFx;
import static com.scoutdesk.ui.FxTestSupport.trackTable;
import static com.scoutdesk.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.service.Services;
import com.scoutdesk.task.CurrentThreadTaskExecutor;
import com.scoutdesk.task.TaskExecutor;
import com.scoutdesk.ui.fakes.FakeServices;
import com.scoutdesk.ui.fakes.InMemoryThemeStore;
import com.scoutdesk.ui.fakes.ManualTaskExecutor;
import com.scoutdesk.ui.fakes.TestRows;
import com.scoutdesk.ui.theme.AppTheme;
import com.scoutdesk.ui.theme.ThemeManager;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Renders the window in both themes to {@code target/screenshots/*.png} so a person can look at it. The PNG is
 * written through AWT because javafx-swing is not on the class path.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTest extends FxRobot {

    private static final Path DIR = Path.of("target", "screenshots");
    private Stage stage;

    @BeforeAll
    static void englishNumbers() {
        Locale.setDefault(Locale.US);
    }

    @AfterAll
    static void backToLight() {
        onFx(() -> {
            javafx.application.Application.setUserAgentStylesheet(AppTheme.LIGHT.userAgentStylesheet());
            return null;
        });
    }

    @Start
    void start(Stage primary) {
        stage = primary;
        stage.setScene(new Scene(new StackPane(new Label("starting")), 1280, 800));
        stage.show();
    }

    private Scene show(CompletableFuture<Services> services, AppTheme theme) {
        return show(services, theme, new CurrentThreadTaskExecutor());
    }

    private Scene show(CompletableFuture<Services> services, AppTheme theme, TaskExecutor executor) {
        ThemeManager themes = new ThemeManager(new InMemoryThemeStore(theme.id()));
        Scene[] scene = new Scene[1];
        interact(() -> {
            MainWindow window = new MainWindow(services, executor, themes);
            scene[0] = new Scene(window.root(), 1280, 800);
            stage.setScene(scene[0]);
        });
        return scene[0];
    }

    private static Path save(Scene scene, String name) throws IOException {
        WritableImage image = onFx(() -> scene.snapshot(null));
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(DIR);
        Path file = DIR.resolve(name + ".png");
        ImageIO.write(png, "png", file.toFile());
        return file;
    }

    private static FakeServices fortyRows() {
        FakeServices fakes = FakeServices.withRows(TestRows.many(40));
        fakes.workspace.sample = true;
        return fakes;
    }

    @Test
    void dashboardInBothThemes() throws IOException {
        for (AppTheme theme : AppTheme.values()) {
            Scene scene = show(CompletableFuture.completedFuture(fortyRows().services()), theme);
            waitUntil(() -> trackTable(scene.getRoot()).getItems().size() == 40);

            Path file = save(scene, "dashboard-" + theme.id());

            assertThat(Files.size(file)).isGreaterThan(10_000);
        }
    }

    @Test
    void aRecoveredWorkspaceOpensWithTheRepairBanner() throws IOException {
        FakeServices fakes = fortyRows();
        fakes.openingNotices = List.of("The workspace database was damaged and could not be opened (File corrupted "
                + "in chunk 407).", "ScoutDesk kept the damaged file untouched in /home/scout/.local/share/scoutdesk/"
                + "damaged/20261205-100000 and rebuilt the workspace from what it could read: 10 playlists, 1,032 "
                + "tracks, 6,000 weekly entries, 0 credits, 0 contacts.", "Not recovered: 41 contact rows whose "
                + "person row was lost; 2,710 credit rows whose person row was lost.");
        Scene scene = show(CompletableFuture.completedFuture(fakes.services()), AppTheme.LIGHT);
        waitUntil(() -> trackTable(scene.getRoot()).getItems().size() == 40);

        atlantafx.base.controls.Message banner = onFx(() -> (atlantafx.base.controls.Message) scene.getRoot()
                .lookup("#openingNotice"));
        assertThat(onFx(() -> banner.getParent().isVisible())).isTrue();
        assertThat(onFx(banner::getTitle)).isEqualTo("The workspace needed repair when it opened");
        assertThat(onFx(banner::getDescription)).contains("damaged/20261205-100000")
                .contains("Not recovered: 41 contact rows");
        assertThat(onFx(() -> banner.getLayoutBounds().getHeight())).isGreaterThan(40);
        assertThat(Files.size(save(scene, "recovered-light"))).isGreaterThan(10_000);
    }

    @Test
    void otherStates() throws IOException {
        Scene empty = show(CompletableFuture.completedFuture(FakeServices.empty(TestRows.many(3)).services()),
                AppTheme.LIGHT);
        waitUntil(() -> empty.getRoot().lookup("#empty-workspace").isVisible());
        assertThat(Files.size(save(empty, "empty-light"))).isGreaterThan(5_000);

        Scene failed = show(CompletableFuture.failedFuture(new IllegalStateException(
                "The workspace at /home/scout/.local/share/scoutdesk is locked by another ScoutDesk window. "
                        + "Close that window, then start ScoutDesk again.")), AppTheme.DARK);
        waitUntil(() -> failed.getRoot().lookup("#failure-message") != null);
        assertThat(Files.size(save(failed, "failure-dark"))).isGreaterThan(5_000);

        // The current-thread executor would block on an unfinished future; this one never runs it.
        Scene opening = show(new CompletableFuture<>(), AppTheme.LIGHT, new ManualTaskExecutor());
        assertThat(Files.size(save(opening, "opening-light"))).isGreaterThan(5_000);

        Scene playlists = show(CompletableFuture.completedFuture(fortyRows().services()), AppTheme.DARK);
        interact(() -> ((javafx.scene.control.ToggleButton) playlists.getRoot().lookup("#nav-playlists")).fire());
        waitUntil(() -> playlists.getRoot().lookup("#playlist-table") != null);
        assertThat(Files.size(save(playlists, "playlists-dark"))).isGreaterThan(5_000);

        interact(() -> ((javafx.scene.control.ToggleButton) playlists.getRoot().lookup("#nav-activity")).fire());
        waitUntil(() -> playlists.getRoot().lookup("#activity-table") != null);
        assertThat(Files.size(save(playlists, "activity-dark"))).isGreaterThan(5_000);

        interact(() -> ((javafx.scene.control.ToggleButton) playlists.getRoot().lookup("#nav-settings")).fire());
        waitUntil(() -> playlists.getRoot().lookup("#theme-choice") != null);
        assertThat(Files.size(save(playlists, "settings-dark"))).isGreaterThan(5_000);
    }
}
