package com.scoutdesk.ui.trends;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.concurrent.CurrentThreadTaskExecutor;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.service.DatabaseTrackQueryService;
import com.scoutdesk.service.TrendsService;
import com.scoutdesk.service.TrendsWorkspace;
import com.scoutdesk.service.trends.Mover;
import com.scoutdesk.ui.FxTestSupport;
import com.scoutdesk.ui.FxWindowTest;
import com.scoutdesk.ui.MainWindow;
import com.scoutdesk.ui.Shots;
import com.scoutdesk.testing.TestDatabases;
import com.scoutdesk.testing.TestDatabases.Engine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Trends page over a real H2 workspace with three hand-written weeks: what its tables show, overall and on one
 * playlist, and its CSV export. Writes {@code target/screenshots/trends-page-light.png} and {@code -dark.png}.
 */
class TrendsPageScreenshotTest extends FxWindowTest {

    @TempDir
    Path dir;
    private Database db;
    private Map<String, Long> ids;
    private TrendsViewModel model;
    private Parent root;
    private Path exportTarget;

    @BeforeEach
    void open() {
        db = Database.open(TestDatabases.fresh(Engine.H2, dir.resolve("ws")));
        ids = TrendsWorkspace.fill(db);
        exportTarget = dir.resolve("trends.csv");
        model = new TrendsViewModel(new TrendsService(db), new DatabaseTrackQueryService(db),
                new CurrentThreadTaskExecutor());
        interact(() -> {
            root = (Parent) new TrendsView(model, window -> exportTarget).root();
            Scene scene = new Scene(root, 1280, 800);
            scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(MainWindow.STYLESHEET))
                    .toExternalForm());
            stage.setScene(scene);
            model.refresh();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void thePageShowsTheLatestWeeksMoversNewTracksAndAddsAndDrops() throws Exception {
        assertThat(FxTestSupport.onFx(() -> ((ComboBox<?>) root.lookup("#trends-week")).getValue()))
                .isEqualTo(TrendsWorkspace.W2);
        assertThat(texts("#trends-movers", 1)).containsExactly("Cold Rivers", "Neon Hearts", "Echo", "Far Lights");
        assertThat(texts("#trends-movers", 4)).as("Far Lights' streams are stale: shown so, never as a move")
                .containsExactly("300", "1,200", "10", "5,000 (stale)");
        assertThat(texts("#trends-movers", 5)).containsExactly("+50.0 %", "+20.0 %", "\u2013", "stale");
        assertThat(texts("#trends-movers", 8)).containsExactly("2 weeks", "", "", "");
        assertThat(texts("#trends-new", 0)).containsExactly("Dust", "Echo");
        assertThat(texts("#trends-changes", 1)).containsExactly("Added", "Dropped", "Added");
        assertThat(texts("#trends-changes", 2)).containsExactly("Dust", "=cmd|calc", "Echo");
        assertThat(FxTestSupport.onFx(() -> ((Label) root.lookup("#trends-summary")).getText()))
                .isEqualTo("4 movers \u00b7 1 stale \u00b7 2 new this week \u00b7 2 adds and 1 drop on 2 playlists");
        assertThat(FxTestSupport.onFx(() -> ((Label) root.lookup("#trends-counts")).getText()))
                .isEqualTo("Fresh Finds +1 \u22121 (against 2026-11-13) \u00b7 Indie Mix +1 \u22120 (against 2026-11-06)");
        Shots.inBothThemes(root, "trends-page", true);
    }

    @Test
    void choosingAPlaylistLimitsTheTablesAndExportWritesWhatIsShown() throws Exception {
        interact(() -> model.playlistProperty().set(model.playlists().stream()
                .filter(p -> ids.get("Fresh Finds").equals(p.id())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(texts("#trends-movers", 1)).containsExactly("Cold Rivers", "Neon Hearts");
        assertThat(texts("#trends-changes", 0)).containsExactly("Fresh Finds", "Fresh Finds");
        assertThat(model.movers()).extracting(Mover::trackId)
                .containsExactly(ids.get("Cold Rivers"), ids.get("Neon Hearts"));

        clickOn("#trends-export");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> lines = List.of(Files.readString(exportTarget, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines).hasSize(1 + 2 + 1 + 2);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("dropped,2026-11-20,,Fresh Finds,2026-11-13,")
                .contains(",'=cmd|calc,"));
        assertThat(FxTestSupport.onFx(() -> ((Label) root.lookup("#trends-message")).getText()))
                .isEqualTo("Exported 5 rows to " + exportTarget);
        Shots.scene(root, "trends-page-playlist-light");
    }

    /** The texts of one column of a table's rows, as its cells show them. */
    private List<String> texts(String table, int column) {
        return FxTestSupport.onFx(() -> {
            @SuppressWarnings("unchecked")
            TableView<Object> view = (TableView<Object>) root.lookup(table);
            return view.getItems().stream().map(row -> {
                Object value = view.getColumns().get(column).getCellObservableValue(row).getValue();
                return cellText(view, column, value);
            }).toList();
        });
    }

    /** Formats a cell's value the way its column's cell does, by rendering one cell. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String cellText(TableView<Object> view, int column, Object value) {
        javafx.scene.control.TableColumn col = view.getColumns().get(column);
        javafx.scene.control.TableCell cell = (javafx.scene.control.TableCell) col.getCellFactory().call(col);
        try {
            java.lang.reflect.Method update = javafx.scene.control.Cell.class.getDeclaredMethod("updateItem",
                    Object.class, boolean.class);
            update.setAccessible(true);
            update.invoke(cell, value, false);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        String text = cell.getText();
        return text == null ? "" : text;
    }
}
