package com.scoutdesk.app;

import static com.scoutdesk.ui.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.service.Services;
import com.scoutdesk.service.TrackFilter;
import com.scoutdesk.service.TrackRow;
import com.scoutdesk.testing.TestEnvironment;
import com.scoutdesk.ui.FxTaskExecutor;
import com.scoutdesk.ui.FxWindowTest;
import com.scoutdesk.ui.importing.ImportDialog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The import dialog over a real workspace (the composition root), driven by the robot: six pasted lines of which two
 * are bad, both listed with their numbers, nothing written until the scout confirms, then the four good tracks in
 * the workspace; Esc on a checked import writes nothing.
 */
class ImportWindowTest extends FxWindowTest {

    private static final String PLAYLIST = "https://open.spotify.com/playlist/37i9dQZF1DX4JAvHpjipBk";
    private static final List<String> GOOD = List.of("6rqhFgbbKwnb9MLmUQDhG6", "0VjIjW4GlUZAMYd2vXMi3b",
            "11dFghVXANMlKmJXsNCbNl", "4uLU6hMCjMI75M1A2tKUQC");
    static final String PASTED = "https://open.spotify.com/track/" + GOOD.get(0) + "?si=1f2e3d\n"
            + "spotify:track:" + GOOD.get(1) + "\n"
            + "https://www.youtube.com/watch?v=dQw4w9WgXcQ\n"
            + "https://open.spotify.com/intl-de/track/" + GOOD.get(2) + "\n"
            + "https://open.spotify.com/album/1DFixLWuPkv3KT3TnV35m3\n"
            + "https://open.spotify.com/track/" + GOOD.get(3) + "\n";

    private AppContext context;
    private FxTaskExecutor executor;
    private ImportDialog dialog;

    @AfterEach
    void close() {
        if (dialog != null) {
            interact(() -> dialog.close());
        }
        executor.shutdown();
        context.close();
    }

    private Services open() throws Exception {
        Path dir = Files.createTempDirectory("scoutdesk-import-window-");
        context = AppContext.open(new AppPaths(dir), TestEnvironment.withoutRealSources(Map.of()), false);
        executor = new FxTaskExecutor();
        return context.services();
    }

    private void pasteAndCheck(Services services, AtomicInteger imported) throws Exception {
        interact(() -> dialog = ImportDialog.open(stage, services, executor, imported::incrementAndGet));
        // The scout pastes: the text arrives at once, as a paste does.
        interact(() -> ((TextArea) lookup("#import-pasted").query()).setText(PASTED));
        clickOn("#import-new-playlist").write(PLAYLIST);
        clickOn("#import-check");
        await(() -> !badLines().isEmpty());
    }

    @Test
    void badLinesAreListedByNumberAndConfirmingImportsTheFourGoodTracks() throws Exception {
        Services services = open();
        AtomicInteger imported = new AtomicInteger();
        pasteAndCheck(services, imported);

        List<String> bad = onFx(this::badLines);
        assertThat(bad).hasSize(2);
        assertThat(bad.get(0)).startsWith("Line 3: ").contains("not a Spotify link");
        assertThat(bad.get(1)).startsWith("Line 5: ").contains("album link");
        assertThat(text("#import-summary")).isEqualTo("4 tracks are ready to import. 2 lines cannot be imported: "
                + "fix them and check again, or import the good ones without them.");
        assertThat(text("#import-confirm")).isEqualTo("Import 4 tracks");
        assertThat(services.tracks().find(TrackFilter.all(), 0, 10).total()).as("nothing before confirming")
                .isZero();

        clickOn("#import-confirm");

        await(() -> text("#import-summary").startsWith("Imported 4 tracks"));
        assertThat(services.tracks().find(TrackFilter.all(), 0, 10).rows()).extracting(TrackRow::spotifyId)
                .containsExactlyInAnyOrderElementsOf(GOOD);
        assertThat(imported.get()).isEqualTo(1);
        assertThat(onFx(() -> ((Button) lookup("#import-confirm").query()).isDisabled())).isTrue();
    }

    @Test
    void escapeAfterTheCheckWritesNothing() throws Exception {
        Services services = open();
        AtomicInteger imported = new AtomicInteger();
        pasteAndCheck(services, imported);

        push(KeyCode.ESCAPE);

        await(() -> !dialog.isShowing());
        assertThat(services.tracks().find(TrackFilter.all(), 0, 10).total()).isZero();
        assertThat(imported.get()).isZero();
    }

    /** The bad lines as the dialog shows them; call on the FX thread. */
    private List<String> badLines() {
        return ((VBox) lookup("#import-bad-lines").query()).getChildren().stream()
                .map(n -> ((Labeled) n).getText()).toList();
    }

    private String text(String id) {
        return onFx(() -> ((Labeled) lookup(id).query()).getText());
    }

    /** Checking and writing go through Hibernate on a loaded machine: a longer wait than the usual 10 s. */
    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> {
            try {
                return condition.call();
            } catch (NullPointerException notThereYet) {
                return false;
            }
        }));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
