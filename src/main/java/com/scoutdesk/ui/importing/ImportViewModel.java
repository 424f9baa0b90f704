package com.scoutdesk.ui.importing;

import com.scoutdesk.concurrent.BackgroundTask;
import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.service.FetchReport;
import com.scoutdesk.service.ImportListener;
import com.scoutdesk.service.ImportPreview;
import com.scoutdesk.service.ImportRequest;
import com.scoutdesk.service.PlaylistOption;
import com.scoutdesk.service.PlaylistService;
import com.scoutdesk.service.WorkspaceQueryService;
import com.scoutdesk.ui.common.ErrorMessages;
import com.scoutdesk.ui.common.I18n;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of the import dialog: pasted links or a CSV file, the playlist they belong to, the preview of what would
 * be imported (checked in the background, nothing written) and the import of the good rows once the scout confirms.
 * Any change to the input drops the preview, so what is imported is always what was shown.
 */
public final class ImportViewModel {

    /** Where the dialog is: the confirm button and the progress follow it. */
    public enum Phase { EDITING, CHECKING, CHECKED, IMPORTING, DONE }

    private final PlaylistService service;
    private final TaskExecutor executor;
    private final Executor uiThread;
    private final Runnable onImported;
    private final StringProperty pasted = new SimpleStringProperty(this, "pasted", "");
    private final BooleanProperty fromFile = new SimpleBooleanProperty(this, "fromFile");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final ObservableList<PlaylistOption> playlists = FXCollections.observableArrayList();
    private final ObjectProperty<PlaylistOption> playlist = new SimpleObjectProperty<>(this, "playlist");
    private final StringProperty newPlaylist = new SimpleStringProperty(this, "newPlaylist", "");
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.EDITING);
    private final ReadOnlyObjectWrapper<ImportPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ObservableList<String> badLines = FXCollections.observableArrayList();
    /** One read-only view kept for the model's life: a view made per call would drop its listeners when collected. */
    private final ObservableList<String> badLinesShown = FXCollections.unmodifiableObservableList(badLines);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper importLabel = new ReadOnlyStringWrapper(this, "importLabel",
            I18n.tr("import.confirm.none"));
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final BooleanBinding canCheck;
    private final BooleanBinding canImport;
    private BackgroundTask task = BackgroundTask.DONE;

    /**
     * @param uiThread   where progress lands ({@code Platform::runLater} in the window; tests run it at once)
     * @param onImported told once tracks were written, so the pages read the workspace again
     */
    public ImportViewModel(PlaylistService service, WorkspaceQueryService workspace, TaskExecutor executor,
                           Executor uiThread, Runnable onImported) {
        this.service = Objects.requireNonNull(service);
        this.executor = Objects.requireNonNull(executor);
        this.uiThread = Objects.requireNonNull(uiThread);
        this.onImported = Objects.requireNonNull(onImported);
        Observable[] inputs = {pasted, fromFile, file, playlist, newPlaylist};
        for (Observable input : inputs) {
            input.addListener(o -> inputChanged());
        }
        canCheck = Bindings.createBooleanBinding(() -> phase.get() != Phase.CHECKING
                && phase.get() != Phase.IMPORTING && hasInput() && chosenPlaylist().isPresent(),
                phase, pasted, fromFile, file, playlist, newPlaylist);
        canImport = Bindings.createBooleanBinding(() -> phase.get() == Phase.CHECKED && preview.get() != null
                && preview.get().goodRows() > 0, phase, preview);
        executor.submit("import-playlists", () -> workspace.playlists().stream()
                .map(p -> new PlaylistOption(p.id(), p.spotifyId(), p.name(), p.editorial())).toList(),
                playlists::setAll, error -> problem.set(ErrorMessages.of(error)));
    }

    private boolean hasInput() {
        return fromFile.get() ? file.get() != null : !pasted.get().isBlank();
    }

    /** A playlist link typed for a playlist not tracked yet wins over the one chosen from the list. */
    Optional<String> chosenPlaylist() {
        if (!newPlaylist.get().isBlank()) {
            return Optional.of(newPlaylist.get().strip());
        }
        return Optional.ofNullable(playlist.get()).map(PlaylistOption::spotifyId);
    }

    private ImportRequest request() {
        Path chosen = file.get();
        return fromFile.get() ? new ImportRequest(chosen, chosen.getFileName().toString(), chosenPlaylist(), false,
                Optional.empty(), ImportRequest.DEFAULT_MAX_ROWS) : ImportRequest.pasted(pasted.get(),
                chosenPlaylist());
    }

    /** The input changed: the preview no longer describes it. */
    private void inputChanged() {
        if (phase.get() == Phase.IMPORTING) {
            return;
        }
        task.cancel();
        preview.set(null);
        badLines.clear();
        summary.set("");
        problem.set("");
        importLabel.set(I18n.tr("import.confirm.none"));
        phase.set(Phase.EDITING);
    }

    /** Checks the input in the background without writing anything; the preview shows what would be imported. */
    public void check() {
        if (!canCheck.get()) {
            return;
        }
        ImportRequest request = request();
        inputChanged();
        phase.set(Phase.CHECKING);
        task = executor.submit("import-preview", () -> service.previewImport(request), this::checked, error -> {
            problem.set(ErrorMessages.of(error));
            phase.set(Phase.EDITING);
        });
    }

    private void checked(ImportPreview checked) {
        preview.set(checked);
        badLines.setAll(checked.badRows().stream().map(b -> I18n.tr("import.bad.line", b.line(), b.problem()))
                .toList());
        if (checked.badRowCount() > checked.badRows().size()) {
            badLines.add(I18n.tr("import.bad.more", checked.badRowCount() - checked.badRows().size()));
        }
        summary.set(checked.badRowCount() == 0 ? I18n.tr("import.summary.allGood", checked.goodRows())
                : checked.goodRows() == 0 ? I18n.tr("import.summary.noneGood", checked.badRowCount())
                : I18n.tr("import.summary.someBad", checked.goodRows(), checked.badRowCount()));
        importLabel.set(checked.goodRows() == 0 ? I18n.tr("import.confirm.none")
                : I18n.tr("import.confirm", checked.goodRows()));
        phase.set(Phase.CHECKED);
    }

    /** Imports the good rows the preview counted, in the background with progress; the bad lines are left out. */
    public void importGoodRows() {
        if (!canImport.get()) {
            return;
        }
        ImportRequest request = request();
        phase.set(Phase.IMPORTING);
        progress.set(-1);
        ImportListener listener = new ImportListener() {
            @Override
            public void read(long rows) {
            }

            @Override
            public void written(long rows, long total) {
                uiThread.execute(() -> progress.set(total == 0 ? -1 : (double) rows / total));
            }
        };
        task = executor.submit("import-tracks", () -> service.importGoodRows(request, listener), this::imported,
                error -> {
                    problem.set(ErrorMessages.of(error));
                    phase.set(Phase.CHECKED);
                });
    }

    private void imported(List<FetchReport> reports) {
        long read = reports.stream().mapToLong(FetchReport::itemsRead).sum();
        long added = reports.stream().mapToLong(FetchReport::newTracks).sum();
        String names = String.join(", ", reports.stream().map(r -> Objects.toString(r.playlistName(),
                String.valueOf(r.playlistId()))).toList());
        summary.set(I18n.tr("import.done", read, names, added));
        badLines.clear();
        progress.set(1);
        phase.set(Phase.DONE);
        onImported.run();
    }

    /** The dialog closes: a check still running is dropped (it writes nothing); an import finishes on its own. */
    public void close() {
        if (phase.get() != Phase.IMPORTING) {
            task.cancel();
        }
    }

    public StringProperty pastedProperty() {
        return pasted;
    }

    /** True: import the chosen file; false: the pasted text. */
    public BooleanProperty fromFileProperty() {
        return fromFile;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    /** The tracked playlists to choose from, loaded in the background. */
    public ObservableList<PlaylistOption> playlists() {
        return playlists;
    }

    public ObjectProperty<PlaylistOption> playlistProperty() {
        return playlist;
    }

    /** A link to a playlist not tracked yet: it is added with the import. */
    public StringProperty newPlaylistProperty() {
        return newPlaylist;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** The last preview, or null while there is none for the current input. */
    public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Each bad line as shown: its number, what is wrong and what to do. */
    public ObservableList<String> badLines() {
        return badLinesShown;
    }

    /** How many rows are good and bad, or what the import did. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the input as a whole could not be checked or imported; empty when nothing is wrong. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** "Import 4 tracks". */
    public ReadOnlyStringProperty importLabelProperty() {
        return importLabel.getReadOnlyProperty();
    }

    /** The share written, 0 to 1, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public BooleanBinding canCheckProperty() {
        return canCheck;
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }
}
