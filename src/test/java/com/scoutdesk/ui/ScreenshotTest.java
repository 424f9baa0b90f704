package com.scoutdesk.ui;

import static com.scoutdesk.ui.FxTestSupport.cellText;
import static com.scoutdesk.ui.FxTestSupport.onFx;
import static com.scoutdesk.ui.FxTestSupport.trackTable;
import static com.scoutdesk.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.Message;
import com.scoutdesk.concurrent.CurrentThreadTaskExecutor;
import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.service.PlaylistService;
import com.scoutdesk.service.PlaylistSummary;
import com.scoutdesk.service.Services;
import com.scoutdesk.ui.common.Debouncer;
import com.scoutdesk.ui.common.Notifier;
import com.scoutdesk.ui.export.InMemoryExportChoices;
import com.scoutdesk.ui.fakes.FakeServices;
import com.scoutdesk.ui.fakes.InMemoryThemeStore;
import com.scoutdesk.ui.fakes.ManualTaskExecutor;
import com.scoutdesk.ui.fakes.TestRows;
import com.scoutdesk.ui.playlists.AddPlaylistChoices;
import com.scoutdesk.ui.playlists.AddPlaylistDialog;
import com.scoutdesk.ui.playlists.AddPlaylistViewModel;
import com.scoutdesk.ui.playlists.PlaylistLayoutMemory;
import com.scoutdesk.ui.theme.AppTheme;
import com.scoutdesk.ui.theme.ThemeManager;
import com.scoutdesk.ui.triage.ViewMemory;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Labeled;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders each screen of the window to {@code target/screenshots/*.png} so a person can look at it, and checks that
 * each shot shows what that screen is for: its texts, its rows and the theme it was painted in ({@link Shots}).
 */
class ScreenshotTest extends FxWindowTest {


    private Parent show(CompletableFuture<Services> services, AppTheme theme) {
        return show(services, theme, new CurrentThreadTaskExecutor());
    }

    private Parent show(CompletableFuture<Services> services, AppTheme theme, TaskExecutor executor) {
        ThemeManager themes = new ThemeManager(new InMemoryThemeStore(theme.id()));
        Parent[] root = new Parent[1];
        interact(() -> {
            root[0] = new MainWindow(services, executor, themes).root();
            stage.setScene(new Scene(root[0], 1280, 800));
        });
        return root[0];
    }

    /** The theme in force and the one the pixels show: Primer dark is mostly near-black, Primer light near-white. */
    private static void assertPaintedIn(AppTheme theme, WritableImage shot) {
        assertThat(onFx(Application::getUserAgentStylesheet)).isEqualTo(theme.userAgentStylesheet());
        double brightness = Shots.meanBrightness(shot);
        if (theme == AppTheme.DARK) {
            assertThat(brightness).as("mean brightness of a %s shot", theme.id()).isLessThan(0.3);
        } else {
            assertThat(brightness).as("mean brightness of a %s shot", theme.id()).isGreaterThan(0.7);
        }
    }

    /** The texts a person can see under {@code id}: every labelled node (labels, buttons, table cells) not hidden. */
    private static List<String> shownTexts(Parent root, String id) {
        return onFx(() -> {
            List<String> texts = new ArrayList<>();
            collectShownTexts(root.lookup(id), texts);
            return texts;
        });
    }

    private static void collectShownTexts(Node node, List<String> texts) {
        if (node == null || !node.isVisible()) {
            return;
        }
        if (node instanceof Labeled && ((Labeled) node).getText() != null) {
            texts.add(((Labeled) node).getText());
        }
        if (node instanceof Parent) {
            ((Parent) node).getChildrenUnmodifiable().forEach(child -> collectShownTexts(child, texts));
        }
    }

    /** Whether {@code id} is in the window and neither it nor any of its parents is hidden. */
    private static boolean shown(Parent root, String id) {
        return onFx(() -> {
            Node node = root.lookup(id);
            for (Node n = node; n != null; n = n.getParent()) {
                if (!n.isVisible()) {
                    return false;
                }
            }
            return node != null;
        });
    }

    private static String text(Parent root, String id) {
        return onFx(() -> ((Labeled) root.lookup(id)).getText());
    }

    private static int rows(Parent root, String tableId) {
        return onFx(() -> ((TableView<?>) root.lookup(tableId)).getItems().size());
    }

    private static FakeServices fortyRows() {
        FakeServices fakes = FakeServices.withRows(TestRows.many(40));
        fakes.workspace.sample = true;
        return fakes;
    }

    /** {@link TestRows#many}(40): 32 scored (9 of them 7 or more, mean 4.94), 20 with both ISRC and publisher. */
    private static void assertDashboardOfFortyRows(Parent root) {
        assertThat(shown(root, "#dashboard")).isTrue();
        assertThat(rows(root, "#track-table")).isEqualTo(40);
        assertThat(text(root, "#total-tracks-value")).isEqualTo("40");
        assertThat(text(root, "#high-priority-value")).isEqualTo("9");
        assertThat(text(root, "#average-score-value")).isEqualTo("4.9");
        assertThat(text(root, "#enriched-value")).isEqualTo("50%");
        assertThat(shownTexts(root, "#dashboard")).contains("Total Tracks", "High Priority Leads", "32 scored");
        // Best score first: row 27 scores 9.9, the most of the forty.
        assertThat(cellText(root, "Salt & Honey 3", "Score")).as("the first row is drawn").isEqualTo("9.9");
        assertThat(cellText(root, "Salt & Honey 3", "Track")).isEqualTo("Salt & Honey 3\nLumen Drive, Kofi Aren");
        assertThat(text(root, "#shown-text")).isEqualTo("Showing 40 tracks");
        assertThat(shown(root, "#sample-badge")).isTrue();
        assertThat(text(root, "#workspace-status")).isEqualTo(FakeServices.DESCRIPTION);
        assertThat(shown(root, "#empty-workspace")).isFalse();
    }

    @Test
    void dashboardInBothThemes() throws IOException {
        for (AppTheme theme : AppTheme.values()) {
            Parent root = show(CompletableFuture.completedFuture(fortyRows().services()), theme);
            waitUntil(() -> trackTable(root).getItems().size() == 40);

            WritableImage shot = Shots.scene(root, "dashboard-" + theme.id());

            assertDashboardOfFortyRows(root);
            assertThat(shown(root, "#openingNotice")).as("an ordinary open shows no banner").isFalse();
            assertPaintedIn(theme, shot);
        }
    }

    @Test
    void aRecoveredWorkspaceOpensWithTheRepairBanner() throws IOException {
        FakeServices fakes = fortyRows();
        fakes.openingNotices = List.of("The workspace database was damaged and could not be opened (File corrupted "
                + "in chunk 407).", "ScoutDesk kept the damaged file untouched in /home/scout/.local/share/scoutdesk/"
                + "damaged/20261205-100000 and rebuilt the workspace from what it could read: 10 playlists, 1,032 "
                + "tracks, 6,000 weekly entries, 0 credits, 0 contacts.", "Not recovered: 41 contact rows whose "
                + "person row was lost; 2,710 credit rows whose person row was lost.");
        Parent root = show(CompletableFuture.completedFuture(fakes.services()), AppTheme.LIGHT);
        waitUntil(() -> trackTable(root).getItems().size() == 40);

        WritableImage shot = Shots.scene(root, "recovered-light");

        Message banner = onFx(() -> (Message) root.lookup("#openingNotice"));
        assertThat(shown(root, "#openingNotice")).isTrue();
        assertThat(onFx(banner::getTitle)).isEqualTo("The workspace needed repair when it opened");
        assertThat(onFx(banner::getDescription)).contains("damaged/20261205-100000")
                .contains("Not recovered: 41 contact rows");
        assertThat(onFx(() -> banner.getLayoutBounds().getHeight())).as("the banner is drawn, not collapsed")
                .isGreaterThan(40);
        assertDashboardOfFortyRows(root);
        assertPaintedIn(AppTheme.LIGHT, shot);
    }

    @Test
    void anEmptyWorkspaceOffersTheSample() throws IOException {
        Parent root = show(CompletableFuture.completedFuture(FakeServices.empty(TestRows.many(3)).services()),
                AppTheme.LIGHT);
        waitUntil(() -> root.lookup("#empty-workspace").isVisible());

        WritableImage shot = Shots.scene(root, "empty-light");

        assertThat(shown(root, "#empty-workspace")).isTrue();
        assertThat(shownTexts(root, "#empty-workspace")).contains("Your workspace is empty", "Open the sample workspace");
        assertThat(shown(root, "#track-table")).as("no table while there is nothing to show").isFalse();
        assertThat(shown(root, "#sample-badge")).isFalse();
        assertThat(onFx(() -> root.lookup("#load-sample").isDisabled())).isFalse();
        assertPaintedIn(AppTheme.LIGHT, shot);
    }

    @Test
    void aWorkspaceThatCouldNotOpenShowsWhyInPlainWords() throws IOException {
        String why = "The workspace at /home/scout/.local/share/scoutdesk is locked by another ScoutDesk window. "
                + "Close that window, then start ScoutDesk again.";
        Parent root = show(CompletableFuture.failedFuture(new IllegalStateException(why)), AppTheme.DARK);
        waitUntil(() -> root.lookup("#failure-message") != null);

        WritableImage shot = Shots.scene(root, "failure-dark");

        assertThat(shown(root, "#failure-panel")).isTrue();
        assertThat(shownTexts(root, "#failure-panel")).containsExactly("The workspace could not be opened", why,
                "Open another workspace folder, or quit, fix the problem above and start ScoutDesk again.", "Quit");
        assertThat(text(root, "#workspace-status")).isEqualTo("No workspace open");
        assertThat(onFx(() -> root.lookup("#nav-dashboard").isDisabled())).isTrue();
        assertPaintedIn(AppTheme.DARK, shot);
    }

    @Test
    void aWorkspaceStillOpeningShowsThatItIsOpening() throws IOException {
        // The current-thread executor would block on an unfinished future; this one never runs it.
        Parent root = show(new CompletableFuture<>(), AppTheme.LIGHT, new ManualTaskExecutor());

        WritableImage shot = Shots.scene(root, "opening-light");

        assertThat(shown(root, "#opening-panel")).isTrue();
        assertThat(shownTexts(root, "#opening-panel")).contains("Opening workspace\u2026");
        assertThat(text(root, "#workspace-status")).isEqualTo("Opening workspace\u2026");
        assertThat(onFx(() -> root.lookup("#nav-playlists").isDisabled())).isTrue();
        assertPaintedIn(AppTheme.LIGHT, shot);
    }

    @Test
    void playlistsActivityAndSettingsInDark() throws IOException {
        Parent root = show(CompletableFuture.completedFuture(fortyRows().services()), AppTheme.DARK);
        waitUntil(() -> trackTable(root).getItems().size() == 40);

        openPage(root, "#nav-playlists", "#playlist-table");
        WritableImage playlists = Shots.scene(root, "playlists-dark");
        assertThat(shown(root, "#dashboard")).isFalse();
        assertThat(rows(root, "#playlist-table")).isEqualTo(3);
        assertThat(shownTexts(root, "#playlist-table")).contains("New Music Friday", "Fresh Finds",
                "Bedroom Pop Gems", "Restricted", "the web player changed: fetched 45 of 60");
        assertPaintedIn(AppTheme.DARK, playlists);

        openPage(root, "#nav-activity", "#activity-table");
        WritableImage activity = Shots.scene(root, "activity-dark");
        assertThat(shown(root, "#playlists")).isFalse();
        assertThat(rows(root, "#activity-table")).isEqualTo(4);
        assertThat(shownTexts(root, "#activity-table")).contains("Fetched Fresh Finds (60 tracks)",
                "Loaded the sample workspace", "MLC rate-limited", "Playlist fetched", "Sample workspace loaded")
                .doesNotContain("playlist.fetched", "workspace.sample");
        assertPaintedIn(AppTheme.DARK, activity);

        openPage(root, "#nav-settings", "#theme-choice");
        WritableImage settings = Shots.scene(root, "settings-dark");
        assertThat(onFx(() -> ((ComboBox<?>) root.lookup("#theme-choice")).getValue())).isEqualTo(AppTheme.DARK);
        assertThat(shownTexts(root, "#theme-choice")).contains("Dark (Primer)");
        assertThat(onFx(() -> ((TextField) root.lookup("#workspace-description")).getText()))
                .isEqualTo(FakeServices.DESCRIPTION);
        assertThat(text(root, "#weekly-refresh-text")).isEqualTo("Every FRIDAY at 10:00 UTC \u00b7 on");
        assertPaintedIn(AppTheme.DARK, settings);
    }

    @Test
    void activityFilteredBySearchWithTheDetailPaneInBothThemes() throws IOException {
        for (AppTheme theme : AppTheme.values()) {
            Parent root = show(CompletableFuture.completedFuture(fortyRows().services()), theme);
            waitUntil(() -> trackTable(root).getItems().size() == 40);
            openPage(root, "#nav-activity", "#activity-table");
            waitUntil(() -> rows(root, "#activity-table") == 4);

            interact(() -> ((TextField) root.lookup("#activity-search")).setText("salt"));
            waitUntil(() -> rows(root, "#activity-table") == 2);
            interact(() -> ((TableView<?>) root.lookup("#activity-table")).getSelectionModel().select(1));
            WritableImage shot = Shots.scene(root, "activity-" + theme.id());

            assertThat(shownTexts(root, "#activity-table")).contains("Enrichment: The MLC publisher status",
                    "Lead stage changed", "Salt & Honey 3", "Tier 3", "Failed", "Watching", "MLC rate-limited")
                    .doesNotContain("Playlist fetched", "tier.3", "lead.stage");
            assertThat(text(root, "#activity-shown")).isEqualTo("Showing 2 entries");
            assertThat(text(root, "#activity-detail-title")).isEqualTo("Lead stage changed");
            assertThat(text(root, "#activity-detail-message")).endsWith("and ask who else has called.");
            assertThat(onFx(() -> root.lookup("#activity-detail-message").getLayoutBounds().getHeight()))
                    .as("the long message wraps onto several lines").isGreaterThan(30);
            assertThat(text(root, "#activity-open-track")).isEqualTo("Open track \u201cSalt & Honey 3\u201d");
            assertThat(shown(root, "#activity-open-playlist")).isFalse();
            assertThat(onFx(() -> root.lookupAll(".activity-outcome-danger").stream()
                    .map(n -> ((Labeled) n).getText()).filter(t -> t != null).toList()))
                    .as("the failed outcome is drawn in the danger colour").containsExactly("Failed");
            assertPaintedIn(theme, shot);
        }
    }

    /** Clicks a navigation button and waits until the page's {@code marker} node is on screen. */
    private void openPage(Parent root, String button, String marker) {
        interact(() -> ((ToggleButton) root.lookup(button)).fire());
        waitUntil(() -> root.lookup(marker) != null && root.lookup(marker).getScene() != null);
        assertThat(onFx(() -> ((ToggleButton) root.lookup(button)).isSelected())).isTrue();
    }

    @Test
    void theFirstRunPaneOffersAPlaylistAnImportAndTheSampleInBothThemes() throws Exception {
        for (AppTheme theme : AppTheme.values()) {
            FakeServices fakes = FakeServices.empty(TestRows.many(3));
            fakes.playlists = new PlaylistService(null, null); // offered only; nothing is added here
            CompletableFuture<Services> later = new CompletableFuture<>();
            FxTaskExecutor executor = new FxTaskExecutor();
            int[] imports = new int[1];
            Parent[] root = new Parent[1];
            interact(() -> {
                MainWindow window = new MainWindow(later, executor, new ThemeManager(new InMemoryThemeStore(
                        theme.id())));
                window.setImportTracks(() -> imports[0]++);
                root[0] = window.root();
                stage.setScene(new Scene(root[0], 1280, 800));
            });
            later.complete(fakes.services());
            waitUntil(() -> root[0].lookup("#empty-workspace").isVisible());

            WritableImage shot = Shots.scene(root[0], "first-run-" + theme.id());

            assertThat(shownTexts(root[0], "#empty-workspace")).contains("Your workspace is empty",
                    "Add a playlist", "Import tracks\u2026", "Open the sample workspace");
            assertThat(String.join(" ", shownTexts(root[0], "#empty-workspace"))).doesNotContain("arrive");
            assertThat(onFx(() -> ((Button) root[0].lookup("#first-add-playlist")).isDefaultButton()))
                    .as("adding a playlist is the main way in").isTrue();
            interact(() -> ((Button) root[0].lookup("#first-import-tracks")).fire());
            assertThat(imports[0]).as("the window's import hook").isEqualTo(1);
            assertPaintedIn(theme, shot);
            executor.shutdown();
        }
    }

    @Test
    void theAddPlaylistDialogSaysWhatIsWrongWithALinkInBothThemes() throws Exception {
        for (AppTheme theme : AppTheme.values()) {
            AddPlaylistViewModel model = new AddPlaylistViewModel((link, cm, fetch, enrich) -> {
                throw new AssertionError("nothing is added in a screenshot");
            }, TestRows::playlists, new CurrentThreadTaskExecutor(), Debouncer.immediate(),
                    AddPlaylistChoices.inMemory(), added -> { });
            AddPlaylistDialog[] dialog = new AddPlaylistDialog[1];
            interact(() -> {
                new ThemeManager(new InMemoryThemeStore(theme.id())).applyCurrent();
                dialog[0] = new AddPlaylistDialog(stage, model);
                model.start();
                dialog[0].show();
                model.linkProperty().set("https://open.spotify.com/album/1DFixLWuPkv3KT3TnV35m3?si=abc");
                model.chartmetricLinkProperty().set("https://example.com/playlist/1");
            });
            WaitForAsyncUtils.waitForFxEvents();
            Parent pane = dialog[0].getDialogPane();

            WritableImage shot = Shots.scene(pane, "add-playlist-" + theme.id());

            assertThat(text(pane, "#addpl-link-problem")).startsWith("That is a Spotify album link, but a playlist "
                    + "link was expected");
            assertThat(text(pane, "#addpl-chartmetric-problem")).contains("is not a Chartmetric link");
            assertThat(shownTexts(pane, ".dialog-pane")).contains("Spotify playlist link",
                    "Chartmetric playlist link (optional)", "Add", "Close");
            assertThat(onFx(() -> pane.lookup("#addpl-add").isDisabled())).isTrue();
            assertThat(onFx(() -> pane.lookup("#addpl-link-problem").getLayoutBounds().getHeight()))
                    .as("the whole message fits, on two lines").isGreaterThan(25);
            assertPaintedIn(theme, shot);
            interact(dialog[0]::close);
        }
    }

    /** The Settings page's sections, with a credential service over an empty file and one key from the environment. */
    @Test
    void settingsSectionsInBothThemesShowWhereValuesComeFromButNeverAValue() throws IOException {
        String fromEnvironment = "yt-key-from-the-environment-1234";
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("settings-shot");
        for (AppTheme theme : AppTheme.values()) {
            FakeServices fakes = fortyRows();
            fakes.credentials = new com.scoutdesk.service.CredentialService(
                    new com.scoutdesk.credentials.CredentialResolver(
                            java.util.Map.of("SCOUTDESK_YOUTUBE_API_KEY", fromEnvironment),
                            new com.scoutdesk.credentials.FileCredentialStore(dir.resolve("credentials.properties"),
                                    "~/.config/scoutdesk/credentials.properties"), java.util.Map.of()),
                    java.util.Map.of());
            fakes.workspaceConfig = new com.scoutdesk.service.WorkspaceConfigService(dir,
                    (key, value) -> java.util.Optional.empty(), java.util.Map.of(
                            com.scoutdesk.service.WorkspaceSetting.WEB_PLAYER_PAGES, "2",
                            com.scoutdesk.service.WorkspaceSetting.MUSICBRAINZ_CONTACT, "scout@example.com",
                            com.scoutdesk.service.WorkspaceSetting.REFRESH_DAY, "FRIDAY",
                            com.scoutdesk.service.WorkspaceSetting.REFRESH_TIME, "10:00"),
                    java.util.Optional::empty);
            Parent root = show(CompletableFuture.completedFuture(fakes.services()), theme);
            waitUntil(() -> trackTable(root).getItems().size() == 40);
            openPage(root, "#nav-settings", "#credentials-spotify");
            WritableImage top = Shots.scene(root, "settings-sections-" + theme.id());
            interact(() -> ((javafx.scene.control.ScrollPane) root.lookup("#settings")).setVvalue(1));
            WritableImage bottom = Shots.scene(root, "settings-sections-bottom-" + theme.id());

            List<String> texts = shownTexts(root, "#settings");
            assertThat(texts).contains("Appearance", "Workspace", "Credentials", "Web player and MusicBrainz",
                    "Weekly refresh", "Spotify", "The MLC", "Test connection", "Detect", "not set",
                    "from environment", "Kept in the workspace's scoutdesk.properties; a change applies the next "
                            + "time the workspace opens.")
                    .anyMatch(t -> t.startsWith("Kept in: file ~/.config/scoutdesk/credentials.properties"))
                    .noneMatch(t -> t.contains(fromEnvironment) || t.startsWith("settings."));
            assertThat(onFx(() -> root.lookupAll(".text-field").stream()
                    .map(n -> ((javafx.scene.control.TextInputControl) n).getText()).toList()))
                    .noneMatch(t -> t != null && t.contains(fromEnvironment));
            assertThat(onFx(() -> ((TextField) root.lookup("#musicbrainz-contact")).getText()))
                    .isEqualTo("scout@example.com");
            assertThat(shown(root, "#workspace-reveal")).isTrue();
            assertThat(shown(root, "#workspace-open-another")).as("no switcher from the window yet").isFalse();
            assertPaintedIn(theme, top);
            assertPaintedIn(theme, bottom);
        }
    }

    @Test
    void playlistsPageWithCardsAndHealthInBothThemes() throws IOException {
        for (AppTheme theme : AppTheme.values()) {
            FakeServices fakes = fortyRows();
            fakes.playlists = new PlaylistService(null, null); // offered only; nothing is added here
            Parent root = show(CompletableFuture.completedFuture(fakes.services()), theme);
            waitUntil(() -> trackTable(root).getItems().size() == 40);
            openPage(root, "#nav-playlists", "#playlist-table");
            waitUntil(() -> rows(root, "#playlist-table") == 3);

            WritableImage shot = Shots.scene(root, "playlists-page-" + theme.id());

            assertThat(text(root, "#playlists-total-value")).isEqualTo("3");
            assertThat(text(root, "#playlists-tracks-value")).isEqualTo("205");
            assertThat(text(root, "#playlists-editorial-value")).isEqualTo("2");
            assertThat(text(root, "#playlists-user-value")).isEqualTo("1");
            assertThat(shownTexts(root, "#playlists")).contains("Total Playlists Tracked",
                    "Total Tracks Across All Playlists", "Editorial Playlists", "User-Added Playlists",
                    "Fetch history", "Select a playlist to see its fetches");
            assertThat(shownTexts(root, "#playlist-table")).contains("Source", "Coverage", "Stale", "2 wk", "API",
                    "Web player", "100 / 100 (100%)", "45 / 60 (75%)", "Restricted")
                    .noneMatch(t -> t.startsWith("playlists."));
            assertThat(shown(root, "#playlist-bulk-bar")).as("one playlist or none: no bulk bar").isFalse();
            assertThat(shown(root, "#playlist-undo-bar")).isFalse();
            assertThat(shownTexts(root, "#playlist-toolbar")).containsExactly("Import tracks\u2026",
                    "Add a playlist");
            assertPaintedIn(theme, shot);
        }
    }

    @Test
    void aWorkspaceInUseOffersAnotherFolderOrQuitInBothThemes() throws IOException {
        for (AppTheme theme : AppTheme.values()) {
            String why = "The workspace /home/scout/.local/share/scoutdesk is already open in another ScoutDesk "
                    + "window or command.";
            ThemeManager themes = new ThemeManager(new InMemoryThemeStore(theme.id()));
            Parent[] root = new Parent[1];
            interact(() -> {
                MainWindow window = new MainWindow(CompletableFuture.failedFuture(
                        new com.scoutdesk.service.WorkspaceUnavailableException(why, true, null)),
                        new CurrentThreadTaskExecutor(), themes);
                window.allowOpeningAnother(folder -> {
                    throw new AssertionError("not opened in this test");
                }, (owner, title) -> java.util.Optional.empty());
                root[0] = window.root();
                stage.setScene(new Scene(root[0], 1280, 800));
            });
            waitUntil(() -> root[0].lookup("#failure-open-another") != null);

            WritableImage shot = Shots.scene(root[0], "workspace-in-use-" + theme.id());

            assertThat(shownTexts(root[0], "#failure-panel")).containsExactly(
                    "This workspace is open in another ScoutDesk", why, "Close the other ScoutDesk window and start "
                            + "this one again, or open another workspace folder.", "Open another workspace\u2026",
                    "Quit");
            assertThat(String.join(" ", shownTexts(root[0], "#failure-panel"))).doesNotContain("--");
            assertPaintedIn(theme, shot);
        }
    }

    @Test
    void theImportDialogListsBadLinesByNumberInBothThemes() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("scoutdesk-import-shot-");
        com.scoutdesk.app.AppContext context = com.scoutdesk.app.AppContext.open(new com.scoutdesk.app.AppPaths(dir),
                com.scoutdesk.testing.TestEnvironment.withoutRealSources(java.util.Map.of()), false);
        try {
            for (AppTheme theme : AppTheme.values()) {
                interact(() -> new ThemeManager(new InMemoryThemeStore(theme.id())).applyCurrent());
                FakeServices fakes = fortyRows();
                var model = new com.scoutdesk.ui.importing.ImportViewModel(context.services().playlists(),
                        fakes.workspace, new CurrentThreadTaskExecutor(), Runnable::run, () -> { });
                var dialog = onFx(() -> new com.scoutdesk.ui.importing.ImportDialog(stage, model));
                interact(() -> {
                    model.pastedProperty().set("https://open.spotify.com/track/6rqhFgbbKwnb9MLmUQDhG6?si=1f2e3d\n"
                            + "spotify:track:0VjIjW4GlUZAMYd2vXMi3b\n"
                            + "https://www.youtube.com/watch?v=dQw4w9WgXcQ\n"
                            + "https://open.spotify.com/intl-de/track/11dFghVXANMlKmJXsNCbNl\n"
                            + "https://open.spotify.com/album/1DFixLWuPkv3KT3TnV35m3\n"
                            + "https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC\n");
                    model.playlistProperty().set(model.playlists().get(0));
                    dialog.show();
                    model.check();
                });
                waitUntil(() -> ((Parent) dialog.getDialogPane().lookup("#import-bad-lines"))
                        .getChildrenUnmodifiable().size() == 2);
                WritableImage shot = Shots.node(dialog.getDialogPane(), "import-dialog-" + theme.id());

                assertThat(shownTexts(dialog.getDialogPane(), "#import-bad-lines"))
                        .extracting(line -> line.substring(0, 7)).containsExactly("Line 3:", "Line 5:");
                assertThat(shownTexts(dialog.getDialogPane(), "#import-summary")).containsExactly(
                        "4 tracks are ready to import. 2 lines cannot be imported: fix them and check again, or "
                                + "import the good ones without them.");
                assertThat(onFx(() -> ((Labeled) dialog.getDialogPane().lookup("#import-confirm")).getText()))
                        .isEqualTo("Import 4 tracks");
                assertPaintedIn(theme, shot);
                interact(dialog::close);
            }
        } finally {
            context.close();
        }
    }

    @Test
    void playlistCardsInBothThemes() throws IOException {
        for (AppTheme theme : AppTheme.values()) {
            PlaylistLayoutMemory layout = PlaylistLayoutMemory.inMemory();
            Parent root = playlistsPage(theme, layout);
            assertThat(shown(root, "#playlist-table")).as("the table until the scout picks cards").isTrue();
            assertThat(shown(root, "#playlist-cards")).isFalse();

            clickOn(onFx(() -> root.lookup("#playlists-view-cards")));
            waitUntil(() -> onFx(() -> root.lookup("#playlist-cards") != null
                    && root.lookup("#playlist-cards").getScene() != null));
            assertThat(shown(root, "#playlist-table")).as("the cards replace the table").isFalse();
            assertThat(onFx(() -> ((SplitPane) root.lookup("#playlist-history-pane").getParent().getParent())
                    .getDividerPositions()[0])).as("the history keeps its height").isGreaterThan(0.55);
            assertThat(cardTexts(root, ".playlist-card-name")).containsExactlyElementsOf(
                    TestRows.playlists().stream().map(PlaylistSummary::name).toList());
            assertThat(cardTexts(root, ".playlist-card-tracks")).containsExactly("100 tracks this week",
                    "60 tracks this week", "45 tracks this week");
            assertThat(cardTexts(root, ".playlist-card-curator")).containsExactly("Spotify \u00b7 editorial",
                    "Spotify \u00b7 editorial", "indie.curator");
            assertThat(cardTexts(root, ".playlist-card-health")).satisfiesExactly(
                    h -> assertThat(h).startsWith("Active \u00b7 ").endsWith(" wk stale"),
                    h -> assertThat(h).startsWith("Restricted \u00b7 ").endsWith(" wk stale"),
                    h -> assertThat(h).isEqualTo("Error \u00b7 no good fetch yet"));
            assertThat(cardTexts(root, ".playlist-card-problem")).containsExactly(
                    "Playlist is restricted in this region.", "the web player changed: fetched 45 of 60");
            assertThat(shownTexts(root, "#playlists")).contains("Table", "Cards")
                    .noneMatch(t -> t.startsWith("playlists."));

            // Before a card is chosen: the fakes have no fetch history to show beside it.
            WritableImage shot = Shots.scene(root, "playlist-cards-" + theme.id());
            clickOn(card(root, 1));
            waitUntil(() -> text(root, "#playlist-history-title").equals("Fetch history of Fresh Finds"));
            assertThat(onFx(() -> card(root, 1).getPseudoClassStates().toString())).contains("selected");
            assertThat(onFx(() -> card(root, 0).getPseudoClassStates().toString())).doesNotContain("selected");
            assertThat(shown(root, "#playlist-bulk-bar")).as("one playlist: no bulk bar").isFalse();

            press(KeyCode.CONTROL).clickOn(card(root, 2)).release(KeyCode.CONTROL);
            waitUntil(() -> shown(root, "#playlist-bulk-bar"));
            assertThat(text(root, "#playlist-bulk-count")).contains("2");
            assertPaintedIn(theme, shot);

            rightClickOn(card(root, 0));
            waitUntil(() -> text(root, "#playlist-history-title").equals("Fetch history of New Music Friday"));
            assertThat(shown(root, "#playlist-bulk-bar")).as("a card outside the selection becomes it").isFalse();
            requestMenu(card(root, 0)); // headless Monocle sends no menu request of its own
            waitUntil(() -> playlistMenu().isPresent());
            assertThat(onFx(() -> playlistMenu().orElseThrow().getItems().get(0).isDisable())).isFalse();
            interact(() -> playlistMenu().ifPresent(ContextMenu::hide));

            Parent again = playlistsPage(theme, layout);
            assertThat(shown(again, "#playlist-cards")).as("the cards remembered by a new page").isTrue();
            assertThat(onFx(() -> ((ToggleButton) again.lookup("#playlists-view-cards")).isSelected())).isTrue();
        }
    }

    /** A window whose Playlists page remembers its layout in {@code layout}, opened on that page. */
    private Parent playlistsPage(AppTheme theme, PlaylistLayoutMemory layout) {
        FakeServices fakes = fortyRows();
        fakes.playlists = new PlaylistService(null, null);
        ThemeManager themes = new ThemeManager(new InMemoryThemeStore(theme.id()));
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        WindowSupport support = new WindowSupport(url -> { }, description -> ViewMemory.inMemory(), executor,
                Clock.systemUTC(), new InMemoryExportChoices(), AddPlaylistChoices.inMemory(), Notifier.NONE, layout);
        Parent[] root = new Parent[1];
        interact(() -> {
            root[0] = new MainWindow(CompletableFuture.completedFuture(fakes.services()), executor, themes, support)
                    .root();
            stage.setScene(new Scene(root[0], 1280, 800));
        });
        waitUntil(() -> trackTable(root[0]).getItems().size() == 40);
        interact(() -> ((ToggleButton) root[0].lookup("#nav-playlists")).fire());
        waitUntil(() -> root[0].lookup("#playlists") != null && root[0].lookup("#playlists").getScene() != null);
        waitUntil(() -> cardsOrRows(root[0]) == 3);
        return root[0];
    }

    /** The playlists shown: the table's rows, or the cards when they are on. */
    private static int cardsOrRows(Parent root) {
        return onFx(() -> root.lookup("#playlist-table") != null && root.lookup("#playlist-table").getScene() != null
                ? ((TableView<?>) root.lookup("#playlist-table")).getItems().size()
                : root.lookup("#playlist-cards").lookupAll(".playlist-card").size());
    }

    private static void requestMenu(Node card) {
        onFx(() -> {
            javafx.geometry.Bounds screen = card.localToScreen(card.getLayoutBounds());
            javafx.event.Event.fireEvent(card, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 20, 20, screen.getMinX() + 20,
                    screen.getMinY() + 20, false, new javafx.scene.input.PickResult(card, screen.getMinX() + 20,
                    screen.getMinY() + 20)));
            return null;
        });
    }

    /** The playlists' row menu, when it is showing. */
    private static java.util.Optional<ContextMenu> playlistMenu() {
        return onFx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof ContextMenu && w.isShowing()).map(w -> (ContextMenu) w)
                .filter(menu -> "playlist-menu".equals(menu.getId())).findFirst());
    }

    private static Node card(Parent root, int index) {
        return onFx(() -> List.copyOf(root.lookup("#playlist-cards").lookupAll(".playlist-card")).get(index));
    }

    private static List<String> cardTexts(Parent root, String styleClass) {
        return onFx(() -> root.lookup("#playlist-cards").lookupAll(styleClass).stream()
                .map(node -> ((Labeled) node).getText()).toList());
    }
}
