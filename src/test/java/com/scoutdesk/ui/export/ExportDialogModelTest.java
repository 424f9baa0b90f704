package com.scoutdesk.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.scoutdesk.service.DatabaseExportService;
import com.scoutdesk.service.ExportColumn;
import com.scoutdesk.service.ExportGranularity;
import com.scoutdesk.service.TrackFilter;
import com.scoutdesk.ui.fakes.ManualTaskExecutor;
import com.scoutdesk.ui.fakes.MemoryPreferences;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export dialog's state without a window, over a real H2 workspace and an executor the test drives. */
class ExportDialogModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @TempDir
    Path dir;
    private ExportWorkspace workspace;
    private final ManualTaskExecutor executor = new ManualTaskExecutor();
    private final InMemoryExportChoices choices = new InMemoryExportChoices();
    private Path home;

    @BeforeAll
    static void englishNumbers() {
        Locale.setDefault(Locale.US);
    }

    @BeforeEach
    void open() throws IOException {
        workspace = new ExportWorkspace(dir.resolve("workspace"));
        home = Files.createDirectory(dir.resolve("home"));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private ExportDialogModel model(List<Long> ticked) {
        return new ExportDialogModel(new DatabaseExportService(workspace.db), executor, Runnable::run, choices,
                TrackFilter.all(), 5, ticked, TODAY, home);
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    @Test
    void startsWithTheFilterALeadListAndADatedFileInTheHomeFolder() {
        ExportDialogModel model = model(List.of());

        assertThat(model.scopeProperty().get()).isEqualTo(ExportDialogModel.Scope.FILTER);
        assertThat(model.tickedAvailable()).isFalse();
        assertThat(model.filterLabel()).isEqualTo("Current filter (5 tracks)");
        assertThat(model.granularityProperty().get()).isEqualTo(ExportGranularity.TRACK);
        assertThat(model.target()).isEqualTo(home.resolve("scoutdesk-leads-2026-12-06.csv").toAbsolutePath());
        assertThat(model.columns()).extracting(ColumnChoice::column).containsExactly(ExportColumn.values());
        assertThat(model.chosenColumns()).as("declared order, no appearance column in a lead list")
                .containsExactlyElementsOf(Stream.of(ExportColumn.values())
                        .filter(ExportColumn.DEFAULT_TRACK::contains).toList());
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.canExportProperty().get()).isTrue();
    }

    @Test
    void tickedRowsAreTheDefaultScopeAndAppearanceColumnsComeWithAppearanceRows() {
        ExportDialogModel model = model(List.of(workspace.ids.get(0), workspace.ids.get(2)));
        assertThat(model.scopeProperty().get()).isEqualTo(ExportDialogModel.Scope.TICKED);
        assertThat(model.tickedLabel()).isEqualTo("Ticked tracks (2)");
        ColumnChoice week = model.columns().stream().filter(c -> c.column() == ExportColumn.WEEK).findFirst()
                .orElseThrow();
        assertThat(week.availableProperty().get()).isFalse();

        model.granularityProperty().set(ExportGranularity.ENTRY);

        assertThat(week.availableProperty().get()).isTrue();
        assertThat(model.chosenColumns()).contains(ExportColumn.WEEK, ExportColumn.PLAYLIST);
    }

    @Test
    void theLeadListLinkTicksTheColumnsAnEditedListComesBackWith() {
        ExportDialogModel model = model(List.of());

        model.chooseLeadList();

        assertThat(model.chosenColumns()).containsExactlyInAnyOrderElementsOf(ExportColumn.LEAD_LIST);
    }

    @Test
    void saysWhatIsWrongBeforeItLetsTheScoutExport() {
        ExportDialogModel model = model(List.of());

        model.chooseNone();
        assertThat(model.problemProperty().get()).isEqualTo("Choose at least one column.");
        assertThat(model.canExportProperty().get()).isFalse();
        model.chooseAll();
        assertThat(model.canExportProperty().get()).isTrue();

        Path missing = dir.resolve("gone");
        model.targetProperty().set(missing.resolve("leads.csv").toString());
        assertThat(model.problemProperty().get()).isEqualTo("The folder " + missing.toAbsolutePath()
                + " does not exist. Choose another folder with Browse\u2026");
        model.targetProperty().set(home.toString());
        assertThat(model.problemProperty().get()).endsWith("is a folder. Add a file name, such as leads.csv.");
        model.targetProperty().set(" ");
        assertThat(model.problemProperty().get()).isEqualTo("Choose where to save the file.");
        model.export();
        assertThat(executor.pending()).as("nothing starts while there is a problem").isEmpty();
    }

    @Test
    void aFolderThatCannotBeWrittenToIsNamedWithWhatToDo() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        assumeFalse(Files.isWritable(locked), "root may write anywhere, so this cannot be seen as root");
        ExportDialogModel model = model(List.of());

        model.targetProperty().set(locked.resolve("leads.csv").toString());

        assertThat(model.problemProperty().get()).isEqualTo("The folder " + locked.toAbsolutePath()
                + " cannot be written to. Choose another folder with Browse\u2026");
        assertThat(model.canExportProperty().get()).isFalse();
    }

    @Test
    void exportsTheTickedTracksInTheBackgroundAndRemembersTheChoiceAndTheFolder() throws IOException {
        ExportDialogModel model = model(List.of(workspace.ids.get(3), workspace.ids.get(1)));
        model.chooseNone();
        model.columns().get(ExportColumn.ARTISTS.ordinal()).chosenProperty().set(true);
        model.columns().get(ExportColumn.TRACK.ordinal()).chosenProperty().set(true);
        model.forExcelProperty().set(false);
        Path out = Files.createDirectory(dir.resolve("out"));
        model.targetProperty().set(out.resolve("picks.csv").toString());
        List<String> progress = new ArrayList<>();
        model.progressTextProperty().addListener((o, was, now) -> progress.add(now));

        model.export();
        assertThat(model.runningProperty().get()).isTrue();
        assertThat(model.canExportProperty().get()).as("one export at a time").isFalse();
        executor.runAll();

        assertThat(model.runningProperty().get()).isFalse();
        assertThat(lines(out.resolve("picks.csv"))).containsExactly("Track,Artists", "Track 2,\"Beyoncé, Sigur Rós\"",
                "Track 4,Artist 4");
        assertThat(model.outcomeProperty().get()).isEqualTo("Exported 2 leads to " + out.resolve("picks.csv")
                .toAbsolutePath());
        assertThat(model.failedProperty().get()).isFalse();
        assertThat(model.exportedProperty().get()).isEqualTo(out.resolve("picks.csv").toAbsolutePath());
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(progress).contains("2 of 2 rows written\u2026");

        ExportDialogModel again = model(List.of());
        assertThat(again.chosenColumns()).containsExactly(ExportColumn.TRACK, ExportColumn.ARTISTS);
        assertThat(again.forExcelProperty().get()).isFalse();
        assertThat(again.target()).isEqualTo(out.resolve("scoutdesk-leads-2026-12-06.csv").toAbsolutePath());
    }

    @Test
    void aStoppedExportLeavesNoFileAndSaysSo() throws IOException {
        ExportDialogModel model = model(List.of());
        model.export();
        model.stop();
        executor.runAll();

        assertThat(model.outcomeProperty().get()).isEqualTo("Export stopped. Nothing was written to "
                + model.target() + ".");
        assertThat(model.failedProperty().get()).isFalse();
        assertThat(model.exportedProperty().get()).isNull();
        try (Stream<Path> files = Files.list(home)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aFailedExportSaysWhatToDoAndKeepsTheOldFile() throws IOException {
        Path out = Files.createDirectory(dir.resolve("out"));
        Path file = out.resolve("leads.csv");
        Files.writeString(file, "yesterday's list");
        ExportDialogModel model = model(List.of());
        model.targetProperty().set(file.toString());
        model.export();
        // The folder goes away between the check and the export, as a USB stick pulled out would.
        Files.delete(file);
        Files.delete(out);
        executor.runAll();

        assertThat(model.failedProperty().get()).isTrue();
        assertThat(model.outcomeProperty().get()).startsWith("The export did not finish: Cannot export to "
                + file.toAbsolutePath()).contains("does not exist. Choose another folder.")
                .endsWith("Nothing was lost: " + file.toAbsolutePath() + " is as it was before.");
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.canExportProperty().get()).as("the check sees the missing folder again").isFalse();
    }

    @Test
    void theChoicesSurviveARestartInThePreferences() {
        MemoryPreferences node = new MemoryPreferences();
        new PreferencesExportChoices(node).save(new ExportChoice(List.of(ExportColumn.WEEK, ExportColumn.TRACK),
                ExportGranularity.ENTRY, false));
        new PreferencesExportChoices(node).saveLastFolder(home);
        node.put("columns", node.get("columns", "") + ",NO_SUCH_COLUMN");

        PreferencesExportChoices later = new PreferencesExportChoices(node);
        assertThat(later.load()).contains(new ExportChoice(List.of(ExportColumn.TRACK, ExportColumn.WEEK),
                ExportGranularity.ENTRY, false));
        assertThat(later.lastFolder()).contains(home.toAbsolutePath());
    }
}
