package com.scoutdesk.ui.leadlists;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.concurrent.CurrentThreadTaskExecutor;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.service.DatabaseExportService;
import com.scoutdesk.service.ExportColumn;
import com.scoutdesk.service.ExportGranularity;
import com.scoutdesk.service.ExportListener;
import com.scoutdesk.service.ExportScope;
import com.scoutdesk.service.LeadListImportService;
import com.scoutdesk.service.TrackFilter;
import com.scoutdesk.service.export.CsvOptions;
import com.scoutdesk.testing.TestDatabases;
import com.scoutdesk.testing.TestDatabases.Engine;
import com.scoutdesk.testing.TestTracks;
import com.scoutdesk.ui.FxWindowTest;
import com.scoutdesk.ui.Shots;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "Import edited lead list" dialog over a real H2 workspace: the preview lists the change, the bad row by line
 * and the columns not read, Apply writes the change and says so. Writes {@code lead-import-preview.png}.
 */
class LeadListImportDialogTest extends FxWindowTest {

    @TempDir
    Path dir;
    private Database db;
    private LeadListImportDialog dialog;
    private LeadListImportViewModel model;
    private final AtomicInteger reloads = new AtomicInteger();
    private long neon;

    @BeforeEach
    void workspace() throws Exception {
        db = Database.open(TestDatabases.fresh(Engine.H2, dir));
        neon = db.write(em -> {
            Track a = TestTracks.track("S000000000000000000001", "Neon Hearts", "Mara Vell", Instant.now());
            em.persist(a);
            em.persist(TestTracks.track("S000000000000000000002", "Glass Harbour", "Mara Vell", Instant.now()));
            return a.getId();
        });
        Path file = dir.resolve("leads.csv");
        new DatabaseExportService(db).export(ExportScope.of(TrackFilter.all()), ExportGranularity.TRACK,
                ExportColumn.LEAD_LIST, file, CsvOptions.defaults(), ExportListener.NONE);
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        for (int i = 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("S000000000000000000001")) {
                lines.set(i, l.replace(",new,", ",contacted,").replace(",,,,,v1",
                        ",\"Beyoncé – naïve, call back\",,,,v1"));
            } else if (l.startsWith("S000000000000000000002")) {
                lines.set(i, l.replace(",new,", ",someday,"));
            }
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        model = new LeadListImportViewModel(new LeadListImportService(db, Clock.systemUTC()),
                new CurrentThreadTaskExecutor(), reloads::incrementAndGet);
        interact(() -> {
            dialog = new LeadListImportDialog(stage, model);
            dialog.show();
            model.preview(file);
        });
    }

    @AfterEach
    void close() {
        interact(() -> {
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w != stage) {
                    w.hide();
                }
            }
        });
        db.close();
    }

    @Test
    void thePreviewShowsTheChangeAndTheBadRowByLineAndApplyWritesIt() throws Exception {
        assertThat(text("#lead-import-status")).contains("2 rows", "1 to change", "1 bad");
        assertThat(texts(".lead-import-change")).singleElement().asString()
                .contains("Line 2", "Neon Hearts", "Stage: \u201cnew\u201d \u2192 \u201ccontacted\u201d",
                        "Beyoncé – naïve, call back");
        assertThat(texts(".lead-import-bad")).singleElement().asString()
                .contains("Line 3", "'someday' is not a stage");
        assertThat(texts(".lead-import-ignored")).singleElement().asString().contains("Track", "Label source");
        Button apply = lookup("#lead-import-apply").queryButton();
        assertThat(apply.getText()).isEqualTo("Apply changes (1)");
        assertThat(apply.isDisabled()).isFalse();
        Shots.scene(dialog.getDialogPane(), "lead-import-preview");
        LeadStage stageBefore = db.read(em -> em.find(Track.class, neon).getLeadStage());
        assertThat(stageBefore).as("nothing before Apply").isEqualTo(LeadStage.NEW);

        clickOn(apply);

        assertThat(text("#lead-import-status")).contains("Leads changed: 1", "1 stages", "1 notes");
        assertThat(apply.isDisabled()).isTrue();
        assertThat(reloads).hasValue(1);
        String notes = db.read(em -> em.find(Track.class, neon).getNotes());
        assertThat(notes).isEqualTo("Beyoncé – naïve, call back");
        Shots.scene(dialog.getDialogPane(), "lead-import-applied");
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    private List<String> texts(String query) {
        return lookup(query).queryAll().stream().map(n -> ((Label) n).getText()).toList();
    }
}
