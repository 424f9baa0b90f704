package com.scoutdesk.app;

import static com.scoutdesk.ui.FxTestSupport.onFx;
import static com.scoutdesk.ui.FxTestSupport.requestMenu;
import static com.scoutdesk.ui.FxTestSupport.trackTable;
import static com.scoutdesk.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.bench.BenchRegistryServer;
import com.scoutdesk.integration.llm.ChatFake;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.service.OutreachService;
import com.scoutdesk.service.Services;
import com.scoutdesk.service.TagLabel;
import com.scoutdesk.service.TagUsage;
import com.scoutdesk.service.TierState;
import com.scoutdesk.service.TrackFilter;
import com.scoutdesk.service.TrackRow;
import com.scoutdesk.service.TrackSort;
import com.scoutdesk.testing.TestEnvironment;
import com.scoutdesk.ui.FxTaskExecutor;
import com.scoutdesk.ui.FxWindowTest;
import com.scoutdesk.ui.MainWindow;
import com.scoutdesk.ui.Shots;
import com.scoutdesk.ui.WindowSupport;
import com.scoutdesk.ui.export.InMemoryExportChoices;
import com.scoutdesk.ui.fakes.InMemoryThemeStore;
import com.scoutdesk.ui.theme.AppTheme;
import com.scoutdesk.ui.theme.ThemeManager;
import com.scoutdesk.ui.triage.ViewMemory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The triage workspace in the real window over a real workspace (the composition root, the sample loaded, the
 * registry tiers aimed at the benchmark's fake servers on 127.0.0.1): views, remembered view and filter, bulk stage
 * moves with undo, a re-enrich from the row menu that updates the rows while the scout watches, and a manual override
 * that a re-enrichment leaves alone.
 */
class TriageWindowTest extends FxWindowTest {

    private static Path dir;
    private static BenchRegistryServer registries;
    private static AppContext context;

    private final ViewMemory memory = ViewMemory.inMemory();
    private final InMemoryExportChoices exportChoices = new InMemoryExportChoices();
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private FxTaskExecutor executor;
    private FxTaskExecutor artExecutor;
    private MainWindow window;

    @BeforeAll
    static void openWorkspace() throws Exception {
        dir = Files.createTempDirectory("scoutdesk-triage-");
        registries = new BenchRegistryServer(0, 50, 50, 1_000_000).start();
        Map<String, String> env = new HashMap<>(registries.environment());
        context = AppContext.open(new AppPaths(dir), TestEnvironment.withoutRealSources(env), false);
        context.services().sample().loadSample();
        context.startBackgroundJobs();
    }

    @AfterAll
    static void closeWorkspace() {
        if (context != null) {
            context.close();
        }
        if (registries != null) {
            registries.close();
        }
    }

    @AfterEach
    void closeWindow() {
        closeShown();
    }

    private Node show() {
        return show(AppTheme.LIGHT);
    }

    private Node show(AppTheme theme) {
        executor = new FxTaskExecutor();
        artExecutor = new FxTaskExecutor();
        Services services = context.services();
        WindowSupport support = new WindowSupport(opened::add, description -> memory, artExecutor,
                Clock.systemUTC(), exportChoices);
        interact(() -> {
            window = new MainWindow(CompletableFuture.completedFuture(services), executor,
                    new ThemeManager(new InMemoryThemeStore(theme.id())), support);
            stage.setScene(new Scene(window.root(), 1280, 800));
        });
        Node root = window.root();
        waitUntil(() -> onFx(() -> trackTable(root) != null && !trackTable(root).getItems().isEmpty()
                && trackTable(root).getItems().get(0) != null));
        return root;
    }

    private void closeShown() {
        if (window != null) {
            interact(window::dispose);
            window = null;
        }
        if (executor != null) {
            executor.shutdown();
            artExecutor.shutdown();
            executor = null;
        }
    }

    @Test
    void everyViewShowsTheWholeResultAndTheViewAndFilterComeBackAfterARestart() throws Exception {
        Node root = show();
        long total = onFx(() -> (long) trackTable(root).getItems().size());
        assertThat(total).as("the sample's tracks, all of them in the result").isGreaterThan(600);

        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> onFx(() -> root.lookup("#lead-cards").isVisible()
                && root.lookupAll(".lead-card-track").stream().anyMatch(n -> !((Label) n).getText().isBlank())));
        assertThat(onFx(() -> trackTable(root).isVisible())).isFalse();
        Shots.scene(root, "triage-cards-light");

        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> onFx(() -> laneCountSum(root)) == total);
        Shots.scene(root, "triage-kanban-light");

        interact(() -> ((TextField) root.lookup("#search")).setText("violet"));
        waitUntil(() -> onFx(() -> laneCountSum(root)) < total && onFx(() -> laneCountSum(root)) > 0);
        long found = onFx(() -> laneCountSum(root));
        String shown = onFx(() -> ((Label) root.lookup("#shown-text")).getText());

        closeShown();
        Node again = show();
        assertThat(onFx(() -> ((TextField) again.lookup("#search")).getText())).isEqualTo("violet");
        waitUntil(() -> onFx(() -> again.lookup("#kanban").isVisible() && laneCountSum(again) == found));
        assertThat(onFx(() -> ((Label) again.lookup("#shown-text")).getText())).isEqualTo(shown);

        clickOn("#reset-filters");
        waitUntil(() -> onFx(() -> laneCountSum(again)) == total);
        assertThat(onFx(() -> ((TextField) again.lookup("#search")).getText())).isEmpty();
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> onFx(() -> trackTable(again).isVisible()));
    }

    @Test
    void tagsMergedInTheTagManagerShowOnTheRowsChips() {
        Services services = context.services();
        List<Long> ids = services.tracks().find(TrackFilter.all(), TrackSort.DEFAULT, 0, 3).rows().stream()
                .map(TrackRow::id).toList();
        services.trackService().setTags(ids.get(0), List.of("tw-demo"));
        services.trackService().setTags(ids.get(1), List.of("tw-demo"));
        services.trackService().setTags(ids.get(2), List.of("tw-demos"));
        Node root = show();
        TableView<TrackRow> table = onFx(() -> trackTable(root));
        waitUntil(() -> "tw-demos".equals(chipOf(root, 2)));
        assertThat(chipOf(root, 0)).isEqualTo("tw-demo");

        clickOn("#open-tags");
        waitUntil(() -> onFx(() -> tagTable() != null && tagTable().getItems().size() >= 2));
        interact(() -> {
            TableView<TagUsage> tags = tagTable();
            tags.getSelectionModel().clearSelection();
            tags.getItems().stream().filter(t -> t.name().startsWith("tw-demo"))
                    .forEach(t -> tags.getSelectionModel().select(t));
        });
        clickOn(lookup("#merge-tags").queryButton());
        // the choice offers both names, the one on most tracks ("tw-demo") first chosen
        clickOn(lookup(".dialog-pane .button").match(n -> n instanceof ButtonBase && ((Button) n).isDefaultButton()
                && n.getScene() != tagTable().getScene()).queryButton());

        waitUntil(() -> "tw-demo".equals(chipOf(root, 2)));
        assertThat(onFx(() -> rowById(table, ids.get(2))).tags()).extracting(TagLabel::name)
                .containsExactly("tw-demo");
        assertThat(services.tags().list()).extracting(TagUsage::name).contains("tw-demo").doesNotContain("tw-demos");
        interact(() -> tagTable().getScene().getWindow().hide());
    }

    private TableView<TagUsage> tagTable() {
        @SuppressWarnings("unchecked")
        TableView<TagUsage> found = (TableView<TagUsage>) lookup("#tag-table").tryQuery().orElse(null);
        return found;
    }

    /** The chip's text in the table's row {@code index}, or null when it shows none. */
    private static String chipOf(Node root, int index) {
        return onFx(() -> root.lookupAll(".table-row-cell").stream().map(n -> (TableRow<?>) n)
                .filter(r -> r.getIndex() == index && !r.isEmpty() && r.getItem() != null)
                .flatMap(r -> r.lookupAll(".tag-chips .tag-chip").stream())
                .filter(n -> n.getParent() != null && n.getParent().isVisible())
                .map(n -> ((Label) n).getText()).findFirst().orElse(null));
    }

    @Test
    void theOutreachBriefStreamsFromTheModelFallsBackOfflineWithANoticeAndStaysOfflineWithoutAnEndpoint()
            throws Exception {
        OutreachService outreach = context.services().outreach();
        try (ChatFake fake = ChatFake.start()) {
            outreach.settings().setEndpoint(fake.baseUrl().toString());
            Node root = show();
            TableView<TrackRow> table = onFx(() -> trackTable(root));
            TrackRow first = onFx(() -> table.getItems().get(0));
            String offline = outreach.offlineBrief(first.id()).text();

            fake.streams("Ana Ruiz ", "is worth ", "a call.");
            clickOn(row(root, 0), MouseButton.SECONDARY);
            requestMenu(row(root, 0));
            clickOn(shownItem("#menu-outreach"));
            waitUntil(() -> "Ana Ruiz is worth a call.".equals(briefText()));
            assertThat(labelText("#outreach-status")).startsWith("Written by the language model");
            assertThat(onFx(() -> lookup("#outreach-notice").query().isVisible())).isFalse();
            assertThat(fake.requests().get(0).json().toString()).contains(first.name());
            clickOn("#outreach-copy");
            assertThat(onFx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo("Ana Ruiz is worth a call.");
            clickOn("#outreach-offline");
            waitUntil(() -> offline.equals(briefText()));
            closeBrief();

            fake.unauthorised();
            clickOn(row(root, 0));
            type(KeyCode.ENTER);
            clickOn(shownItem("#drawer-outreach"));
            waitUntil(() -> offline.equals(briefText()) && !labelText("#outreach-notice").isEmpty());
            assertThat(labelText("#outreach-notice")).contains("wants an API key: set LLM_API_KEY").endsWith("offline brief.");
            assertThat(offline).contains(first.name());
            Shots.inBothThemes(lookup("#outreach-text").query().getScene().getRoot(), "outreach-fallback", true);
            closeBrief();

            outreach.settings().setEndpoint("");
            int asked = fake.requests().size();
            closeShown();
            Node dark = show(AppTheme.DARK);
            clickOn(row(dark, 0));
            type(KeyCode.ENTER);
            clickOn(shownItem("#drawer-outreach"));
            waitUntil(() -> offline.equals(briefText()));
            assertThat(labelText("#outreach-status")).contains("no language model is set");
            assertThat(fake.requests()).as("nothing sent without an endpoint").hasSize(asked);
            Shots.inBothThemes(lookup("#outreach-text").query().getScene().getRoot(), "outreach-offline", true);
            closeBrief();
        } finally {
            outreach.settings().setEndpoint("");
        }
    }

    private String briefText() {
        return onFx(() -> lookup("#outreach-text").tryQuery().map(n -> ((TextArea) n).getText()).orElse(null));
    }

    private String labelText(String id) {
        return onFx(() -> ((Label) lookup(id).query()).getText());
    }

    private void closeBrief() {
        interact(() -> lookup("#outreach-text").query().getScene().getWindow().hide());
        waitUntil(() -> onFx(() -> lookup("#outreach-text").tryQuery().isEmpty()));
    }

    @Test
    void theTickedLeadsMoveTogetherWithTheKeyAndOneCtrlZTakesTheMoveBack() {
        Node root = show();
        TableView<TrackRow> table = onFx(() -> trackTable(root));
        List<TrackRow> before = onFx(() -> List.of(table.getItems().get(0), table.getItems().get(1),
                table.getItems().get(2)));
        clickOn(row(root, 0));
        press(KeyCode.SHIFT).clickOn(row(root, 2)).release(KeyCode.SHIFT);
        waitUntil(() -> onFx(() -> ((Label) root.lookup("#selected-text")).getText()).startsWith("3"));

        type(KeyCode.DIGIT4);
        waitUntil(() -> onFx(() -> rowsAt(table, 3)).stream().allMatch(r -> r.leadStage() == LeadStage.NEGOTIATING));
        assertThat(onFx(() -> ((Label) root.lookup("#triage-message")).getText()))
                .isEqualTo("Moved 3 leads to Negotiating");
        assertThat(context.services().trackService().lead(before.get(1).id()).stage())
                .isEqualTo(LeadStage.NEGOTIATING);

        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> onFx(() -> rowsAt(table, 3)).stream().map(TrackRow::leadStage).toList()
                .equals(before.stream().map(TrackRow::leadStage).toList()));
        for (TrackRow each : before) {
            assertThat(context.services().trackService().lead(each.id()).stage()).isEqualTo(each.leadStage());
        }
    }

    @Test
    void reEnrichFromTheRowMenuUpdatesTheRowWhileTheScoutWatches() throws Exception {
        Node root = show();
        TableView<TrackRow> table = onFx(() -> trackTable(root));
        int index = narrowToOne(root, table);
        long id = onFx(() -> table.getItems().get(index).id());

        clickOn(row(root, index), MouseButton.SECONDARY);
        requestMenu(row(root, index));
        clickMenu("#menu-enrich", "#menu-enrich-" + EnrichmentTier.MLC_PUBLISHER.number());

        waitUntil(() -> onFx(() -> rowById(table, id)).publisherStatus() != PublisherStatus.UNKNOWN);
        assertThat(onFx(() -> ((Label) root.lookup("#triage-message")).getText())).startsWith("Queued 1 track");
        Shots.scene(root, "triage-table-after-re-enrich-light");
    }

    @Test
    void aManualOverrideInTheDrawerSurvivesAReEnrichment() {
        Node root = show();
        TableView<TrackRow> table = onFx(() -> trackTable(root));
        int index = narrowToOne(root, table);
        long id = onFx(() -> table.getItems().get(index).id());
        clickOn(row(root, index));
        type(KeyCode.ENTER);
        waitUntil(() -> onFx(() -> root.lookup("#drawer-override-publisher_name") != null));

        fire(root, "#drawer-override-publisher_name");
        waitUntil(() -> onFx(() -> root.lookup("#drawer-override-input") != null));
        interact(() -> ((TextField) root.lookup("#drawer-override-input")).setText("Scout's Own Music"));
        fire(root, "#drawer-override-save");
        waitUntil(() -> onFx(() -> root.lookup("#drawer-override-marker-publisher_name") != null));

        requestMenu(row(root, index)); // the row's left part shows beside the drawer
        clickMenu("#menu-enrich", "#menu-enrich-" + EnrichmentTier.MLC_PUBLISHER.number());
        waitUntil(() -> context.services().trackService().details(id).tiers().stream()
                .anyMatch(t -> t.tier() == EnrichmentTier.MLC_PUBLISHER.number() && t.state() == TierState.State.DONE));
        waitUntil(() -> onFx(() -> rowById(table, id)).publisherStatus() != PublisherStatus.UNKNOWN);

        assertThat(context.services().trackService().details(id).fields().stream()
                .filter(f -> f.field().equals("publisher_name")).findFirst().orElseThrow().value())
                .isEqualTo("Scout's Own Music");
        waitUntil(() -> onFx(() -> root.lookup("#drawer-override-marker-publisher_name") != null
                && "Scout's Own Music".equals(((Label) root.lookup("#drawer-field-publisher_name")).getText())));
    }

    /** Opens a submenu of the shown row menu and clicks one of its items, moving sideways into it first. */
    private void clickMenu(String submenu, String item) {
        Node parent = shownItem(submenu);
        clickOn(parent);
        Node child = shownItem(item);
        Bounds from = onFx(() -> parent.localToScreen(parent.getLayoutBounds()));
        Bounds to = onFx(() -> child.localToScreen(child.getLayoutBounds()));
        moveTo(new Point2D(to.getCenterX(), from.getCenterY()));
        clickOn(child);
    }

    private Node shownItem(String id) {
        waitUntil(() -> lookup(id).match(n -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing()).tryQuery().isPresent());
        return lookup(id).match(n -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing()).query();
    }

    /**
     * The screenshots of issue 14 (`target/screenshots/triage-*-light|dark.png`): table, drawer, cards, kanban, the tag
     * and export dialogs and the progress bar opened per tier, each in both themes, with what each must show.
     */
    @Test
    void everyViewAndDialogInLightAndDarkShowsWhatItMust() throws Exception {
        for (AppTheme theme : AppTheme.values()) {
            String suffix = "-" + theme.id();
            Node root = show(theme);
            TableView<TrackRow> table = onFx(() -> trackTable(root));
            long total = onFx(() -> (long) table.getItems().size());
            assertThat(onFx(() -> ((Label) root.lookup("#shown-text")).getText()))
                    .isEqualTo(String.format("Showing %,d tracks", total));
            Shots.scene(root, "triage-table" + suffix);

            TrackRow first = onFx(() -> table.getItems().get(0));
            clickOn(row(root, 0));
            type(KeyCode.ENTER);
            waitUntil(() -> onFx(() -> root.lookup("#drawer-track-name") != null
                    && first.name().equals(((Label) root.lookup("#drawer-track-name")).getText())));
            assertThat(onFx(() -> ((Label) root.lookup("#drawer-score")).getText()))
                    .as("the sample's score comes with its breakdown").matches("\\d+\\.\\d");
            Shots.scene(root, "triage-drawer" + suffix);
            type(KeyCode.ESCAPE);
            waitUntil(() -> onFx(() -> !root.lookup("#details-drawer").isVisible()));

            press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.SHIFT, KeyCode.CONTROL);
            waitUntil(() -> onFx(() -> root.lookupAll(".lead-card-track").stream()
                    .anyMatch(n -> first.name().equals(((Label) n).getText()))));
            Shots.scene(root, "triage-cards" + suffix);
            press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.SHIFT, KeyCode.CONTROL);
            waitUntil(() -> onFx(() -> laneCountSum(root)) == total);
            Shots.scene(root, "triage-kanban" + suffix);
            press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.SHIFT, KeyCode.CONTROL);

            clickOn(row(root, 0));
            type(KeyCode.T);
            waitUntil(() -> lookup("#tag-input").tryQuery().isPresent());
            Node tagInput = lookup("#tag-input").query();
            assertThat(onFx(() -> ((javafx.scene.control.DialogPane) tagInput.getScene().getRoot()).getHeaderText()))
                    .isEqualTo("Add tags to 1 lead");
            Shots.scene(tagInput.getScene().getRoot(), "triage-tag-dialog" + suffix);
            type(KeyCode.ESCAPE);
            waitUntil(() -> lookup("#tag-input").tryQuery().isEmpty());

            press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
            waitUntil(() -> lookup("#export-button").tryQuery().isPresent());
            Node exportButton = lookup("#export-button").query();
            assertThat(onFx(() -> ((TextField) lookup("#export-target").query()).getText())).endsWith(".csv");
            Shots.scene(exportButton.getScene().getRoot(), "triage-export-dialog" + suffix);
            interact(() -> ((ButtonBase) lookup("#export-close").query()).fire());
            waitUntil(() -> lookup("#export-button").tryQuery().isEmpty());

            // Six ticked tracks queued again with Ctrl+R: MusicBrainz's one request a second keeps the bar up.
            clickOn(row(root, 0));
            press(KeyCode.SHIFT).clickOn(row(root, 5)).release(KeyCode.SHIFT);
            press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
            waitUntil(() -> onFx(() -> root.lookup("#enrichment-progress").isVisible()
                    && ((Label) root.lookup("#progress-headline")).getText().startsWith("Enriching")));
            fire(root, "#progress-expand");
            waitUntil(() -> onFx(() -> root.lookup("#progress-tiers").isVisible()
                    && root.lookup("#progress-tier-" + EnrichmentTier.MLC_PUBLISHER.number()) != null));
            Shots.scene(root, "triage-progress" + suffix);
            closeShown();
        }
    }

    private void fire(Node root, String id) {
        interact(() -> ((ButtonBase) root.lookup(id)).fire());
    }

    private static long laneCountSum(Node root) {
        long sum = 0;
        for (LeadStage stage : LeadStage.values()) {
            Label count = (Label) root.lookup("#lane-count-" + stage.name());
            sum += Long.parseLong(count.getText().replace(",", ""));
        }
        return sum;
    }

    private static List<TrackRow> rowsAt(TableView<TrackRow> table, int count) {
        return table.getItems().subList(0, count);
    }

    private static TrackRow rowById(TableView<TrackRow> table, long id) {
        for (int i = 0; i < Math.min(table.getItems().size(), 200); i++) {
            TrackRow row = table.getItems().get(i);
            if (row != null && row.id() == id) {
                return row;
            }
        }
        throw new AssertionError("track " + id + " is not in the first window any more");
    }

    /**
     * Searches for a track The MLC has not answered for yet, so the result is that track (and any of the same name)
     * and it stays in sight however its score moves it; returns its row.
     */
    private int narrowToOne(Node root, TableView<TrackRow> table) {
        TrackRow chosen = onFx(() -> table.getItems().get(firstUnchecked(table)));
        // name then artists, as the search text has them: a name alone may be a word in many titles
        interact(() -> ((TextField) root.lookup("#search")).setText(chosen.name() + " " + chosen.artistNames()));
        waitUntil(() -> onFx(() -> table.getItems().size() < 20 && table.getItems().stream()
                .anyMatch(r -> r != null && r.id() == chosen.id())));
        return onFx(() -> table.getItems().indexOf(rowById(table, chosen.id())));
    }

    /** The first of the first rows The MLC has not answered for yet, and whose track has an ISRC to ask with. */
    private static int firstUnchecked(TableView<TrackRow> table) {
        for (int i = 0; i < 200; i++) {
            TrackRow row = table.getItems().get(i);
            if (row.publisherStatus() == PublisherStatus.UNKNOWN && row.isrc() != null) {
                return i;
            }
        }
        throw new AssertionError("no track without The MLC's answer among the first rows of the sample");
    }

    private Node row(Node root, int index) {
        waitUntil(() -> onFx(() -> root.lookupAll(".table-row-cell").stream()
                .anyMatch(n -> ((TableRow<?>) n).getIndex() == index && n.isVisible())));
        return onFx(() -> root.lookupAll(".table-row-cell").stream()
                .filter(n -> ((TableRow<?>) n).getIndex() == index).findFirst().orElseThrow());
    }
}
