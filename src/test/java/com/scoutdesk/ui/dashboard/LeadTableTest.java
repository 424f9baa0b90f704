package com.scoutdesk.ui.dashboard;

import static com.scoutdesk.ui.FxTestSupport.onFx;
import static com.scoutdesk.ui.FxTestSupport.requestMenu;
import static com.scoutdesk.ui.FxTestSupport.trackTable;
import static com.scoutdesk.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.service.TagLabel;
import com.scoutdesk.service.TrackRow;
import com.scoutdesk.service.TrackSort;
import com.scoutdesk.ui.FxTaskExecutor;
import com.scoutdesk.ui.FxWindowTest;
import com.scoutdesk.ui.MainWindow;
import com.scoutdesk.ui.Shots;
import com.scoutdesk.ui.common.ArtThumbnails;
import com.scoutdesk.ui.common.Debouncer;
import com.scoutdesk.ui.fakes.FakeServices;
import com.scoutdesk.ui.fakes.RecordingLeadActions;
import com.scoutdesk.ui.fakes.TestRows;
import com.scoutdesk.ui.theme.AppTheme;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The lead table in a real (headless) window over 20,000 fake tracks and the real background executor: a header click
 * sorts the whole result, Shift-click and Ctrl+A select, the row menu acts on the selection through
 * {@link LeadActions}.
 */
class LeadTableTest extends FxWindowTest {

    private static final int COUNT = 20_000;
    private static final List<TrackRow> LEADS = TestRows.leads(COUNT);

    private FxTaskExecutor executor;
    private DashboardViewModel model;
    private final RecordingLeadActions actions = new RecordingLeadActions();
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private FakeServices fakes;

    @AfterEach
    void stop() {
        if (model != null) {
            interact(model::dispose);
        }
        executor.shutdown();
    }

    private Node show(List<TrackRow> rows, AppTheme theme) {
        executor = new FxTaskExecutor();
        fakes = FakeServices.withRows(rows);
        interact(() -> {
            Application.setUserAgentStylesheet(theme.userAgentStylesheet());
            model = new DashboardViewModel(fakes.tracks, fakes.sample, executor, Debouncer.immediate(), () -> { });
            DashboardView view = new DashboardView(model, actions, ArtThumbnails.placeholders(), opened::add);
            Scene scene = new Scene((javafx.scene.Parent) view.root(), 1280, 800);
            scene.getStylesheets().add(MainWindow.class.getResource(MainWindow.STYLESHEET).toExternalForm());
            stage.setScene(scene);
            model.start();
        });
        Node root = stage.getScene().getRoot();
        waitUntil(() -> trackTable(root).getItems().size() == rows.size()
                && trackTable(root).getItems().get(0) != null);
        return root;
    }

    private static TableRow<?> row(Node root, int index) {
        return onFx(() -> root.lookupAll(".table-row-cell").stream().map(n -> (TableRow<?>) n)
                .filter(r -> r.getIndex() == index && !r.isEmpty() && r.getItem() != null && r.isVisible())
                .findFirst().orElseThrow(() -> new AssertionError("row " + index + " not drawn")));
    }

    /** Whether the row at {@code index} is on screen with its track loaded; read on the FX thread. */
    private static boolean drawn(Node root, int index) {
        return root.lookupAll(".table-row-cell").stream().map(n -> (TableRow<?>) n)
                .anyMatch(r -> r.getIndex() == index && !r.isEmpty() && r.getItem() != null && r.isVisible());
    }

    private static Node header(Node root, String title) {
        return onFx(() -> root.lookupAll(".column-header").stream()
                .filter(h -> h.lookup(".label") instanceof Label
                        && title.equals(((Label) h.lookup(".label")).getText()))
                .findFirst().orElseThrow());
    }

    /**
     * What the desktop's windowing sends after a right-click. Monocle, the headless platform, never sends it
     * (its MouseInput does not call notifyMenu), so the test delivers it where the pointer is.
     */
    /** The menu item's node in a popup that is on screen (a closed submenu keeps its nodes, off any scene). */
    private Node shownItem(String id) {
        waitUntil(() -> lookup(id).match(n -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing()).tryQuery().isPresent());
        return lookup(id).match(n -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing()).query();
    }

    @Test
    void eachRowShowsItsFirstTagAsAChipAndCountsTheRest() {
        // Forty rows (the best scores of all 20,000 happen to fall on rows without tags), with names too long for the
        // column, so the name and the chips compete for its width.
        Node root = show(LEADS.subList(0, 40).stream().map(r -> new TrackRow(r.id(), r.spotifyId(),
                r.name() + " (feat. Someone With A Long Name)", r.artistNames(), r.albumName(), r.isrc(), r.label(),
                r.releaseDate(), r.spotifyStreams(), r.unsignedScore(), r.publisherStatus(), r.publisherName(),
                r.leadStage(), r.firstSeenAt(), r.imageUrl(), r.wowStreamsPct(), r.lastEnrichedAt(), r.tiers(),
                r.tags())).toList(), AppTheme.LIGHT);

        List<TableRow<?>> drawn = onFx(() -> root.lookupAll(".table-row-cell").stream()
                .<TableRow<?>>map(n -> (TableRow<?>) n)
                .filter(r -> !r.isEmpty() && r.getItem() != null && r.isVisible()).toList());
        List<TrackRow> shown = drawn.stream().map(r -> (TrackRow) r.getItem()).toList();
        assertThat(shown).anyMatch(r -> r.tags().size() == 3).anyMatch(r -> r.tags().size() == 1)
                .anyMatch(r -> r.tags().isEmpty());
        for (TableRow<?> row : drawn) {
            TrackRow track = (TrackRow) row.getItem();
            List<String> names = track.tags().stream().map(TagLabel::name).toList();
            List<String> chips = onFx(() -> row.lookupAll(".tag-chips .tag-chip").stream()
                    .filter(n -> n.getParent() != null && n.getParent().isVisible())
                    .map(n -> ((Label) n).getText()).toList());
            assertThat(chips).as(track.name()).isEqualTo(names.subList(0, Math.min(1, names.size())));
            String more = onFx(() -> row.lookupAll(".tag-chips-more").stream()
                    .filter(n -> n.getParent() != null && n.getParent().isVisible())
                    .map(n -> ((Label) n).getText()).findFirst().orElse(""));
            assertThat(more).as(track.name()).isEqualTo(names.size() > 1 ? "+" + (names.size() - 1) : "");
            // Drawn whole inside the track's cell: a squeezed chip showed only its outline, "+N" fell outside.
            assertThat(onFx(() -> row.lookupAll(".tag-chips").stream().filter(Node::isVisible).allMatch(box -> {
                Node cell = box.getParent();
                while (!(cell instanceof javafx.scene.control.TableCell)) {
                    cell = cell.getParent();
                }
                var inCell = cell.localToScene(cell.getLayoutBounds());
                double right = inCell.getMaxX() + 0.5;
                return ((javafx.scene.Parent) box).getChildrenUnmodifiable().stream()
                        .allMatch(n -> n.localToScene(n.getLayoutBounds()).getMaxX() <= right);
            }))).as(track.name() + " chips inside the cell").isTrue();
        }
    }

    @Test
    void aHeaderClickSortsTheWholeResultAndTheMenuActsOnAShiftSelection() {
        Node root = show(LEADS, AppTheme.LIGHT);
        List<TrackRow> byStreams = LEADS.stream().sorted(Comparator.comparing(TrackRow::spotifyStreams).reversed()
                .thenComparingLong(TrackRow::id)).toList();
        assertThat(onFx(() -> trackTable(root).getItems().get(0).id())).as("best score first before sorting")
                .isNotEqualTo(byStreams.get(0).id());

        clickOn(header(root, "Streams"));

        waitUntil(() -> trackTable(root).getItems().get(0) != null
                && trackTable(root).getItems().get(0).id() == byStreams.get(0).id());
        assertThat(model.sortProperty().get()).isEqualTo(TrackSort.by(TrackSort.Key.STREAMS, true));
        assertThat(onFx(() -> trackTable(root).getSortOrder().get(0).getId())).isEqualTo("column-streams");
        assertThat(onFx(() -> trackTable(root).getSortOrder().get(0).getSortType()))
                .as("the header shows the arrow down").isEqualTo(TableColumn.SortType.DESCENDING);
        assertThat(onFx(() -> trackTable(root).getItems().size())).isEqualTo(COUNT);
        waitUntil(() -> drawn(root, 4));

        clickOn(row(root, 1));
        press(KeyCode.SHIFT);
        clickOn(row(root, 4));
        release(KeyCode.SHIFT);

        List<Long> expected = byStreams.subList(1, 5).stream().map(TrackRow::id).toList();
        waitUntil(() -> model.selection().ids().size() == 4);
        assertThat(model.selection().ids()).containsExactlyElementsOf(expected);
        assertThat(onFx(() -> row(root, 3).getPseudoClassStates().stream().anyMatch(p ->
                p.getPseudoClassName().equals("ticked")))).as("a ticked row is marked").isTrue();
        assertThat(onFx(() -> ((Label) root.lookup("#selected-text")).getText())).isEqualTo("4 selected");

        clickOn(row(root, 2), MouseButton.SECONDARY);
        requestMenu(row(root, 2));
        Node setStage = shownItem("#menu-stage");
        clickOn(setStage);
        Node watching = shownItem("#menu-stage-WATCHING");
        // Into the submenu sideways first: a diagonal path would cross the items below and close it.
        javafx.geometry.Bounds from = onFx(() -> setStage.localToScreen(setStage.getLayoutBounds()));
        javafx.geometry.Bounds to = onFx(() -> watching.localToScreen(watching.getLayoutBounds()));
        moveTo(new javafx.geometry.Point2D(to.getCenterX(), from.getCenterY()));
        clickOn(watching);

        waitUntil(() -> !actions.calls.isEmpty());
        assertThat(actions.calls).containsExactly("setStage " + expected + " WATCHING");
    }

    @Test
    void aReloadInPlaceRedrawsOnlyTheRowsThatChanged() {
        Node root = show(LEADS, AppTheme.LIGHT);
        waitUntil(() -> drawn(root, 5));
        List<Integer> inSight = onFx(() -> root.lookupAll(".table-row-cell").stream().map(n -> (TableRow<?>) n)
                .filter(r -> !r.isEmpty() && r.getItem() != null && r.isVisible()).map(TableRow::getIndex).toList());
        Map<Integer, Object> shown = new HashMap<>();
        for (int index : inSight) {
            shown.put(index, onFx(() -> row(root, index).getItem()));
        }
        long changed = ((TrackRow) shown.get(2)).id();

        // Every track read again, as after a batch of enrichment: equal rows, new objects; one track changed.
        fakes.tracks.rows.replaceAll(r -> r.id() == changed ? withName(r, r.name() + " (enriched)") : withName(r,
                r.name()));
        interact(model::reloadInPlace);

        waitUntil(() -> ((TrackRow) row(root, 2).getItem()).name().endsWith("(enriched)"));
        assertThat(inSight).hasSizeGreaterThan(5);
        for (int index : inSight) {
            if (index != 2) {
                assertThat(onFx(() -> row(root, index).getItem())).as("row " + index + " equals what it showed, so "
                        + "it was left as drawn").isSameAs(shown.get(index));
            }
        }
    }

    private static TrackRow withName(TrackRow r, String name) {
        return new TrackRow(r.id(), r.spotifyId(), name, r.artistNames(), r.albumName(), r.isrc(), r.label(),
                r.releaseDate(), r.spotifyStreams(), r.unsignedScore(), r.publisherStatus(), r.publisherName(),
                r.leadStage(), r.firstSeenAt(), r.imageUrl(), r.wowStreamsPct(), r.lastEnrichedAt(), r.tiers(),
                r.tags());
    }

    @Test
    void ctrlASelectsEveryTrackAndEnterOpensTheFocusedOne() {
        Node root = show(LEADS, AppTheme.LIGHT);
        clickOn(row(root, 0));

        press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);

        waitUntil(() -> model.selection().countProperty().get() == COUNT);
        assertThat(onFx(() -> ((CheckBox) root.lookup("#select-all")).isSelected())).isTrue();
        assertThat(onFx(() -> ((Label) root.lookup("#selected-text")).getText())).isEqualTo("20,000 selected");

        type(KeyCode.ENTER);
        long first = onFx(() -> trackTable(root).getItems().get(0).id());
        waitUntil(() -> actions.calls.contains("openDetails " + first));
    }

    @Test
    void scrollingToTheEndLoadsTheLastWindow() {
        Node root = show(LEADS, AppTheme.LIGHT);

        // A fast scroll through the whole result: each jump lays the table out on the FX thread at once.
        long slowest = 0;
        for (int i = 0; i < COUNT; i += 997) {
            int index = i;
            long took = onFx(() -> {
                long start = System.nanoTime();
                trackTable(root).scrollTo(index);
                trackTable(root).layout();
                return System.nanoTime() - start;
            });
            slowest = Math.max(slowest, took);
        }
        System.out.println("LeadTableTest: slowest scroll-and-layout " + slowest / 1_000_000 + " ms");
        interact(() -> trackTable(root).scrollTo(COUNT - 1));

        waitUntil(() -> drawn(root, COUNT - 1));
        TrackRow last = LEADS.stream().sorted(Comparator.comparing(TrackRow::unsignedScore,
                Comparator.nullsLast(Comparator.reverseOrder())).thenComparingLong(TrackRow::id)).toList()
                .get(COUNT - 1);
        assertThat(onFx(() -> ((TrackRow) row(root, COUNT - 1).getItem()).id())).isEqualTo(last.id());
    }

    @Test
    void theDashboardInBothThemes() throws Exception {
        for (AppTheme theme : AppTheme.values()) {
            Node root = show(TestRows.leads(60), theme);
            interact(() -> {
                model.click(1, false, false);
                model.click(2, true, false);
            });
            Shots.scene(root, "lead-table-" + theme.id());

            assertThat(onFx(() -> ((Label) root.lookup("#shown-text")).getText())).isEqualTo("Showing 60 tracks");
            assertThat(com.scoutdesk.ui.FxTestSupport.cellText(root, "Salt & Honey 3", "Score")).isEqualTo("9.9");
            interact(model::dispose);
            executor.shutdown();
        }
    }
}
