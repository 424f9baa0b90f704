package com.scoutdesk.ui.playlists;

import com.scoutdesk.concurrent.BackgroundTask;
import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.model.FetchOutcome;
import com.scoutdesk.service.FetchReport;
import com.scoutdesk.service.InvalidInputException;
import com.scoutdesk.service.PlaylistAdded;
import com.scoutdesk.service.PlaylistAlreadyTrackedException;
import com.scoutdesk.service.PlaylistService;
import com.scoutdesk.service.PlaylistSummary;
import com.scoutdesk.ui.common.Debouncer;
import com.scoutdesk.ui.common.ErrorMessages;
import com.scoutdesk.ui.common.I18n;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.LoggerFactory;

/**
 * The Add playlist dialog's state: the two links checked as the scout types (the message waits for a pause in the
 * typing, the Add button does not), the remembered check boxes, and the add itself on the {@link TaskExecutor}, which
 * ends in a sentence saying what happened. A failed add keeps what was typed; a good one empties the form for the
 * next playlist.
 */
public final class AddPlaylistViewModel {

    /** Adds a playlist as {@link PlaylistService#add} does; an interface so tests can stand in for the service. */
    @FunctionalInterface
    public interface Adder {
        PlaylistAdded add(String link, String chartmetricUrl, boolean fetch, boolean autoEnrich);
    }

    private final StringProperty link = new SimpleStringProperty(this, "link", "");
    private final StringProperty chartmetricLink = new SimpleStringProperty(this, "chartmetricLink", "");
    private final BooleanProperty autoFetch = new SimpleBooleanProperty(this, "autoFetch");
    private final BooleanProperty autoEnrich = new SimpleBooleanProperty(this, "autoEnrich");
    private final ReadOnlyStringWrapper linkProblem = new ReadOnlyStringWrapper(this, "linkProblem");
    private final ReadOnlyStringWrapper chartmetricProblem = new ReadOnlyStringWrapper(this, "chartmetricProblem");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyBooleanWrapper canAdd = new ReadOnlyBooleanWrapper(this, "canAdd");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");

    private final Adder adder;
    private final Callable<List<PlaylistSummary>> trackedPlaylists;
    private final TaskExecutor executor;
    private final Debouncer debouncer;
    private final AddPlaylistChoices choices;
    private final Consumer<PlaylistAdded> onAdded;

    /** Tracked playlists' names by Spotify id; empty until they are loaded. */
    private final Map<String, String> tracked = new HashMap<>();
    private PlaylistLinkCheck.Verdict verdict = PlaylistLinkCheck.check("", Map.of());
    /** An empty link is only called a problem once the scout has typed there (or pressed Add). */
    private boolean linkEdited;
    private boolean resetting;
    private BackgroundTask trackedTask = BackgroundTask.DONE;

    /**
     * @param trackedPlaylists reads the tracked playlists (in the background), to refuse a duplicate while typing
     * @param debouncer        delays the messages until the typing pauses ({@link Debouncer#immediate()} in tests)
     * @param onAdded          told on the callback thread of every playlist added, so the page can show it
     */
    public AddPlaylistViewModel(Adder adder, Callable<List<PlaylistSummary>> trackedPlaylists, TaskExecutor executor,
                                Debouncer debouncer, AddPlaylistChoices choices, Consumer<PlaylistAdded> onAdded) {
        this.adder = Objects.requireNonNull(adder);
        this.trackedPlaylists = Objects.requireNonNull(trackedPlaylists);
        this.executor = Objects.requireNonNull(executor);
        this.debouncer = Objects.requireNonNull(debouncer);
        this.choices = Objects.requireNonNull(choices);
        this.onAdded = Objects.requireNonNull(onAdded);
        autoFetch.set(choices.autoFetch());
        autoEnrich.set(choices.autoEnrich());
        link.addListener((obs, old, now) -> edited(true));
        chartmetricLink.addListener((obs, old, now) -> edited(false));
        recheck();
    }

    /** Loads the tracked playlists' ids in the background; until they arrive, the service refuses duplicates. */
    public void start() {
        trackedTask = executor.submit("add-playlist-tracked", this::trackedById, loaded -> {
            tracked.putAll(loaded);
            recheck();
            showProblems();
        }, failure -> LoggerFactory.getLogger(AddPlaylistViewModel.class)
                .warn("Could not read the tracked playlists: {}", ErrorMessages.of(failure)));
    }

    private Map<String, String> trackedById() throws Exception {
        Map<String, String> byId = new HashMap<>();
        for (PlaylistSummary p : trackedPlaylists.call()) {
            byId.put(p.spotifyId(), p.name() == null ? p.spotifyId() : p.name());
        }
        return byId;
    }

    private void edited(boolean linkField) {
        if (resetting) {
            return;
        }
        if (linkField) {
            linkEdited = true;
            linkProblem.set(null);
        } else {
            chartmetricProblem.set(null);
        }
        result.set(null);
        error.set(null);
        recheck();
        debouncer.run(this::showProblems);
    }

    private void recheck() {
        verdict = PlaylistLinkCheck.check(link.get(), tracked);
        canAdd.set(!running.get() && verdict.ok()
                && PlaylistService.chartmetricProblem(chartmetricLink.get()).isEmpty());
    }

    private void showProblems() {
        linkProblem.set(linkEdited ? verdict.problem() : null);
        chartmetricProblem.set(PlaylistService.chartmetricProblem(chartmetricLink.get()).orElse(null));
    }

    /** Adds the playlist in the background (Enter, the Add button); when the input is not valid, says why. */
    public void add() {
        recheck();
        if (!canAdd.get()) {
            linkEdited = true;
            debouncer.cancel();
            showProblems();
            return;
        }
        String cm = chartmetricLink.get() == null || chartmetricLink.get().isBlank() ? null
                : chartmetricLink.get().strip();
        String spotifyId = verdict.playlist().id();
        boolean fetch = autoFetch.get();
        boolean enrich = autoEnrich.get();
        choices.save(fetch, enrich);
        debouncer.cancel();
        result.set(null);
        error.set(null);
        running.set(true);
        canAdd.set(false);
        String pasted = link.get().strip();
        executor.submit("add-playlist", () -> adder.add(pasted, cm, fetch, enrich),
                added -> succeeded(spotifyId, added), this::failed);
    }

    private void succeeded(String spotifyId, PlaylistAdded added) {
        running.set(false);
        tracked.put(spotifyId, added.name() == null ? spotifyId : added.name());
        resetting = true;
        try {
            link.set("");
            chartmetricLink.set("");
        } finally {
            resetting = false;
        }
        linkEdited = false;
        recheck();
        showProblems();
        result.set(describe(added));
        onAdded.accept(added);
    }

    private void failed(Throwable failure) {
        running.set(false);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PlaylistAlreadyTrackedException already) {
                tracked.put(already.spotifyId(), already.name());
                recheck();
                showProblems();
                return;
            }
            if (t instanceof InvalidInputException invalid
                    && InvalidInputException.CHARTMETRIC_LINK.equals(invalid.input())) {
                recheck();
                chartmetricProblem.set(invalid.getMessage());
                return;
            }
        }
        recheck();
        error.set(I18n.tr("addPlaylist.error", ErrorMessages.of(failure)));
    }

    /** The sentence that says what the add did. */
    static String describe(PlaylistAdded added) {
        String name = added.name() == null || added.name().isBlank() ? I18n.tr("addPlaylist.unnamed") : added.name();
        if (added.offline().isPresent()) {
            return I18n.tr("addPlaylist.result.offline", name);
        }
        if (added.fetch().isEmpty()) {
            return I18n.tr("addPlaylist.result.notFetched", name);
        }
        FetchReport report = added.fetch().get();
        if (report.outcome() == FetchOutcome.FAILED) {
            return I18n.tr("addPlaylist.result.fetchFailed", name, report.message());
        }
        return I18n.tr("addPlaylist.result.fetched", name, report.itemsRead());
    }

    /** Stops waiting for the tracked playlists and drops a pending message; an add under way still finishes. */
    public void dispose() {
        trackedTask.cancel();
        debouncer.cancel();
    }

    public StringProperty linkProperty() {
        return link;
    }

    public StringProperty chartmetricLinkProperty() {
        return chartmetricLink;
    }

    public BooleanProperty autoFetchProperty() {
        return autoFetch;
    }

    public BooleanProperty autoEnrichProperty() {
        return autoEnrich;
    }

    /** What is wrong with the Spotify link, shown under it; null when nothing is. */
    public ReadOnlyStringProperty linkProblemProperty() {
        return linkProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty chartmetricProblemProperty() {
        return chartmetricProblem.getReadOnlyProperty();
    }

    /** What the last add did, e.g. "Added Fresh Finds; fetched 30 tracks."; null before it. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Why the last add failed, in plain words; null when it did not. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canAddProperty() {
        return canAdd.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
