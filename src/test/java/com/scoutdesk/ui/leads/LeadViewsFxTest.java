package com.scoutdesk.ui.leads;

import static com.scoutdesk.ui.FxTestSupport.onFx;
import static com.scoutdesk.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.model.LeadStage;
import com.scoutdesk.service.TagLabel;
import com.scoutdesk.service.TrackFilter;
import com.scoutdesk.service.TrackRow;
import com.scoutdesk.service.TrackSort;
import com.scoutdesk.ui.FxTaskExecutor;
import com.scoutdesk.ui.FxWindowTest;
import com.scoutdesk.ui.MainWindow;
import com.scoutdesk.ui.Shots;
import com.scoutdesk.ui.common.ArtThumbnails;
import com.scoutdesk.ui.fakes.FakeTrackQueryService;
import com.scoutdesk.ui.theme.AppTheme;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The cards and kanban views in a real window over the fake query service: a card moved by key and by drag changes
 * the lane counts, Ctrl+Z brings it back; and screenshots of both views in light and dark for people to look at.
 */
class LeadViewsFxTest extends FxWindowTest {

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final FakeTrackQueryService tracks = new FakeTrackQueryService(LeadRows.withGrowth(60));
    private final LeadRows.FakeStageWriter writer = new LeadRows.FakeStageWriter(tracks);

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    private Parent showKanban(AppTheme theme) {
        KanbanViewModel viewModel = new KanbanViewModel(tracks,
                new StageChanger(writer, executor, new LeadStageUndo()), executor);
        Parent root = new KanbanView(viewModel, ArtThumbnails.placeholders()).root();
        show(root, theme);
        onFx(() -> {
            viewModel.show(TrackFilter.all(), TrackSort.DEFAULT);
            return null;
        });
        waitUntil(() -> "10".equals(count(root, LeadStage.NEW)) && cardNames(root, LeadStage.PASSED).size() > 3);
        return root;
    }

    private Parent showCards(AppTheme theme) {
        CardsViewModel viewModel = new CardsViewModel(tracks, executor);
        Parent root = new CardsView(viewModel, ArtThumbnails.placeholders()).root();
        show(root, theme);
        onFx(() -> {
            viewModel.show(TrackFilter.all(), TrackSort.DEFAULT);
            return null;
        });
        waitUntil(() -> viewModel.rows().size() == 60 && viewModel.rows().get(0) != null);
        return root;
    }

    private void show(Parent root, AppTheme theme) {
        interact(() -> {
            Application.setUserAgentStylesheet(theme.userAgentStylesheet());
            root.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(MainWindow.STYLESHEET))
                    .toExternalForm());
            stage.setScene(new Scene(root, 1280, 800));
        });
        // The views are filled once laid out, as in the window: a grid of width 0 would lay out one card a row.
        waitUntil(() -> root.getLayoutBounds().getWidth() > 0 && root.getChildrenUnmodifiable().stream().allMatch(n -> n.getLayoutBounds()
                .getWidth() > 0));
    }

    private static String count(Parent root, LeadStage stage) {
        return onFx(() -> ((Label) root.lookup("#lane-count-" + stage.name())).getText());
    }

    @SuppressWarnings("unchecked")
    private static ListView<TrackRow> lane(Parent root, LeadStage stage) {
        return (ListView<TrackRow>) root.lookup("#lane-list-" + stage.name());
    }

    /** The track names the lane's drawn cards show, top to bottom. */
    private static List<String> cardNames(Parent root, LeadStage stage) {
        return onFx(() -> lane(root, stage).lookupAll(".list-cell").stream()
                .map(node -> (ListCell<?>) node)
                .filter(cell -> !cell.isEmpty() && cell.getItem() != null && cell.isVisible())
                .sorted((a, b) -> Integer.compare(a.getIndex(), b.getIndex()))
                .map(cell -> ((TrackRow) cell.getItem()).name())
                .toList());
    }

    private static Node firstCard(Parent root, LeadStage stage) {
        return onFx(() -> lane(root, stage).lookupAll(".list-cell").stream()
                .map(node -> (ListCell<?>) node)
                .filter(cell -> cell.getIndex() == 0)
                .findFirst().orElseThrow());
    }

    @Test
    void keyTwoMovesTheSelectedCardToWatchingAndCtrlZBringsItBack() {
        Parent root = showKanban(AppTheme.LIGHT);
        String moved = cardNames(root, LeadStage.NEW).get(0);

        clickOn(firstCard(root, LeadStage.NEW));
        type(KeyCode.DIGIT2);

        waitUntil(() -> "9".equals(count(root, LeadStage.NEW)) && "11".equals(count(root, LeadStage.WATCHING))
                && cardNames(root, LeadStage.WATCHING).contains(moved));
        assertThat(cardNames(root, LeadStage.NEW)).doesNotContain(moved);
        assertThat(writer.calls).extracting(LeadRows.FakeStageWriter.Call::stage).containsExactly(LeadStage.WATCHING);
        assertThat(text(root, "#kanban-status")).isEqualTo("Moved " + moved + " to Watching");

        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        waitUntil(() -> "10".equals(count(root, LeadStage.NEW)) && "10".equals(count(root, LeadStage.WATCHING))
                && cardNames(root, LeadStage.NEW).get(0).equals(moved));
        assertThat(cardNames(root, LeadStage.WATCHING)).doesNotContain(moved);
        assertThat(writer.calls).extracting(LeadRows.FakeStageWriter.Call::stage)
                .containsExactly(LeadStage.WATCHING, LeadStage.NEW);
        assertThat(text(root, "#kanban-status")).isEqualTo("Moved " + moved + " back to New");
    }

    @Test
    void draggingACardToAnotherLaneMovesIt() {
        Parent root = showKanban(AppTheme.LIGHT);
        String moved = cardNames(root, LeadStage.NEW).get(0);

        drag(firstCard(root, LeadStage.NEW)).dropTo((Node) lookup("#lane-" + LeadStage.CONTACTED.name()).query());

        waitUntil(() -> "9".equals(count(root, LeadStage.NEW)) && "11".equals(count(root, LeadStage.CONTACTED))
                && cardNames(root, LeadStage.CONTACTED).contains(moved));
        assertThat(writer.calls).extracting(LeadRows.FakeStageWriter.Call::stage).containsExactly(LeadStage.CONTACTED);
    }

    @Test
    void kanbanInBothThemes() throws IOException {
        for (AppTheme theme : AppTheme.values()) {
            Parent root = showKanban(theme);
            WritableImage shot = Shots.scene(root, "kanban-" + theme.id());

            List<String> texts = shownTexts(root);
            assertThat(texts).contains("New", "Watching", "Contacted", "Negotiating", "Signed elsewhere", "Passed",
                    "Publisher not checked yet");
            for (LeadStage stage : LeadStage.values()) {
                assertThat(count(root, stage)).isEqualTo("10");
                assertThat(cardNames(root, stage)).hasSizeGreaterThan(3);
            }
            assertThat(texts).noneMatch(t -> t.equals("Loading\u2026"));
            assertTagChips(root, 1);
            assertPaintedIn(theme, shot);
        }
    }

    /**
     * Every drawn card shows its lead's tags: {@code most} chips in their colours and "+N" for the rest, none on a lead
     * without tags.
     */
    private static void assertTagChips(Parent root, int most) {
        List<LeadCard> cards = onFx(() -> root.lookupAll(".lead-card").stream().map(n -> (LeadCard) n)
                .filter(c -> c.row() != null && c.isVisible()).toList());
        assertThat(cards).anyMatch(c -> c.row().tags().size() == 3).anyMatch(c -> c.row().tags().isEmpty());
        for (LeadCard card : cards) {
            List<String> chips = onFx(() -> card.lookupAll(".tag-chips .tag-chip").stream()
                    .filter(Node::isVisible).map(n -> ((Label) n).getText()).toList());
            List<String> names = card.row().tags().stream().map(TagLabel::name).toList();
            assertThat(chips).as(card.row().name()).isEqualTo(names.subList(0, Math.min(most, names.size())));
            String more = onFx(() -> card.lookupAll(".tag-chips-more").stream()
                    .filter(n -> n.getParent() != null && n.getParent().isVisible())
                    .map(n -> ((Label) n).getText()).findFirst().orElse(""));
            assertThat(more).as(card.row().name()).isEqualTo(names.size() > most ? "+" + (names.size() - most) : "");
        }
        Label demo = onFx(() -> root.lookupAll(".tag-chip").stream().map(n -> (Label) n)
                .filter(l -> "demo".equals(l.getText())).findFirst().orElseThrow());
        assertThat(onFx(demo::getStyle)).contains("#1565c0").contains("-fx-text-fill: #ffffff");
    }

    @Test
    void cardsInBothThemes() throws IOException {
        for (AppTheme theme : AppTheme.values()) {
            Parent root = showCards(theme);
            waitUntil(() -> root.lookupAll(".lead-card").size() > 12);
            WritableImage shot = Shots.scene(root, "cards-" + theme.id());

            List<String> texts = shownTexts(root);
            TrackRow best = tracks.find(TrackFilter.all(), TrackSort.DEFAULT, 0, 1).rows().get(0);
            assertThat(texts).contains(best.name(), best.artistNames(), CardFacts.score(best), CardFacts.wow(best),
                    "\u2013 WoW", "Publisher not checked yet");
            assertThat(texts).noneMatch(t -> t.equals("Loading\u2026"));
            assertTagChips(root, 2);
            assertThat(onFx(() -> root.lookupAll(".score-high").size())).isPositive();
            assertThat(onFx(() -> root.lookupAll(".score-mid").size())).isPositive();
            assertPaintedIn(theme, shot);
        }
    }

    private static String text(Parent root, String id) {
        return onFx(() -> ((Labeled) root.lookup(id)).getText());
    }

    private static List<String> shownTexts(Parent root) {
        return onFx(() -> {
            List<String> texts = new ArrayList<>();
            collect(root, texts);
            return texts;
        });
    }

    private static void collect(Node node, List<String> texts) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled && ((Labeled) node).getText() != null) {
            texts.add(((Labeled) node).getText());
        }
        if (node instanceof Parent) {
            ((Parent) node).getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }

    /** Primer dark is mostly near-black, Primer light near-white. */
    private static void assertPaintedIn(AppTheme theme, WritableImage shot) {
        PixelReader pixels = shot.getPixelReader();
        double sum = 0;
        int n = 0;
        for (int y = 0; y < shot.getHeight(); y += 4) {
            for (int x = 0; x < shot.getWidth(); x += 4) {
                sum += pixels.getColor(x, y).getBrightness();
                n++;
            }
        }
        if (theme == AppTheme.DARK) {
            assertThat(sum / n).as("mean brightness, dark").isLessThan(0.3);
        } else {
            assertThat(sum / n).as("mean brightness, light").isGreaterThan(0.7);
        }
    }
}
