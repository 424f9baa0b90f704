package com.scoutdesk.ui.export;

import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.service.ExportColumn;
import com.scoutdesk.service.ExportGranularity;
import com.scoutdesk.service.ExportScope;
import com.scoutdesk.service.ExportService;
import com.scoutdesk.service.TrackFilter;
import com.scoutdesk.service.export.CsvOptions;
import com.scoutdesk.ui.common.ErrorMessages;
import com.scoutdesk.ui.common.Formats;
import com.scoutdesk.ui.common.I18n;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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

/**
 * The export dialog's state and commands, without controls: which tracks (the current filter or the ticked rows),
 * one row per track or per appearance, the columns, the Excel option and the file; it checks the choice, runs the
 * export in the background with progress and stop, and says how it ended. The choices are remembered through
 * {@link ExportChoices}.
 */
public final class ExportDialogModel {

    /** Which tracks go into the file. */
    public enum Scope { FILTER, TICKED }

    private final ExportService service;
    private final TaskExecutor executor;
    private final Executor uiThread;
    private final ExportChoices choices;
    private final TrackFilter filter;
    private final long filterCount;
    private final List<Long> ticked;

    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.FILTER);
    private final ObjectProperty<ExportGranularity> granularity = new SimpleObjectProperty<>();
    private final List<ColumnChoice> columns;
    private final BooleanProperty forExcel = new SimpleBooleanProperty();
    private final StringProperty target = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper stopping = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canExport = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Path> exported = new ReadOnlyObjectWrapper<>();
    private ExportProgressRelay relay;

    /**
     * @param uiThread    where progress is shown ({@code Platform::runLater} in the window; tests run it at once)
     * @param filterCount how many tracks the filter matches, as the dashboard shows it
     * @param ticked      the ids of the ticked rows; none disables "ticked tracks"
     * @param today       names the default file
     * @param home        the folder of the first export, before there is a last one
     */
    public ExportDialogModel(ExportService service, TaskExecutor executor, Executor uiThread, ExportChoices choices,
                             TrackFilter filter, long filterCount, Collection<Long> ticked, LocalDate today,
                             Path home) {
        this.service = service;
        this.executor = executor;
        this.uiThread = uiThread;
        this.choices = choices;
        this.filter = filter;
        this.filterCount = filterCount;
        this.ticked = List.copyOf(ticked);
        ExportChoice last = choices.load().orElseGet(ExportChoice::defaults);
        columns = Arrays.stream(ExportColumn.values()).map(c -> new ColumnChoice(c, last.columns().contains(c)))
                .toList();
        granularity.set(last.granularity());
        forExcel.set(last.forExcel());
        Path folder = choices.lastFolder().filter(Files::isDirectory).orElse(home);
        target.set(folder.resolve("scoutdesk-leads-" + today + ".csv").toString());
        if (!this.ticked.isEmpty()) {
            scope.set(Scope.TICKED); // ticking rows and pressing Ctrl+E means "these"
        }
        granularity.addListener((o, was, now) -> updateAvailable());
        updateAvailable();
        List<Observable> inputs = new ArrayList<>(List.of(granularity, target, running));
        columns.forEach(c -> inputs.add(c.chosenProperty()));
        inputs.forEach(i -> i.addListener(o -> validate()));
        validate();
    }

    private void updateAvailable() {
        boolean perAppearance = granularity.get() == ExportGranularity.ENTRY;
        columns.forEach(c -> c.setAvailable(perAppearance || !c.column().perAppearance()));
    }

    private void validate() {
        problem.set(findProblem());
        canExport.set(problem.get().isEmpty() && !running.get());
    }

    private String findProblem() {
        return chosenColumns().isEmpty() ? I18n.tr("export.problem.noColumn") : ExportTarget.problem(target());
    }

    /** The file to write, or null when the text is not a path. */
    public Path target() {
        return ExportTarget.parse(target.get());
    }

    /** The columns that will be written, in declared order. */
    public List<ExportColumn> chosenColumns() {
        return columns.stream().filter(ColumnChoice::exported).map(ColumnChoice::column).toList();
    }

    public void chooseAll() {
        columns.forEach(c -> c.chosenProperty().set(true));
    }

    public void chooseNone() {
        columns.forEach(c -> c.chosenProperty().set(false));
    }

    /** Ticks exactly the columns a lead list needs to be edited and imported again. */
    public void chooseLeadList() {
        columns.forEach(c -> c.chosenProperty().set(ExportColumn.LEAD_LIST.contains(c.column())));
    }

    /** Starts the export in the background; does nothing while one runs or while the choice has a problem. */
    public void export() {
        if (!canExport.get()) {
            return;
        }
        Path file = target();
        List<ExportColumn> chosen = chosenColumns();
        ExportGranularity rows = granularity.get();
        choices.save(new ExportChoice(columns.stream().filter(c -> c.chosenProperty().get())
                .map(ColumnChoice::column).toList(), rows, forExcel.get()));
        ExportScope what = scope.get() == Scope.TICKED && !ticked.isEmpty() ? ExportScope.tracks(ticked)
                : ExportScope.of(filter);
        CsvOptions options = CsvOptions.defaults().withByteOrderMark(forExcel.get());
        ExportProgressRelay current = new ExportProgressRelay(uiThread, this::showProgress);
        relay = current;
        outcome.set("");
        failed.set(false);
        exported.set(null);
        progress.set(-1);
        progressText.set(I18n.tr("export.progress.starting"));
        running.set(true);
        executor.submit("export", () -> service.export(what, rows, chosen, file, options, current),
                written -> finished(current, written, rows, file), error -> failed(current, error, file));
    }

    /** Asks a running export to stop; it ends without a file, and {@link #outcomeProperty()} says so. */
    public void stop() {
        if (running.get() && relay != null) {
            relay.stop();
            stopping.set(true);
            progressText.set(I18n.tr("export.progress.stopping"));
        }
    }

    private void showProgress(long written, long total) {
        if (!running.get() || stopping.get()) {
            return;
        }
        progress.set(total > 0 ? Math.min(1.0, (double) written / total) : -1);
        progressText.set(total >= 0 ? I18n.tr("export.progress.of", Formats.count(written), Formats.count(total))
                : I18n.tr("export.progress.rows", Formats.count(written)));
    }

    private void finished(ExportProgressRelay run, long written, ExportGranularity rows, Path file) {
        if (run != relay) {
            return;
        }
        end();
        progress.set(1);
        choices.saveLastFolder(file.getParent());
        exported.set(file);
        outcome.set(I18n.tr(rows == ExportGranularity.TRACK ? "export.done.leads" : "export.done.appearances",
                Formats.count(written), written, file));
    }

    private void failed(ExportProgressRelay run, Throwable error, Path file) {
        if (run != relay) {
            return;
        }
        end();
        progress.set(0);
        failed.set(!(error instanceof CancellationException));
        outcome.set(error instanceof CancellationException ? I18n.tr("export.stopped", file)
                : I18n.tr("export.failed", ErrorMessages.of(error), file));
    }

    private void end() {
        running.set(false);
        stopping.set(false);
        progressText.set("");
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    /** Whether any row is ticked: "ticked tracks" is offered only then. */
    public boolean tickedAvailable() {
        return !ticked.isEmpty();
    }

    /** "Current filter (1,234 tracks)". */
    public String filterLabel() {
        return I18n.tr("export.scope.filter", Formats.count(filterCount), filterCount);
    }

    /** "Ticked tracks (3)", or why there are none. */
    public String tickedLabel() {
        return ticked.isEmpty() ? I18n.tr("export.scope.noneTicked")
                : I18n.tr("export.scope.ticked", Formats.count((long) ticked.size()), ticked.size());
    }

    public ObjectProperty<ExportGranularity> granularityProperty() {
        return granularity;
    }

    /** Every column, in declared order. */
    public List<ColumnChoice> columns() {
        return columns;
    }

    public BooleanProperty forExcelProperty() {
        return forExcel;
    }

    /** The file's path as typed or browsed to. */
    public StringProperty targetProperty() {
        return target;
    }

    /** What stops the export, in words with what to do; empty when nothing does. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canExportProperty() {
        return canExport.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0..1 while the total is known, -1 while it is not. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "1,000 of 5,000 rows written…" while running. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** How the last export ended: "Exported 1,234 leads to …", or what went wrong and what to do. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Whether the last export failed (a stop the scout asked for is not a failure). */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** The file the last export wrote; null until one succeeds. */
    public ReadOnlyObjectProperty<Path> exportedProperty() {
        return exported.getReadOnlyProperty();
    }
}
