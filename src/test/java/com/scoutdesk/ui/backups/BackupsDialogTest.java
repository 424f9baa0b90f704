package com.scoutdesk.ui.backups;

import static com.scoutdesk.ui.FxTestSupport.onFx;
import static com.scoutdesk.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.safety.Backups;
import com.scoutdesk.service.backup.BackupInfo;
import com.scoutdesk.service.backup.OpenWorkspaceBackups;
import com.scoutdesk.testing.TestDatabases;
import com.scoutdesk.testing.TestDatabases.Engine;
import com.scoutdesk.ui.FxTaskExecutor;
import com.scoutdesk.ui.FxWindowTest;
import com.scoutdesk.ui.Shots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backups dialog on a real H2 workspace that stays open: a daily backup is listed in words, Back up now writes a
 * zip the list then shows, and "Show folder" opens the backups folder. Writes {@code backups-{light,dark}.png}.
 */
class BackupsDialogTest extends FxWindowTest {

    @TempDir
    Path dir;
    private Database db;
    private FxTaskExecutor executor;
    private BackupsDialog dialog;
    private final List<String> opened = new ArrayList<>();

    @BeforeEach
    void workspace() {
        db = Database.open(TestDatabases.fresh(Engine.H2, dir));
        Backups backups = new Backups(dir, 7, Clock.systemUTC());
        db.readJdbc(c -> backups.create(c, "daily"));
        executor = new FxTaskExecutor();
        OpenWorkspaceBackups service = new OpenWorkspaceBackups(db, backups, dir.resolve("backups"));
        interact(() -> {
            dialog = new BackupsDialog(stage, new BackupsViewModel(service, executor), opened::add);
            dialog.show();
        });
        waitUntil(() -> rows().size() == 1);
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
        executor.shutdown();
        db.close();
    }

    private List<BackupInfo> rows() {
        return onFx(() -> List.copyOf(dialog.model().rows()));
    }

    @Test
    void backUpNowWritesAZipWhileTheWorkspaceStaysOpenAndListsIt() throws Exception {
        assertThat(cellTexts()).contains("Daily, when the workspace opened");

        clickOn("#backup-now");
        waitUntil(() -> rows().size() == 2);

        BackupInfo manual = rows().get(0);
        assertThat(manual.reason()).isEqualTo("manual");
        assertThat(Files.size(dir.resolve("backups").resolve(manual.name() + ".zip"))).isPositive();
        assertThat(cellTexts()).contains("Taken by you (kept until you delete it)");
        String message = onFx(() -> ((Label) lookup("#backup-message").query()).getText());
        assertThat(message).startsWith("Backed up to " + manual.name()).contains(dir.resolve("backups").toString());
        Object playlists = db.read(em -> em.createNativeQuery("select count(*) from playlist").getSingleResult());
        assertThat(playlists).as("the workspace is still open and readable").isNotNull();

        assertThat(onFx(() -> dialog.getDialogPane().lookupAll(".label").stream().map(n -> (Label) n)
                .filter(l -> l.isWrapText() && !l.getText().isEmpty() && l.getHeight() < l.prefHeight(l.getWidth()) - 0.5)
                .map(Label::getText).toList())).as("texts cut short").isEmpty();
        clickOn("#backup-folder");
        assertThat(opened).containsExactly(dir.resolve("backups").toUri().toString());
        Shots.inBothThemes(dialog.getDialogPane(), "backups", false);
    }

    @Test
    void aFailedBackupSaysWhatToDoAndKeepsTheList() {
        interact(() -> dir.resolve("backups").toFile().setWritable(false));
        try {
            clickOn("#backup-now");
            waitUntil(() -> !onFx(() -> ((Label) lookup("#backup-message").query()).getText())
                    .startsWith("Backing up"));
            String message = onFx(() -> ((Label) lookup("#backup-message").query()).getText());
            if (!"root".equals(System.getProperty("user.name"))) { // root writes anywhere
                assertThat(message).startsWith("The backup failed:").contains("try again");
                assertThat(onFx(() -> lookup("#backup-message").query().getStyleClass())).contains("danger");
            }
            assertThat(rows()).hasSize("root".equals(System.getProperty("user.name")) ? 2 : 1);
        } finally {
            dir.resolve("backups").toFile().setWritable(true);
        }
    }

    private List<String> cellTexts() {
        return onFx(() -> lookup("#backup-table").queryAs(TableView.class).lookupAll(".table-cell").stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).filter(t -> t != null).toList());
    }
}
