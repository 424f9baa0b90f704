package com.scoutdesk.ui.tags;

import static com.scoutdesk.ui.FxTestSupport.onFx;
import static com.scoutdesk.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.scoring.UnsignedScorer;
import com.scoutdesk.service.ScoreService;
import com.scoutdesk.service.TagService;
import com.scoutdesk.service.TagUsage;
import com.scoutdesk.service.TrackService;
import com.scoutdesk.testing.TestDatabases;
import com.scoutdesk.testing.TestDatabases.Engine;
import com.scoutdesk.testing.TestTracks;
import com.scoutdesk.ui.FxTaskExecutor;
import com.scoutdesk.ui.FxWindowTest;
import com.scoutdesk.ui.Shots;
import com.scoutdesk.ui.theme.AppTheme;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tag manager on a real workspace, driven by the robot: three tracks tagged "demo" (two), "demos" and "hot";
 * adding, a refused name, a merge with its undo (Ctrl+Z), a delete with its confirmation and the Undo button.
 * Writes {@code target/screenshots/tag-manager-{light,dark}.png}.
 */
class TagManagerDialogTest extends FxWindowTest {

    @TempDir
    Path dir;
    private Database db;
    private TrackService tracks;
    private FxTaskExecutor executor;
    private TagManagerDialog dialog;
    private final AtomicInteger changes = new AtomicInteger();
    private final List<Long> ids = new ArrayList<>();

    @BeforeEach
    void workspace() {
        Clock clock = Clock.systemUTC();
        db = Database.open(TestDatabases.fresh(Engine.H2, dir));
        tracks = new TrackService(db, new ScoreService(db, UnsignedScorer.withDefaultLabels(), clock), clock,
                () -> Set.of(EnrichmentTier.values()));
        for (String name : List.of("Neon Hearts", "Glass Rooms", "Low Tide")) {
            ids.add(db.write(em -> {
                Track t = TestTracks.track("S" + name.hashCode(), name, "Mara Vell", Instant.now());
                em.persist(t);
                return t.getId();
            }));
        }
        tracks.setTags(ids.get(0), List.of("demo"));
        tracks.setTags(ids.get(1), List.of("demo", "hot"));
        tracks.setTags(ids.get(2), List.of("demos"));
        executor = new FxTaskExecutor();
        TagService service = new TagService(db, clock);
        interact(() -> {
            dialog = new TagManagerDialog(stage, new TagManagerModel(service, executor, changes::incrementAndGet));
            dialog.show();
        });
        waitUntil(() -> rows().size() == 3);
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

    private List<TagUsage> rows() {
        return onFx(() -> List.copyOf(dialog.model().rows()));
    }

    private List<String> shown() {
        return rows().stream().map(t -> t.name() + " " + t.tracks()).toList();
    }

    /** Each drawn row, top to bottom, as "chip | count" read from its cells. */
    private List<String> drawnRows() {
        return onFx(() -> dialog.getDialogPane().lookupAll(".table-row-cell").stream()
                .map(n -> (TableRow<?>) n).filter(r -> !r.isEmpty() && r.getItem() != null)
                .sorted(java.util.Comparator.comparingInt(TableRow::getIndex))
                .map(r -> ((Label) r.lookup(".tag-chip")).getText() + " | " + r.lookupAll(".table-cell").stream()
                        .map(c -> ((TableCell<?, ?>) c).getText()).filter(t -> t != null).findFirst().orElse(""))
                .toList());
    }

    private <T extends Node> T node(String id) {
        return onFx(() -> {
            @SuppressWarnings("unchecked")
            T found = (T) dialog.getDialogPane().lookup("#" + id);
            return found;
        });
    }

    private void select(String... names) {
        interact(() -> {
            TableView<TagUsage> table = node("tag-table");
            table.getSelectionModel().clearSelection();
            for (String name : names) {
                table.getItems().stream().filter(t -> t.name().equals(name)).findFirst()
                        .ifPresent(t -> table.getSelectionModel().select(t));
            }
        });
    }

    @Test
    void addsATagAndRefusesANameTakenInAnotherCase() {
        clickOn((Node) node("new-tag-name")).write("Follow up");
        clickOn((Node) node("add-tag"));
        waitUntil(() -> rows().size() == 4);
        assertThat(shown()).containsExactly("demo 2", "demos 1", "Follow up 0", "hot 1");
        assertThat(onFx(() -> ((Label) node("tags-message")).getText())).isEqualTo("Added 'Follow up'.");

        clickOn((Node) node("new-tag-name")).write("HOT");
        clickOn((Node) node("add-tag"));
        waitUntil(() -> !dialog.model().errorProperty().get().isEmpty());
        assertThat(onFx(() -> ((Label) node("tags-error")).getText()))
                .isEqualTo("A tag named 'hot' exists already. Pick another name, or merge the two tags.");
        assertThat(shown()).hasSize(4);
        assertThat(changes.get()).isEqualTo(1);
    }

    @Test
    void mergesChosenTagsIntoTheOneKeptAndCtrlZTakesItBack() {
        select("demo", "demos");
        clickOn((Node) node("merge-tags"));
        // the choice offers both names, the one on most tracks first chosen
        clickOn(lookup(".dialog-pane .button").match(n -> n instanceof Button && ((Button) n).isDefaultButton()
                && n.getScene() != dialog.getDialogPane().getScene()).queryButton());
        waitUntil(() -> rows().size() == 2);
        assertThat(shown()).containsExactly("demo 3", "hot 1");
        assertThat(tracks.lead(ids.get(2)).tags()).containsExactly("demo");
        assertThat(onFx(() -> ((Label) node("tags-message")).getText()))
                .isEqualTo("Merged 'demos' into 'demo': 1 track newly tagged 'demo'.");

        clickOn((Node) node("tag-table")).push(KeyCode.SHORTCUT, KeyCode.Z);
        waitUntil(() -> rows().size() == 3);
        assertThat(shown()).containsExactly("demo 2", "demos 1", "hot 1");
        assertThat(tracks.lead(ids.get(2)).tags()).containsExactly("demos");
        assertThat(changes.get()).isEqualTo(2);
    }

    @Test
    void deletesAfterAConfirmationThatNamesTheCountAndUndoPutsItBack() {
        select("demo");
        clickOn((Node) node("delete-tag"));
        assertThat(lookup(".dialog-pane .header-panel .label").queryAll()).extracting(n -> ((Label) n).getText())
                .contains("Delete 'demo' from 2 tracks?");
        clickOn(lookup(".dialog-pane .button").match(n -> n instanceof Button && ((Button) n).isDefaultButton()
                && n.getScene() != dialog.getDialogPane().getScene()).queryButton());
        waitUntil(() -> rows().size() == 2);
        assertThat(tracks.lead(ids.get(0)).tags()).isEmpty();
        assertThat(tracks.lead(ids.get(1)).tags()).containsExactly("hot");

        clickOn((Node) node("undo-tags"));
        waitUntil(() -> rows().size() == 3);
        assertThat(tracks.lead(ids.get(0)).tags()).containsExactly("demo");
        assertThat(tracks.lead(ids.get(1)).tags()).containsExactly("demo", "hot");
        assertThat(onFx(() -> ((Button) node("undo-tags")).isDisabled())).isTrue();
    }

    @Test
    void showsEveryTagAsAChipInBothThemes() throws Exception {
        TagUsage hot = rows().get(2);
        interact(() -> dialog.model().recolor(hot, "#c62828"));
        waitUntil(() -> "#c62828".equals(rows().get(2).color()));
        select("hot");
        for (AppTheme theme : AppTheme.values()) {
            onFx(() -> {
                Application.setUserAgentStylesheet(theme.userAgentStylesheet());
                return null;
            });
            interact(() -> dialog.getDialogPane().applyCss());
            WritableImage shot = Shots.node(dialog.getDialogPane(), "tag-manager-" + theme.id());
            assertThat(drawnRows()).containsExactly("demo | 2 tracks", "demos | 1 track", "hot | 1 track");
            assertThat(onFx(() -> dialog.getDialogPane().lookupAll(".tag-chip").stream()
                    .filter(n -> "hot".equals(((Label) n).getText())).map(Node::getStyle).findFirst().orElse("")))
                    .contains("#c62828", "-fx-text-fill: #ffffff");
            assertThat(onFx(() -> ((javafx.scene.control.ColorPicker) node("recolor-tag")).getValue()))
                    .as("the picker shows the chosen tag's colour").isEqualTo(javafx.scene.paint.Color.web("#c62828"));
            double brightness = Shots.meanBrightness(shot);
            if (theme.isDark()) {
                assertThat(brightness).as("a dark dialog").isLessThan(0.3);
            } else {
                assertThat(brightness).as("a light dialog").isGreaterThan(0.7);
            }
        }
    }
}
