package com.scoutdesk.ui.playlists;

import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.service.PlaylistSummary;
import com.scoutdesk.service.WorkspaceQueryService;
import com.scoutdesk.ui.common.BackgroundList;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Notifier;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.FilteredList;

/**
 * The Playlists page: the tracked playlists with their health and the four counts above them, the actions on one or
 * many playlists (run in the background, one playlist after the other), a delete that can be undone for a while, and
 * the selected playlist's fetch history.
 */
public final class PlaylistsViewModel {

    private final BackgroundList<PlaylistSummary> list;
    private final FilteredList<PlaylistSummary> shown;
    private final PlaylistCommands commands;
    private final PendingDelete pendingDelete;
    private final FetchHistoryViewModel history;
    private final PlaylistMetrics metrics = new PlaylistMetrics();
    private final Runnable workspaceChanged;
    private final PlaylistActions actions;
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<Long> wanted = new ReadOnlyObjectWrapper<>(this, "wanted");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper messageIsFailure = new ReadOnlyBooleanWrapper(this, "messageIsFailure");

    /**
     * @param workspaceChanged told after playlists were fetched or deleted, so other pages read again
     */
    private final EnrichmentWatch enriching;
    private Notifier notifier = Notifier.NONE;
    private Runnable showPage = () -> { };

    public PlaylistsViewModel(WorkspaceQueryService workspace, PlaylistActions actions, TaskExecutor executor,
                              UndoTimer timer, Runnable workspaceChanged) {
        this.list = new BackgroundList<>(executor, "playlists", workspace::playlists);
        this.actions = actions;
        this.executor = executor;
        this.commands = new PlaylistCommands(actions, executor);
        this.history = new FetchHistoryViewModel(actions, executor);
        this.workspaceChanged = workspaceChanged;
        this.pendingDelete = new PendingDelete(actions, executor, timer, this::deleted);
        this.enriching = new EnrichmentWatch(actions, executor, timer, commands.busy());
        this.shown = new FilteredList<>(list.rows());
        pendingDelete.hidden().addListener((SetChangeListener<Long>) change ->
                shown.setPredicate(p -> !pendingDelete.hidden().contains(p.id())));
        shown.addListener((Observable o) -> metrics.update(shown));
        metrics.update(shown);
    }

    public void refresh() {
        list.refresh();
    }

    /**
     * Fetches the playlists into the current week, one after the other; a notice says when they are done, since a
     * fetch through the web player takes minutes and the scout may be on another page by then.
     */
    public void fetch(List<PlaylistSummary> playlists) {
        commands.run("playlists.progress.fetch", playlists,
                (actions, p) -> PlaylistOutcomes.fetched(p.name(), actions.fetch(p.id())), this::progress,
                (lines, anyFailed) -> {
                    changed(lines, anyFailed);
                    notifier.show(FetchNotices.of(lines, anyFailed, showPage));
                });
    }

    /**
     * Where the end of a fetch is told, and how its link shows this page; the window sets it, tests may leave it
     * ({@link Notifier#NONE}).
     */
    public void setNotifier(Notifier notifier, Runnable showPage) {
        this.notifier = Objects.requireNonNull(notifier);
        this.showPage = Objects.requireNonNull(showPage);
    }

    /** Reads the playlists' name, curator, followers and size again. */
    public void refreshMetadata(List<PlaylistSummary> playlists) {
        commands.run("playlists.progress.refresh", playlists,
                (actions, p) -> PlaylistOutcomes.refreshed(actions.refreshMetadata(p.id())), this::progress,
                this::changed);
    }

    /** Queues the playlists' tracks for enrichment again; the window's background enrichment runs them. */
    public void enrich(List<PlaylistSummary> playlists) {
        commands.run("playlists.progress.enrich", playlists,
                (actions, p) -> PlaylistOutcomes.enriched(p.name(), actions.enrich(p.id())), this::progress,
                (lines, anyFailed) -> {
                    report(lines, anyFailed);
                    playlists.forEach(p -> enriching.watch(p.id())); // one whose queueing failed has none due
                });
    }

    /**
     * Reads which tracks appeared on the playlists, in the background, and hands them to {@code export} (the export
     * dialog, on the FX thread) with the count of the first playlist's own; says so when they hold none.
     */
    public void export(List<PlaylistSummary> playlists, BiConsumer<Integer, List<Long>> export) {
        if (playlists.isEmpty()) {
            return;
        }
        executor.submit("playlist-tracks", () -> playlists.stream().map(p -> actions.trackIds(p.id())).toList(),
                perPlaylist -> {
                    List<Long> ids = perPlaylist.stream().flatMap(List::stream).distinct().toList();
                    if (ids.isEmpty()) {
                        report(List.of(I18n.tr("playlists.export.none")), false);
                    } else {
                        export.accept(perPlaylist.get(0).size(), ids);
                    }
                }, error -> report(List.of(PlaylistOutcomes.failed(playlists.get(0).name(), error)), true));
    }

    /** Hides the playlists at once; they are deleted when the undo window passes (see {@link #undoDelete()}). */
    public void delete(List<PlaylistSummary> playlists) {
        if (!playlists.isEmpty()) {
            pendingDelete.start(playlists.stream().map(PlaylistSummary::id).toList());
        }
    }

    /** Shows the playlists of the waiting delete again; nothing was deleted. */
    public void undoDelete() {
        pendingDelete.undo();
    }

    /** Shows the fetch history of the selected playlist (null: none selected). */
    public void selected(PlaylistSummary playlist) {
        history.show(playlist == null ? null : playlist.id(), playlist == null ? null : playlist.name());
    }

    /** Asks the view to select and show the playlist with this id (from a link on another page). */
    public void select(long playlistId) {
        // Set to null first so asking for the same playlist again still reaches the view.
        wanted.set(null);
        wanted.set(playlistId);
    }

    /** The playlist another page asked to see, or null; the view selects its row once the rows hold it. */
    public ReadOnlyObjectProperty<Long> wantedProperty() {
        return wanted.getReadOnlyProperty();
    }

    /** The view has shown the wanted playlist: a later reload leaves the scout's own selection alone. */
    public void wantedShown() {
        wanted.set(null);
    }

    /** Carries out a delete still waiting for its window (the window closes), then stops the page's reads. */
    public void dispose() {
        enriching.dispose();
        pendingDelete.commitNow();
        history.dispose();
        list.dispose();
    }

    private void progress(String line) {
        messageIsFailure.set(false);
        message.set(line);
    }

    private void report(List<String> lines, boolean anyFailed) {
        messageIsFailure.set(anyFailed);
        message.set(String.join("\n", lines));
    }

    private void changed(List<String> lines, boolean anyFailed) {
        report(lines, anyFailed);
        list.refresh();
        history.reload();
        workspaceChanged.run();
    }

    private void deleted(String line) {
        messageIsFailure.set(false);
        message.set(line);
        list.refresh();
        workspaceChanged.run();
    }

    /** The playlists shown: every tracked one but those whose delete is waiting or under way. */
    public ObservableList<PlaylistSummary> rows() {
        return shown;
    }

    public PlaylistMetrics metrics() {
        return metrics;
    }

    public FetchHistoryViewModel history() {
        return history;
    }

    /** The playlists being fetched, refreshed or enriched right now. */
    public ObservableSet<Long> busy() {
        return commands.busy();
    }

    /** Whether a batch of actions is under way: the actions wait until it is over. */
    public ReadOnlyBooleanProperty runningProperty() {
        return commands.runningProperty();
    }

    /** What the latest action did, one line a playlist; or which playlist is being worked on. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsFailureProperty() {
        return messageIsFailure.getReadOnlyProperty();
    }

    /** "2 playlists deleted" while the delete can be undone; empty otherwise. */
    public ReadOnlyStringProperty undoNoticeProperty() {
        return pendingDelete.noticeProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return list.loadingProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return list.errorMessageProperty();
    }

    /** The confirmation's question: how many playlists and that their weekly entries go with them. */
    public static String deleteQuestion(List<PlaylistSummary> playlists) {
        return playlists.size() == 1 ? I18n.tr("playlists.delete.confirmOne", playlists.get(0).name())
                : I18n.tr("playlists.delete.confirmMany", playlists.size());
    }
}
