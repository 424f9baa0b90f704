package com.scoutdesk.ui;

import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.service.Services;
import com.scoutdesk.ui.activity.ActivityView;
import com.scoutdesk.ui.alerts.AlertsBell;
import com.scoutdesk.ui.alerts.AlertsPanel;
import com.scoutdesk.ui.alerts.AlertsViewModel;
import com.scoutdesk.ui.trends.TrendsView;
import com.scoutdesk.ui.backups.BackupsDialog;
import com.scoutdesk.ui.backups.BackupsViewModel;
import com.scoutdesk.ui.common.ArtThumbnails;
import com.scoutdesk.ui.common.FxDebouncer;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.LayoutPulses;
import com.scoutdesk.ui.common.Shortcuts;
import com.scoutdesk.ui.help.ShortcutsSheet;
import com.scoutdesk.ui.dashboard.DashboardView;
import com.scoutdesk.ui.importing.ImportDialog;
import com.scoutdesk.ui.playlists.AddPlaylistDialog;
import com.scoutdesk.ui.playlists.PlaylistExport;
import com.scoutdesk.ui.playlists.PlaylistsView;
import com.scoutdesk.ui.progress.EnrichmentProgressView;
import com.scoutdesk.ui.settings.SettingsView;
import com.scoutdesk.ui.theme.ThemeManager;
import com.scoutdesk.ui.triage.TriageView;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The root of the main window, the entry point the application calls. It shows at once with an "Opening
 * workspace…" panel and fills in when the services future completes, or shows the failure's message.
 *
 * <pre>{@code
 * ThemeManager themes = ThemeManager.fromUserPreferences();
 * MainWindow window = new MainWindow(servicesFuture, fxTaskExecutor, themes, support);  // applies the theme
 * stage.setScene(new Scene(window.root(), 1280, 800));
 * stage.setTitle(MainWindow.title());
 * stage.setOnHidden(e -> window.dispose());                  // then fxTaskExecutor.shutdown() in stop()
 * }</pre>
 */
public final class MainWindow {

    /** The window's own stylesheet, added to the root so it travels with it. */
    public static final String STYLESHEET = "/com/scoutdesk/ui/app.css";
    /** The smallest window everything fits in without being cut (the filter bar wraps). */
    public static final double MIN_WIDTH = 1024;
    public static final double MIN_HEIGHT = 640;

    private final MainViewModel model;
    private final BorderPane root = new BorderPane();
    private final StackPane pageHost = new StackPane();
    /** How each page of the open workspace is built: on its first showing, so opening builds only the dashboard. */
    private final Map<Page, Supplier<Node>> pageBuilders = new EnumMap<>(Page.class);
    private final Map<Page, Node> pages = new EnumMap<>(Page.class);
    private final EventHandler<KeyEvent> shortcuts = this::onKey;
    private ShortcutsSheet shortcutsSheet;
    private Runnable focusSearch = () -> { };
    /** Opens the import dialog; null while the window has none. */
    private Runnable importTracks;
    private final Node statusBar;
    private final VBox navigation;
    /** The alerts' bell of the open workspace; null before it opens or when it has no alerts. */
    private AlertsBell alertsBell;
    private FolderChooser folders = FolderChooser.system();

    /**
     * A window detached from the desktop ({@link WindowSupport#detached}): links are not opened and the view and
     * filter are not remembered. For benchmarks and tests; the application uses the four-argument constructor.
     */
    public MainWindow(CompletableFuture<Services> services, TaskExecutor executor, ThemeManager themes) {
        this(services, executor, themes, WindowSupport.detached(executor));
    }

    /** Applies the current theme, builds the window and starts waiting for the services. */
    public MainWindow(CompletableFuture<Services> services, TaskExecutor executor, ThemeManager themes,
                      WindowSupport support) {
        this(new MainViewModel(services, executor, themes, () -> new FxDebouncer(FxDebouncer.SEARCH_DELAY),
                support));
        themes.applyCurrent();
    }

    MainWindow(MainViewModel model) {
        this.model = Objects.requireNonNull(model);
        this.statusBar = StatusBar.create(model);
        root.getStyleClass().add("main-window");
        root.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(STYLESHEET)).toExternalForm());
        navigation = NavigationBar.create(model.pageProperty(),
                model.stateProperty().isEqualTo(WorkspaceState.READY), this::showShortcuts);
        root.setLeft(navigation);
        root.setBottom(statusBar);
        root.setCenter(ShellPanels.opening());
        root.setTop(OpeningNotice.create(model));
        pageBuilders.put(Page.SETTINGS, () -> new SettingsView(model.settings()).root());

        model.stateProperty().addListener((obs, old, now) -> showState(now));
        model.pageProperty().addListener((obs, old, now) -> showPage(now));
        root.sceneProperty().addListener((obs, old, now) -> moveShortcuts(old, now));
        model.start();
    }

    /** Convenience for {@code new MainWindow(services, executor, themes).root()}. */
    public static Parent create(CompletableFuture<Services> services, TaskExecutor executor, ThemeManager themes) {
        return new MainWindow(services, executor, themes).root();
    }

    /** The window title, for {@code stage.setTitle}. */
    public static String title() {
        return I18n.tr("app.title");
    }

    public Parent root() {
        return root;
    }

    /** Cancels the window's background work; call when the stage closes. */
    public void dispose() {
        if (alertsBell != null) {
            alertsBell.stop();
        }
        model.dispose();
    }

    MainViewModel viewModel() {
        return model;
    }

    private void showState(WorkspaceState state) {
        switch (state) {
            case READY:
                PageViewModels created = model.pagesProperty().get();
                // One art cache for the workspace: the dashboard's album art and the playlist cards' covers.
                ArtThumbnails art = new ArtThumbnails(model.services().art(), model.support().artExecutor());
                // A page of another workspace opened in this window before is built again, on its first showing.
                pages.keySet().retainAll(Set.of(Page.SETTINGS));
                pages.put(Page.DASHBOARD, dashboardPage(created, art));
                pageBuilders.put(Page.PLAYLISTS, () -> {
                    PlaylistsView playlists = new PlaylistsView(created.playlists(), PlaylistExport.dialog(
                            model.services().export(), model.executor(), model.support().exportChoices(),
                            model.support().openUrl()), art, model.support().playlistLayout());
                    playlists.offerAdding(addPlaylist(created), importTracks(created));
                    return playlists.root();
                });
                pageBuilders.put(Page.ACTIVITY, () -> new ActivityView(created.activity()).root());
                pageBuilders.put(Page.TRENDS, () -> created.trends() == null ? ShellPanels.opening()
                        : new TrendsView(created.trends(), TrendsView::chooseCsv).root());
                offerBackups(model.services());
                showAlerts(model.alertsProperty().get());
                root.setCenter(pageHost);
                showPage(model.pageProperty().get());
                break;
            case FAILED:
                showAlerts(null);
                root.setBottom(statusBar); // no progress of a workspace that is not open
                root.setCenter(ShellPanels.failure(model.errorMessageProperty(), model.inUseProperty().get(),
                        model.canOpenAnother() ? this::openAnother : null, this::quit));
                break;
            default:
                showAlerts(null);
                root.setBottom(statusBar);
                root.setCenter(ShellPanels.opening());
        }
    }

    private Node dashboardPage(PageViewModels created, ArtThumbnails art) {
        if (created.triage() == null) {
            DashboardView plain = new DashboardView(created.dashboard());
            offerFirstRun(plain, created);
            focusSearch = plain::focusSearch;
            return plain.root();
        }
        WindowSupport support = model.support();
        TriageView triage = new TriageView(created.triage(), art, support.openUrl(), support.exportChoices(),
                () -> model.pageProperty().set(Page.PLAYLISTS));
        if (created.progress() != null) {
            // Above the status bar on every page: enrichment runs whatever page the scout is on. Placed (and its
            // timer started) once the first result is laid out: reading the queue's counts costs a second on a large
            // workspace, and the first rows' layout needs the core.
            created.dashboard().afterFirstResult(() -> afterNextLayout(() -> root.setBottom(
                    new VBox(new EnrichmentProgressView(created.progress()).root(), statusBar))));
        }
        offerFirstRun(triage.dashboard(), created);
        focusSearch = triage::focusSearch;
        model.setTrackDetails(triage::openDetails);
        return triage.root();
    }

    /**
     * Sets how the window opens the import dialog, offered on the empty workspace's first-run pane (and hidden while
     * there is none); call before the workspace has opened.
     */
    public void setImportTracks(Runnable opener) {
        importTracks = opener;
    }

    /** The empty workspace's first-run actions: add a playlist (when the workspace can) and import tracks. */
    private void offerFirstRun(DashboardView dashboard, PageViewModels created) {
        dashboard.offerFirstRun(addPlaylist(created), importTracks(created));
    }

    /**
     * Opens the import dialog (or what {@link #setImportTracks} set); the tracks imported show on the dashboard and
     * their playlist on the Playlists page. Null (not offered) when the workspace has no playlist use cases.
     */
    private Runnable importTracks(PageViewModels created) {
        Services services = model.services();
        if (importTracks != null || services.playlists() == null) {
            return importTracks;
        }
        return () -> ImportDialog.open(window(), services, model.executor(), () -> showAdded(created));
    }

    /** Opens the Add playlist dialog; each playlist added shows on the dashboard and the Playlists page. */
    private Runnable addPlaylist(PageViewModels created) {
        Services services = model.services();
        return services.playlists() == null ? null : () -> AddPlaylistDialog.open(window(), services.playlists(),
                services.workspace(), model.executor(), model.support().addPlaylistChoices(),
                added -> showAdded(created));
    }

    /** What a playlist added or tracks imported change: the dashboard's result and the Playlists page's rows. */
    private static void showAdded(PageViewModels created) {
        created.dashboard().workspaceChanged();
        created.playlists().refresh();
    }

    /** The bell at the left bar's foot and the notification list it opens at the right; neither without alerts. */
    private void showAlerts(AlertsViewModel alerts) {
        if (alertsBell != null) {
            alertsBell.stop();
        }
        root.setRight(null);
        alertsBell = alerts == null ? null : new AlertsBell(alerts, new AlertsPanel(alerts, root::setRight));
        NavigationBar.setFoot(navigation, alertsBell == null ? null : alertsBell.root());
        if (alertsBell != null) {
            alertsBell.start();
        }
    }

    /** Settings > Backups…, for a workspace that keeps backups of its own. */
    private void offerBackups(Services services) {
        model.settings().workspace().backupsProperty().set(services.backups() == null ? null
                : () -> new BackupsDialog(window(), new BackupsViewModel(services.backups(), model.executor()),
                        model.support().openUrl()).show());
    }

    /** Runs {@code then} after the next layout pulse of the window's scene (at once when it has none). */
    private void afterNextLayout(Runnable then) {
        Scene scene = root.getScene();
        if (scene == null) {
            then.run();
        } else {
            LayoutPulses.firstWhere(scene, () -> true).thenRunAsync(then, Platform::runLater);
        }
    }

    private void showPage(Page page) {
        if (model.stateProperty().get() != WorkspaceState.READY) {
            return;
        }
        Node node = pages.computeIfAbsent(page, p -> {
            Supplier<Node> builder = pageBuilders.get(p);
            return builder == null ? null : builder.get();
        });
        if (node != null) {
            pageHost.getChildren().setAll(node);
        }
    }

    private void moveShortcuts(Scene old, Scene now) {
        if (old != null) {
            old.removeEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
        }
        if (now != null) {
            now.addEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
        }
    }

    private void onKey(KeyEvent event) {
        if (Shortcuts.HELP.match(event)) {
            showShortcuts();
            event.consume();
            return;
        }
        if (model.stateProperty().get() != WorkspaceState.READY) {
            return;
        }
        for (Page page : Page.values()) {
            if (pageShortcut(page).match(event)) {
                model.pageProperty().set(page);
                event.consume();
                return;
            }
        }
        if (Shortcuts.SEARCH.match(event)) {
            model.pageProperty().set(Page.DASHBOARD);
            focusSearch.run();
            event.consume();
        }
    }

    /**
     * Lets the failure panel open another workspace folder in this window, chosen with {@code chooser}. The
     * application passes the system's folder dialog; tests answer it themselves.
     */
    public void allowOpeningAnother(WorkspaceSwitcher switcher, FolderChooser chooser) {
        this.folders = Objects.requireNonNull(chooser);
        model.setSwitcher(switcher);
        if (model.stateProperty().get() == WorkspaceState.FAILED) {
            showState(WorkspaceState.FAILED); // the panel was built without the button
        }
    }

    private void openAnother() {
        folders.choose(window(), I18n.tr("shell.openAnother.title")).ifPresent(model::openAnother);
    }

    /** Closes the window; with it the last one, the application ends and closes what it opened. */
    private void quit() {
        Window window = window();
        if (window != null) {
            window.hide();
        }
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** Help > Keyboard shortcuts (F1); one sheet at a time. */
    void showShortcuts() {
        if (shortcutsSheet == null || !shortcutsSheet.isShowing()) {
            shortcutsSheet = new ShortcutsSheet(root.getScene() == null ? null : root.getScene().getWindow());
            shortcutsSheet.show();
        } else {
            shortcutsSheet.getDialogPane().requestFocus();
        }
    }

    /** Ctrl+1..5, from anywhere in the window (Ctrl+Shift+1..3 switch the dashboard's views). */
    static KeyCombination pageShortcut(Page page) {
        return Shortcuts.page(page.ordinal() + 1);
    }
}
