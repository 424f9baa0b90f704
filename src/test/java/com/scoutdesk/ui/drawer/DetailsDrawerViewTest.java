package com.scoutdesk.ui.drawer;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.service.TagService;
import com.scoutdesk.ui.FxTaskExecutor;
import com.scoutdesk.ui.FxWindowTest;
import com.scoutdesk.ui.MainWindow;
import com.scoutdesk.ui.Shots;
import com.scoutdesk.ui.theme.AppTheme;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The drawer in a real window beside a stand-in dashboard, over a real H2 workspace and the real background executor:
 * what it shows of an enriched track and of an unenriched one, inline contact checks, and Esc closing it. Writes
 * {@code target/screenshots/drawer-*.png} in the light and the dark theme.
 */
class DetailsDrawerViewTest extends FxWindowTest {

    private DrawerWorkspace ws;
    private FxTaskExecutor executor;
    private DetailsDrawerView drawer;
    private final List<String> opened = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        ws = new DrawerWorkspace(Files.createTempDirectory("drawer-view"));
        executor = new FxTaskExecutor();
    }

    @AfterEach
    void close() {
        executor.shutdown();
        ws.close();
    }

    private void showWindow(AppTheme theme) {
        interact(() -> {
            Application.setUserAgentStylesheet(theme.userAgentStylesheet());
            drawer = new DetailsDrawerView(ws.viewModel(executor), opened::add);
            BorderPane window = new BorderPane(new Label("dashboard"));
            window.setRight(drawer.root());
            window.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(MainWindow.STYLESHEET))
                    .toExternalForm());
            stage.setScene(new Scene(window, 1280, 800));
        });
    }

    private void showTrack(long id, String name) throws TimeoutException {
        interact(() -> drawer.show(id));
        waitUntil(() -> name.equals(text("#drawer-track-name")) && drawer.showing().get());
        waitUntil(() -> !((Node) drawer.root().lookup("#drawer-spinner")).isVisible());
    }

    /**
     * Reads on the FX thread. The budget is wider than {@link com.scoutdesk.ui.FxTestSupport}'s 5 s: on a shared
     * machine under load the first layout of a long drawer alone can take longer, and that is no failure of the
     * drawer.
     */
    private static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> {
            try {
                return condition.call();
            } catch (NullPointerException notThereYet) {
                return false;
            }
        }));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void fire(String id) {
        interact(() -> ((ButtonBase) drawer.root().lookup(id)).fire());
    }

    private String text(String id) {
        return onFx(() -> {
            Node node = drawer.root().lookup(id);
            return node == null ? null : ((Labeled) node).getText();
        });
    }

    private List<String> shownTexts(String id) {
        return onFx(() -> {
            List<String> texts = new ArrayList<>();
            collect(drawer.root().lookup(id), texts);
            return texts;
        });
    }

    private static void collect(Node node, List<String> texts) {
        if (node == null || !node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            texts.add(labeled.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }

    @Test
    void anEnrichedTrackShowsItsSectionsInBothThemesAndEscClosesTheDrawer() throws Exception {
        for (AppTheme theme : AppTheme.values()) {
            showWindow(theme);
            showTrack(ws.enrichedTrack, "Paper Lanterns");

            assertThat(text("#drawer-artists")).isEqualTo("The Quiet Parade");
            assertThat(text("#drawer-score")).matches("\\d\\.\\d");
            assertThat(text("#drawer-mlc-share")).isEqualTo("50%");
            assertThat(shownTexts("#drawer-fields")).contains("Lantern House", "from spotify-api, 3 days ago");
            assertThat(shownTexts("#drawer-credits")).contains("Ana Ruiz", "Instagram", "X / Twitter", "TikTok");
            assertThat(shownTexts("#drawer-tiers-section")).anySatisfy(t -> assertThat(t).startsWith("failed"));
            assertThat(shownTexts("#drawer-playlists")).contains("Fresh Finds #4, Indie Mix #22");
            assertThat(onFx(() -> drawer.root().lookup("#drawer-chart"))).isNotNull();
            Shots.scene(drawer.root(), "drawer-enriched-" + theme.id());
            Shots.node(drawer.root().lookup("#drawer-sections"), "drawer-enriched-full-" + theme.id());
        }

        interact(() -> drawer.setWidth(100));
        assertThat(onFx(() -> drawer.root().prefWidth(-1))).as("never narrower than 360").isEqualTo(360.0);
        interact(() -> drawer.setWidth(5000));
        assertThat(onFx(() -> drawer.root().prefWidth(-1))).as("at most 70 % of 1280").isEqualTo(896.0);
        interact(() -> drawer.setWidth(DetailsDrawerView.DEFAULT_WIDTH));

        clickOn("#drawer-spotify-link");
        assertThat(opened).containsExactly("https://open.spotify.com/track/S000000000000000000002");

        interact(() -> drawer.root().lookup("#drawer-tags").requestFocus());
        type(KeyCode.ESCAPE);

        assertThat(drawer.showing().get()).isFalse();
        assertThat(onFx(() -> drawer.root().isVisible())).isFalse();
    }

    @Test
    void tagsTypedAndSavedShowAsChipsInTheStoredTagsCaseAndColour() throws Exception {
        new TagService(ws.db, ws.clock).create("Demo", "#1565c0");
        showWindow(AppTheme.LIGHT);
        showTrack(ws.plainTrack, "Neon Hearts");
        assertThat(onFx(() -> drawer.root().lookup("#drawer-tag-chips").isVisible())).as("no tags yet").isFalse();

        interact(() -> ((TextField) drawer.root().lookup("#drawer-tags")).setText("hot, demo"));
        fire("#drawer-tags-save");

        waitUntil(() -> List.of("Demo", "hot").equals(chipTexts()));
        Label demo = onFx(() -> (Label) drawer.root().lookup("#drawer-tag-chips").lookup(".tag-chip"));
        assertThat(onFx(demo::getStyle)).contains("#1565c0");
        assertThat(ws.tracks.lead(ws.plainTrack).tags()).containsExactly("Demo", "hot");
        Shots.inBothThemes(drawer.root().lookup("#drawer-lead"), "drawer-tags", false);
    }

    private List<String> chipTexts() {
        Node chips = drawer.root().lookup("#drawer-tag-chips");
        return chips == null || !chips.isVisible() ? List.of() : chips.lookupAll(".tag-chip").stream()
                .map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void anUnenrichedTrackSaysNotCheckedYetAndABadEmailIsExplainedAsItIsTyped() throws Exception {
        showWindow(AppTheme.LIGHT);
        showTrack(ws.plainTrack, "Neon Hearts");

        assertThat(text("#drawer-mlc-state")).isEqualTo("not checked yet");
        assertThat(text("#drawer-performance-none")).isEqualTo("no weekly snapshots yet");
        assertThat(text("#drawer-score")).isEqualTo("Not scored yet");
        Shots.inBothThemes(drawer.root().lookup("#drawer-sections"), "drawer-unenriched", false);

        showTrack(ws.enrichedTrack, "Paper Lanterns");
        fire("#drawer-override-popularity");
        waitUntil(() -> drawer.root().lookup("#drawer-override-input") != null);
        interact(() -> ((TextField) drawer.root().lookup("#drawer-override-input")).setText("lots"));
        fire("#drawer-override-save");
        waitUntil(() -> text("#drawer-override-error") != null);
        assertThat(text("#drawer-override-error")).contains("takes a whole number");
        interact(() -> ((TextField) drawer.root().lookup("#drawer-override-input")).setText("55"));
        fire("#drawer-override-save");
        waitUntil(() -> drawer.root().lookup("#drawer-override-marker-popularity") != null);
        assertThat(text("#drawer-field-popularity")).isEqualTo("55");
        assertThat(onFx(() -> drawer.root().lookupAll(".drawer-field .button").stream().map(n -> (Button) n)
                .filter(b -> b.getWidth() < b.prefWidth(-1) - 0.5).map(Button::getText).toList()))
                .as("buttons cut short").isEmpty();
        Shots.inBothThemes(drawer.root().lookup("#drawer-fields"), "drawer-field-overridden", false);
        fire("#drawer-revert-popularity");
        waitUntil(() -> drawer.root().lookup("#drawer-override-marker-popularity") == null);
        assertThat(text("#drawer-field-popularity")).as("the value stays until a source gives another")
                .isEqualTo("55");

        String email = "#drawer-contact-" + ws.writerId + "-email";
        interact(() -> ((TextField) drawer.root().lookup(email)).setText("ana-at-example"));
        assertThat(text(email + "-problem")).contains("does not look like an email address");
        assertThat(onFx(() -> drawer.root().lookup("#drawer-contact-" + ws.writerId + "-save").isDisabled()))
                .isTrue();
        Shots.inBothThemes(drawer.root().lookup("#drawer-contacts"), "drawer-contact-invalid", false);

        String x = "#drawer-contact-" + ws.writerId + "-x";
        interact(() -> ((TextField) drawer.root().lookup(x)).setText("https://facebook.com/anaruiz"));
        assertThat(text(x + "-problem")).contains("is not a link to an X (Twitter) profile");

        interact(() -> ((TextField) drawer.root().lookup(email)).setText("ana@example.com"));
        interact(() -> ((TextField) drawer.root().lookup(x)).setText("https://x.com/anaruiz"));
        interact(() -> ((TextField) drawer.root().lookup("#drawer-contact-" + ws.writerId + "-tiktok"))
                .setText("https://www.tiktok.com/@anaruiz"));
        assertThat(text(email + "-problem")).isEmpty();
        assertThat(text(x + "-problem")).isEmpty();
        fire("#drawer-contact-" + ws.writerId + "-save");
        waitUntil(() -> "Saved".equals(text("#drawer-contact-" + ws.writerId + "-saved")));
        assertThat(ws.contacts.forPerson(ws.writerId)).hasValueSatisfying(c -> {
            assertThat(c.email()).isEqualTo("ana@example.com");
            assertThat(c.xUrl()).isEqualTo("https://x.com/anaruiz");
            assertThat(c.tiktokUrl()).isEqualTo("https://www.tiktok.com/@anaruiz");
        });
        String standing = "#drawer-contact-" + ws.writerId + "-standing";
        assertThat(onFx(() -> drawer.root().lookup(standing).isVisible())).as("no snapshot yet").isFalse();

        // The weekly job wrote the contact's aggregates (as ContactAggregates does, with SQL): the drawer says them.
        ws.db.writeVoid(em -> em.createNativeQuery("update contact set total_streams = 2600, total_youtube_views = "
                + "250, avg_wow_growth_pct = 23.46, hot_band = 'WATCH', aggregates_at = current_timestamp")
                .executeUpdate());
        showTrack(ws.plainTrack, "Neon Hearts");
        showTrack(ws.enrichedTrack, "Paper Lanterns");
        waitUntil(() -> onFx(() -> drawer.root().lookup(standing).isVisible()));
        assertThat(text(standing))
                .isEqualTo("Hot lead: Watch \u00b7 2,600 streams \u00b7 250 YouTube views \u00b7 +23.5 % a week");
        Shots.inBothThemes(drawer.root().lookup("#drawer-contacts"), "drawer-contact-standing", false);
    }

}
