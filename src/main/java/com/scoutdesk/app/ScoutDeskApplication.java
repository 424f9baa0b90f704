package com.scoutdesk.app;

import com.scoutdesk.concurrent.NamedThreads;
import com.scoutdesk.service.Services;
import com.scoutdesk.ui.FolderChooser;
import com.scoutdesk.ui.FxTaskExecutor;
import com.scoutdesk.ui.MainWindow;
import com.scoutdesk.ui.WindowSupport;
import com.scoutdesk.ui.common.ToastNotifier;
import com.scoutdesk.ui.export.PreferencesExportChoices;
import com.scoutdesk.ui.playlists.AddPlaylistChoices;
import com.scoutdesk.ui.playlists.PlaylistLayoutMemory;
import com.scoutdesk.ui.theme.ThemeManager;
import com.scoutdesk.ui.triage.PreferencesViewMemory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. The window is shown first; the workspace (Hibernate takes most of the start-up time) is
 * opened behind it on a background thread and handed to the window when ready.
 */
public final class ScoutDeskApplication extends Application {

    private final FxTaskExecutor executor = new FxTaskExecutor();
    /** Album art has its own threads, so a slow image host never delays a query. */
    private final FxTaskExecutor artExecutor = new FxTaskExecutor();
    private final CompletableFuture<AppContext> context = new CompletableFuture<>();
    private final DesktopWorkspaces workspaces = new DesktopWorkspaces(System.getenv(), true);

    @Override
    public void start(Stage stage) {
        String option = getParameters().getNamed().get("workspace");
        AppPaths paths = AppPaths.fromSystem(Optional.ofNullable(option).map(Path::of));
        ThemeManager themes = ThemeManager.fromUserPreferences();
        CompletableFuture<Services> services = context.thenApply(AppContext::services);
        WindowSupport support = new WindowSupport(getHostServices()::showDocument,
                PreferencesViewMemory::forWorkspace, artExecutor, Clock.systemDefaultZone(),
                new PreferencesExportChoices(), AddPlaylistChoices.fromUserPreferences(),
                new ToastNotifier(() -> stage, () -> themes.getTheme().isDark()),
                PlaylistLayoutMemory.fromUserPreferences());
        MainWindow window = new MainWindow(services, executor, themes, support);
        window.allowOpeningAnother(folder -> workspaces.switchTo(AppPaths.fromSystem(Optional.of(folder))),
                FolderChooser.system());
        stage.setTitle(MainWindow.title());
        for (String size : new String[] {"32", "256"}) {
            var icon = ScoutDeskApplication.class.getResourceAsStream("/com/scoutdesk/app/icon-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon));
            }
        }
        stage.setScene(new Scene(window.root(), 1280, 800));
        // Below this the filter bar and the lead views would be cut rather than wrap or scroll.
        stage.setMinWidth(MainWindow.MIN_WIDTH);
        stage.setMinHeight(MainWindow.MIN_HEIGHT);
        stage.setOnHidden(e -> window.dispose());
        stage.show();

        Thread opener = NamedThreads.daemon("scoutdesk-open-workspace", () -> {
            try {
                context.complete(workspaces.context(paths));
            } catch (RuntimeException | Error e) {
                LoggerFactory.getLogger(ScoutDeskApplication.class).error("Could not open the workspace", e);
                context.completeExceptionally(e);
            }
        });
        opener.start();
    }

    @Override
    public void stop() {
        executor.shutdown();
        artExecutor.shutdown();
        workspaces.closeAll();
    }
}
