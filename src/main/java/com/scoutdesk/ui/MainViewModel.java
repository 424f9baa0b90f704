package com.scoutdesk.ui;

import com.scoutdesk.concurrent.BackgroundTask;
import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.service.Services;
import com.scoutdesk.service.WorkspaceUnavailableException;
import com.scoutdesk.ui.activity.ActivityLinks;
import com.scoutdesk.ui.alerts.AlertsViewModel;
import com.scoutdesk.ui.activity.ActivityViewModel;
import com.scoutdesk.ui.common.Debouncer;
import com.scoutdesk.ui.common.ErrorMessages;
import com.scoutdesk.ui.dashboard.DashboardViewModel;
import com.scoutdesk.ui.playlists.PlaylistActions;
import com.scoutdesk.ui.playlists.PlaylistsViewModel;
import com.scoutdesk.ui.playlists.UndoTimer;
import com.scoutdesk.ui.progress.BatchNotices;
import com.scoutdesk.ui.progress.EnrichmentProgressViewModel;
import com.scoutdesk.ui.settings.SettingsViewModel;
import com.scoutdesk.ui.theme.ThemeManager;
import com.scoutdesk.ui.trends.TrendsViewModel;
import com.scoutdesk.ui.triage.TriageViewModel;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The window's state: whether the workspace is open yet, which page is shown, the status bar, and the page view
 * models once the services have arrived. The services future is awaited through the {@link TaskExecutor}, so the
 * FX thread stays free while the database opens.
 */
public final class MainViewModel {

    /** The open workspace's services: replaced when the scout opens another folder from the failure panel. */
    private CompletableFuture<Services> services;
    private final TaskExecutor executor;
    private final Supplier<Debouncer> debouncers;
    private final WindowSupport support;
    private final ReadOnlyObjectWrapper<WorkspaceState> state =
            new ReadOnlyObjectWrapper<>(this, "state", WorkspaceState.OPENING);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage");
    private final ReadOnlyBooleanWrapper inUse = new ReadOnlyBooleanWrapper(this, "inUse");
    private WorkspaceSwitcher switcher;
    private final ReadOnlyStringWrapper openingNotice = new ReadOnlyStringWrapper(this, "openingNotice", "");
    private final ReadOnlyStringWrapper workspaceDescription = new ReadOnlyStringWrapper(this, "workspace", "");
    private final ReadOnlyBooleanWrapper sample = new ReadOnlyBooleanWrapper(this, "sample");
    private final ReadOnlyObjectWrapper<PageViewModels> pages = new ReadOnlyObjectWrapper<>(this, "pages");
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(this, "page", Page.DASHBOARD);
    private final SettingsViewModel settings;
    /** The bell's alerts; null until the workspace is open, and where the services have none. */
    private final ReadOnlyObjectWrapper<AlertsViewModel> alerts = new ReadOnlyObjectWrapper<>(this, "alerts");
    /** Opens a track's details on the dashboard; the window sets it once the dashboard's drawer exists. */
    private LongConsumer trackDetails = id -> { };
    private BackgroundTask openTask = BackgroundTask.DONE;
    private BackgroundTask sampleTask = BackgroundTask.DONE;
    /** The pages whose data was not read since the workspace opened or last changed (see PageViewModels#read). */
    private final Set<Page> stale = EnumSet.allOf(Page.class);

    /**
     * @param debouncers makes the search debouncer of the dashboard ({@code FxDebouncer} on screen,
     *                   {@link Debouncer#immediate()} in view model tests)
     */
    public MainViewModel(CompletableFuture<Services> services, TaskExecutor executor, ThemeManager themes,
                         Supplier<Debouncer> debouncers) {
        this(services, executor, themes, debouncers, WindowSupport.detached(executor));
    }

    /** @param support the browser, the remembered view and filter, the art's executor and the clock */
    public MainViewModel(CompletableFuture<Services> services, TaskExecutor executor, ThemeManager themes,
                         Supplier<Debouncer> debouncers, WindowSupport support) {
        this.support = Objects.requireNonNull(support);
        this.services = Objects.requireNonNull(services);
        this.executor = Objects.requireNonNull(executor);
        this.debouncers = Objects.requireNonNull(debouncers);
        this.settings = new SettingsViewModel(themes, workspaceDescription.getReadOnlyProperty());
        page.addListener((obs, old, now) -> {
            if (now == null) {
                page.set(old);
            } else {
                readIfStale(now);
            }
        });
    }

    /** Waits for the services in the background; the state turns READY or FAILED on the callback thread. */
    public void start() {
        openTask = executor.submit("open-workspace", services::get, this::opened, this::failed);
    }

    private void opened(Services opened) {
        Runnable workspaceChanged = this::workspaceChanged;
        DashboardViewModel dashboard = new DashboardViewModel(opened.tracks(), opened.sample(), executor,
                debouncers.get(), workspaceChanged);
        EnrichmentProgressViewModel progress = opened.enrichment() == null ? null
                : new EnrichmentProgressViewModel(opened.enrichment(), executor, support.clock());
        TriageViewModel triage = opened.trackService() == null ? null : new TriageViewModel(dashboard, opened,
                executor, support.clock(), support.memories().apply(opened.workspaceDescription()));
        if (triage != null && progress != null) {
            triage.follow(progress);
        }
        if (progress != null) {
            progress.onBatchEnded(summary -> {
                support.notifier().show(BatchNotices.of(summary, () -> page.set(Page.ACTIVITY)));
                refreshAlerts(); // enrichment may have found a label gone major or a publisher
            });
        }
        PlaylistsViewModel playlists = new PlaylistsViewModel(opened.workspace(), PlaylistActions.of(opened),
                executor, UndoTimer.fx(), workspaceChanged);
        playlists.setNotifier(support.notifier(), () -> page.set(Page.PLAYLISTS));
        PageViewModels created = new PageViewModels(dashboard, triage, progress, playlists,
                new ActivityViewModel(opened.workspace(), executor, debouncers.get(), support.clock().getZone(),
                        links(playlists)), opened.trends() == null ? null
                : new TrendsViewModel(opened.trends(), opened.tracks(), executor));
        alerts.set(opened.alerts() == null ? null : new AlertsViewModel(opened.alerts(), executor, trackId -> {
            page.set(Page.DASHBOARD);
            trackDetails.accept(trackId);
        }));
        workspaceDescription.set(opened.workspaceDescription());
        openingNotice.set(String.join("\n", opened.openingNotices()));
        settings.attach(opened, executor, support.clock(), support.openUrl());
        pages.set(created);
        state.set(WorkspaceState.READY);
        created.start();
        readIfStale(page.get());
        refreshSample(opened);
    }

    /** Where the Activity page's rows lead: the dashboard with the track's details, or the Playlists page. */
    private ActivityLinks links(PlaylistsViewModel playlists) {
        return new ActivityLinks() {
            @Override
            public void openTrack(long trackId) {
                page.set(Page.DASHBOARD);
                trackDetails.accept(trackId);
            }

            @Override
            public void openPlaylist(long playlistId) {
                playlists.select(playlistId);
                page.set(Page.PLAYLISTS);
            }
        };
    }

    /** How the window opens a track's details; without it, opening a track only shows the dashboard. */
    void setTrackDetails(LongConsumer opener) {
        trackDetails = Objects.requireNonNull(opener);
    }

    private void failed(Throwable error) {
        errorMessage.set(ErrorMessages.of(error));
        inUse.set(inUse(error));
        state.set(WorkspaceState.FAILED);
    }

    private static boolean inUse(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof WorkspaceUnavailableException unavailable) {
                return unavailable.inUse();
            }
        }
        return false;
    }

    /**
     * How the window opens another folder, from the failure panel and from Settings; without one the failure panel
     * offers only to quit and Settings has no Open another workspace.
     */
    void setSwitcher(WorkspaceSwitcher switcher) {
        this.switcher = Objects.requireNonNull(switcher);
        settings.setWorkspaceSwitcher(this::openAnother);
    }

    boolean canOpenAnother() {
        return switcher != null;
    }

    /**
     * Opens {@code folder} in this window, in the background: the opening panel shows meanwhile, then the pages or
     * the failure panel again. From an open workspace (Settings), its pages are let go first, so nothing reads it
     * while the switcher closes it; a folder that then cannot be opened leaves the failure panel, from which the
     * scout can open any folder again, the previous one included.
     */
    void openAnother(Path folder) {
        if (switcher == null || state.get() == WorkspaceState.OPENING) {
            return;
        }
        WorkspaceSwitcher opener = switcher;
        if (pages.get() != null) {
            pages.get().dispose();
            pages.set(null);
        }
        disposeAlerts();
        state.set(WorkspaceState.OPENING);
        openTask = executor.submit("open-workspace", () -> opener.open(folder), opened -> {
            services = CompletableFuture.completedFuture(opened);
            opened(opened);
        }, this::failed);
    }

    private void workspaceChanged() {
        stale.addAll(EnumSet.allOf(Page.class));
        readIfStale(page.get());
        refreshSample(services.getNow(null));
        refreshAlerts(); // a fetch may have put a track on an editorial playlist
    }

    private void refreshAlerts() {
        if (alerts.get() != null) {
            alerts.get().refresh();
        }
    }

    private void disposeAlerts() {
        if (alerts.get() != null) {
            alerts.get().dispose();
            alerts.set(null);
        }
    }

    /** Reads the page's data if it was never read or the workspace changed since. */
    private void readIfStale(Page shown) {
        PageViewModels current = pages.get();
        if (current != null && stale.remove(shown)) {
            current.read(shown);
        }
    }

    private void refreshSample(Services opened) {
        if (opened == null) {
            return;
        }
        sampleTask.cancel();
        sampleTask = executor.submit("workspace-sample", () -> opened.workspace().holdsSample(), sample::set,
                error -> sample.set(false));
    }

    /** Cancels everything this window started; call when the window closes. */
    public void dispose() {
        openTask.cancel();
        sampleTask.cancel();
        if (pages.get() != null) {
            pages.get().dispose();
        }
        disposeAlerts();
    }

    public ReadOnlyObjectProperty<WorkspaceState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /**
     * What opening the workspace had to do that the scout must read (a damaged file recovered, an update undone), one
     * sentence a line; empty on an ordinary open.
     */
    public ReadOnlyStringProperty openingNoticeProperty() {
        return openingNotice.getReadOnlyProperty();
    }

    /** The scout has read the opening notice. */
    public void dismissOpeningNotice() {
        openingNotice.set("");
    }

    /** Whether the workspace failed to open because another ScoutDesk holds it. */
    public ReadOnlyBooleanProperty inUseProperty() {
        return inUse.getReadOnlyProperty();
    }

    /** Why the workspace could not be opened, in the words of the failure. */
    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty workspaceDescriptionProperty() {
        return workspaceDescription.getReadOnlyProperty();
    }

    /** True while the workspace holds the bundled sample data. */
    public ReadOnlyBooleanProperty sampleProperty() {
        return sample.getReadOnlyProperty();
    }

    /** The page view models; {@code null} until the workspace is open. */
    public ReadOnlyObjectProperty<PageViewModels> pagesProperty() {
        return pages.getReadOnlyProperty();
    }

    /** The page shown; writable, never null. */
    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    /** The opened services; null until the workspace is open. */
    Services services() {
        return services.getNow(null);
    }

    /** The window's background executor, for the dialogs its pages open. */
    TaskExecutor executor() {
        return executor;
    }

    public WindowSupport support() {
        return support;
    }

    /** The notification list's view model; null until the workspace is open or when it has no alerts. */
    public ReadOnlyObjectProperty<AlertsViewModel> alertsProperty() {
        return alerts.getReadOnlyProperty();
    }

    public SettingsViewModel settings() {
        return settings;
    }
}
