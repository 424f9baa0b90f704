package com.scoutdesk.ui.export;

import static com.scoutdesk.ui.FxTestSupport.onFx;
import static com.scoutdesk.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.service.DatabaseExportService;
import com.scoutdesk.service.ExportColumn;
import com.scoutdesk.service.TrackFilter;
import com.scoutdesk.ui.FxTaskExecutor;
import com.scoutdesk.ui.FxWindowTest;
import com.scoutdesk.ui.Shots;
import com.scoutdesk.ui.fakes.ManualTaskExecutor;
import com.scoutdesk.ui.theme.AppTheme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export dialog in a real window over a real H2 workspace, driven by clicks and keys; shots in both themes. */
class ExportDialogTest extends FxWindowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @TempDir
    Path dir;
    private ExportWorkspace workspace;
    private FxTaskExecutor executor;
    private final InMemoryExportChoices choices = new InMemoryExportChoices();
    private final List<String> opened = new ArrayList<>();
    private Path home;
    private ExportDialog dialog;

    @BeforeEach
    void open() throws IOException {
        onFx(() -> {
            Application.setUserAgentStylesheet(AppTheme.LIGHT.userAgentStylesheet());
            return null;
        });
        workspace = new ExportWorkspace(dir.resolve("workspace"));
        home = Files.createDirectory(dir.resolve("home"));
        executor = new FxTaskExecutor();
    }

    @AfterEach
    void close() {
        if (dialog != null) {
            interact(dialog::close);
        }
        executor.shutdown();
        workspace.close();
    }

    private ExportDialog show(List<Long> ticked) {
        return show(ticked, executor);
    }

    private ExportDialog show(List<Long> ticked, TaskExecutor tasks) {
        interact(() -> {
            dialog = new ExportDialog(stage, new ExportDialogModel(new DatabaseExportService(workspace.db), tasks,
                    Platform::runLater, choices, TrackFilter.all(), 5, ticked, TODAY, home), opened::add);
            dialog.show();
        });
        return dialog;
    }

    private <T extends Node> T node(String id) {
        return onFx(() -> {
            @SuppressWarnings("unchecked")
            T found = (T) dialog.getDialogPane().lookup("#" + id);
            return found;
        });
    }

    /** Whether the node and every node around it are visible. */
    private boolean shown(String id) {
        return onFx(() -> {
            for (Node n = node(id); n != null; n = n.getParent()) {
                if (!n.isVisible()) {
                    return false;
                }
            }
            return true;
        });
    }

    private boolean ticked(ExportColumn column) {
        return onFx(() -> ((CheckBox) node("export-column-" + column.name())).isSelected());
    }

    @Test
    void exportsTheTickedTracksWithTheChosenColumnsForExcelAndRemembersTheColumns() throws IOException {
        show(List.of(workspace.ids.get(4), workspace.ids.get(1)));
        assertThat(onFx(() -> ((RadioButton) node("export-scope-ticked")).isSelected())).isTrue();
        assertThat(onFx(() -> ((RadioButton) node("export-scope-ticked")).getText())).isEqualTo("Ticked tracks (2)");

        clickOn((Node) node("export-columns-none"));
        assertThat(onFx(() -> ((Label) node("export-problem")).getText())).isEqualTo("Choose at least one column.");
        assertThat(onFx(() -> dialog.getDialogPane().lookupButton(ExportDialog.EXPORT).isDisabled())).isTrue();
        clickOn((Node) node("export-column-SCORE"));
        clickOn((Node) node("export-column-TRACK"));
        clickOn((Node) node("export-column-ARTISTS"));
        assertThat(onFx(() -> ((CheckBox) node("export-excel")).isSelected())).isTrue();
        Path file = Files.createDirectory(dir.resolve("out")).resolve("picks.csv");
        interact(() -> ((TextField) node("export-target")).setText(file.toString()));
        clickOn((Node) node("export-target"));

        type(KeyCode.ENTER);
        waitUntil(() -> !((Label) node("export-outcome")).getText().isEmpty());

        assertThat(onFx(() -> ((Label) node("export-outcome")).getText()))
                .isEqualTo("Exported 2 leads to " + file.toAbsolutePath());
        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, 3)).as("byte order mark for Excel")
                .containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"))
                .containsExactly("Unsigned score,Track,Artists", "8.0,Track 2,\"Beyoncé, Sigur Rós\"",
                        "5.0,Track 5,Artist 5");
        assertThat(shown("export-show-folder")).isTrue();
        assertThat(shown("export-progress")).as("no bar once the export ended").isFalse();
        clickOn((Node) node("export-show-folder"));
        assertThat(opened).containsExactly(file.getParent().toUri().toString());
        Shots.inBothThemes(dialog.getDialogPane(), "export-dialog-done", false);

        type(KeyCode.ESCAPE);
        waitUntil(() -> !dialog.isShowing());

        show(List.of());
        assertThat(ticked(ExportColumn.TRACK)).isTrue();
        assertThat(ticked(ExportColumn.ARTISTS)).isTrue();
        assertThat(ticked(ExportColumn.LABEL)).as("remembered: not chosen last time").isFalse();
        assertThat(onFx(() -> ((TextField) node("export-target")).getText()))
                .isEqualTo(file.getParent().resolve("scoutdesk-leads-2026-12-06.csv").toString());
        assertThat(onFx(() -> node("export-scope-ticked").isDisabled())).isTrue();
        assertThat(onFx(() -> ((RadioButton) node("export-scope-filter")).isSelected())).isTrue();
    }

    @Test
    void showsTheProgressWhileRunningAndStopsWithoutAFile() throws IOException {
        ManualTaskExecutor held = new ManualTaskExecutor();
        show(List.of(), held);
        clickOn((Node) node("export-button"));

        assertThat(shown("export-progress")).isTrue();
        assertThat(onFx(() -> ((Label) node("export-progress-text")).getText())).isEqualTo("Starting the export\u2026");
        assertThat(onFx(() -> dialog.getDialogPane().lookupButton(ExportDialog.EXPORT).isDisabled()))
                .as("one export at a time").isTrue();
        Shots.inBothThemes(dialog.getDialogPane(), "export-dialog-running", false);
        clickOn((Node) node("export-stop"));
        interact(held::runAll); // the held export runs now, on the FX thread, as its callbacks must

        assertThat(onFx(() -> ((Label) node("export-outcome")).getText())).isEqualTo("Export stopped. Nothing was "
                + "written to " + home.resolve("scoutdesk-leads-2026-12-06.csv").toAbsolutePath() + ".");
        assertThat(shown("export-progress")).isFalse();
        assertThat(shown("export-show-folder")).isFalse();
        try (java.util.stream.Stream<Path> files = Files.list(home)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void showsEveryChoiceInBothThemes() throws IOException {
        for (AppTheme theme : AppTheme.values()) {
            onFx(() -> {
                Application.setUserAgentStylesheet(theme.userAgentStylesheet());
                return null;
            });
            show(List.of(workspace.ids.get(0), workspace.ids.get(1), workspace.ids.get(2)));
            WritableImage shot = Shots.node(dialog.getDialogPane(), "export-dialog-" + theme.id());

            List<String> texts = shownTexts();
            assertThat(texts).contains("Export leads to a CSV file", "Current filter (5 tracks)",
                    "Ticked tracks (3)", "One row per track (the lead list)", "Unsigned score", "Week", "Browse\u2026",
                    "Export", "Close");
            assertThat(onFx(() -> node("export-column-WEEK").isDisabled())).as("appearance column in a lead list")
                    .isTrue();
            assertThat(shown("export-problem")).isFalse();
            assertThat(shown("export-progress")).isFalse();
            assertThat(shown("export-show-folder")).isFalse();
            double brightness = Shots.meanBrightness(shot);
            if (theme.isDark()) {
                assertThat(brightness).as("a dark dialog").isLessThan(0.3);
            } else {
                assertThat(brightness).as("a light dialog").isGreaterThan(0.7);
            }
            interact(dialog::close);
        }
    }

    /** The texts of every visible labelled node in the dialog: labels, radio buttons, check boxes, buttons. */
    private List<String> shownTexts() {
        return onFx(() -> {
            List<String> texts = new ArrayList<>();
            collect(dialog.getDialogPane(), texts);
            return texts;
        });
    }

    private static void collect(Node node, List<String> texts) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            texts.add(labeled.getText());
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }
}
