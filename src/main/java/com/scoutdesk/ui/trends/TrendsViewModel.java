package com.scoutdesk.ui.trends;

import com.scoutdesk.concurrent.BackgroundTask;
import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.service.PlaylistOption;
import com.scoutdesk.service.TrackQueryService;
import com.scoutdesk.service.TrendsService;
import com.scoutdesk.service.trends.Mover;
import com.scoutdesk.service.trends.NewTrack;
import com.scoutdesk.service.trends.PlaylistChange;
import com.scoutdesk.service.trends.Trends;
import com.scoutdesk.ui.common.ErrorMessages;
import com.scoutdesk.ui.common.I18n;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Trends page's state: the week and playlist chosen, the three tables of that choice, and the CSV export of what
 * is shown. Every read and the export run through the {@link TaskExecutor}; the latest choice wins.
 */
public final class TrendsViewModel {

    /** "All playlists" in the filter: the overall trends. */
    public static final PlaylistFilter ALL = new PlaylistFilter(null, I18n.tr("trends.playlist.all"));

    private final TrendsService trends;
    private final TrackQueryService tracks;
    private final TaskExecutor executor;
    private final ObservableList<LocalDate> weeks = FXCollections.observableArrayList();
    private final ObservableList<PlaylistFilter> playlists = FXCollections.observableArrayList(ALL);
    private final ObjectProperty<LocalDate> week = new SimpleObjectProperty<>(this, "week");
    private final ObjectProperty<PlaylistFilter> playlist = new SimpleObjectProperty<>(this, "playlist", ALL);
    private final ObservableList<Mover> movers = FXCollections.observableArrayList();
    private final ObservableList<NewTrack> newThisWeek = FXCollections.observableArrayList();
    private final ObservableList<PlaylistChange> changes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private BackgroundTask reading = BackgroundTask.DONE;
    private BackgroundTask exporting = BackgroundTask.DONE;
    private Trends shown;
    /** While the pickers are filled from a result, their changes are not new choices. */
    private boolean filling;

    public TrendsViewModel(TrendsService trends, TrackQueryService tracks, TaskExecutor executor) {
        this.trends = Objects.requireNonNull(trends);
        this.tracks = Objects.requireNonNull(tracks);
        this.executor = Objects.requireNonNull(executor);
        week.addListener((obs, old, now) -> chosen());
        playlist.addListener((obs, old, now) -> chosen());
    }

    /** Reads the pickers' choices and the trends of the chosen week (the latest at first). */
    public void refresh() {
        reading.cancel();
        LocalDate askedWeek = week.get();
        PlaylistFilter askedPlaylist = playlist.get() == null ? ALL : playlist.get();
        loading.set(true);
        reading = executor.submit("trends-read", () -> new Read(trends.weeks(), tracks.playlists(),
                trends.trends(askedWeek, askedPlaylist.id())), this::show, this::failed);
    }

    private void chosen() {
        if (!filling) {
            refresh();
        }
    }

    private void show(Read read) {
        loading.set(false);
        errorMessage.set("");
        filling = true;
        try {
            weeks.setAll(read.weeks());
            List<PlaylistFilter> choices = new ArrayList<>();
            choices.add(ALL);
            read.playlists().forEach(p -> choices.add(new PlaylistFilter(p.id(), p.name())));
            playlists.setAll(choices);
            week.set(read.trends().week());
            playlist.set(choices.stream().filter(c -> Objects.equals(c.id(), read.trends().playlistId()))
                    .findFirst().orElse(ALL));
        } finally {
            filling = false;
        }
        shown = read.trends();
        movers.setAll(shown.movers());
        newThisWeek.setAll(shown.newThisWeek());
        changes.setAll(shown.changes());
        summary.set(shown.week() == null ? I18n.tr("trends.summary.none") : I18n.tr("trends.summary",
                shown.movers().size(), shown.staleTracks(), shown.newThisWeek().size(), shown.adds(), shown.drops(),
                shown.counts().size()));
        counts.set(shown.counts().stream().map(c -> I18n.tr("trends.counts.playlist", c.playlist(), c.adds(),
                c.drops(), c.previousWeek().toString())).collect(Collectors.joining(" \u00b7 ")));
    }

    private void failed(Throwable error) {
        loading.set(false);
        errorMessage.set(ErrorMessages.of(error));
    }

    /** Writes the tables shown to {@code file} as CSV, in the background; the message says how it went. */
    public void exportTo(Path file) {
        if (shown == null || shown.week() == null) {
            message.set(I18n.tr("trends.export.nothing"));
            return;
        }
        Trends exported = shown;
        String name = playlist.get() == null || playlist.get().id() == null ? null : playlist.get().name();
        exporting.cancel();
        exporting = executor.submit("trends-export", () -> trends.exportCsv(exported, name, file), rows -> {
            errorMessage.set("");
            message.set(I18n.tr("trends.export.done", rows, file.toString()));
        }, this::failed);
    }

    /** Whether there is a week's trends to export. */
    public boolean canExport() {
        return shown != null && shown.week() != null;
    }

    public void dispose() {
        reading.cancel();
        exporting.cancel();
    }

    public ObservableList<LocalDate> weeks() {
        return weeks;
    }

    public ObservableList<PlaylistFilter> playlists() {
        return playlists;
    }

    public ObjectProperty<LocalDate> weekProperty() {
        return week;
    }

    public ObjectProperty<PlaylistFilter> playlistProperty() {
        return playlist;
    }

    public ObservableList<Mover> movers() {
        return movers;
    }

    public ObservableList<NewTrack> newThisWeek() {
        return newThisWeek;
    }

    public ObservableList<PlaylistChange> changes() {
        return changes;
    }

    /** One line: how many movers, stale tracks, new tracks, adds and drops the week has. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Each compared playlist's adds and drops and the week it was compared with, on one line. */
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** What the last export did. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** A choice of the playlist filter; {@code id} null means all playlists. */
    public record PlaylistFilter(Long id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    private record Read(List<LocalDate> weeks, List<PlaylistOption> playlists, Trends trends) {
    }
}
